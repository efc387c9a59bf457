import type { Directive } from './directives.js';
import type { Diagnostic, Suppression } from './types.js';

export interface DirectiveProblem {
  readonly directive: Directive;
  readonly messageId: 'missingReason' | 'unknownRule' | 'unused';
  readonly rule?: string;
}

function covers(directive: Directive, diagnostic: Diagnostic): boolean {
  if (directive.rules.length > 0 && !directive.rules.includes(diagnostic.ruleId)) return false;
  if (directive.kind === 'file') return true;
  return diagnostic.line === (directive.kind === 'next-line' ? directive.line + 1 : directive.line);
}

/**
 * Marks the diagnostics that directives suppress, and finds the directives that are wrong: without
 * a reason (they suppress nothing), naming unknown rules, or suppressing nothing.
 */
export function applyDirectives(
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  knownRules: readonly string[],
): { diagnostics: Diagnostic[]; problems: DirectiveProblem[] } {
  const problems: DirectiveProblem[] = [];
  const usable = directives.filter((directive) => {
    if (directive.justification === undefined) problems.push({ directive, messageId: 'missingReason' });
    for (const rule of directive.rules) if (!knownRules.includes(rule)) problems.push({ directive, messageId: 'unknownRule', rule });
    return directive.justification !== undefined;
  });
  const used = new Set<Directive>();
  const marked = diagnostics.map((diagnostic) => {
    const suppressions: Suppression[] = [];
    for (const directive of usable) {
      if (covers(directive, diagnostic)) {
        used.add(directive);
        suppressions.push({ kind: directive.kind, justification: directive.justification! });
      }
    }
    return suppressions.length > 0 ? { ...diagnostic, suppressions } : diagnostic;
  });
  for (const directive of usable) if (!used.has(directive)) problems.push({ directive, messageId: 'unused' });
  return { diagnostics: marked, problems };
}
