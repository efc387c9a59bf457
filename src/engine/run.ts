import type { LoadedReport } from '../load/parse.js';
import { isPointer } from '../model/pointer.js';
import { TEMPLATES, type TemplateId } from '../model/template.js';
import { rangeInText, rangeOfPointer, toPosition } from './locate.js';
import { applyDirectives } from './suppress.js';
import { findDirectives } from './directives.js';
import { formatMessage, placeholdersOf } from './messages.js';
import type { Diagnostic, Locale, Rule, RuleReport, Severity, SeveritySetting } from './types.js';

export interface LintOptions {
  readonly rules: readonly Rule[];
  /** Overrides of the rules' default severities. */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  readonly locale: Locale;
}

/** A rule broke its contract or threw: the tool cannot vouch for its results (exit 2). */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    detail: string,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${detail}`);
  }
}

function declaredTemplate(data: unknown): TemplateId {
  const declared = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).template : undefined;
  return TEMPLATES.find((t) => t === declared) ?? '2021';
}

function checkReport(rule: Rule, finding: RuleReport): string | undefined {
  const message = rule.messages[finding.messageId];
  if (!message) return `unknown messageId ${JSON.stringify(finding.messageId)}`;
  if (!isPointer(finding.path)) return `invalid path ${JSON.stringify(finding.path)}`;
  const data = finding.data ?? {};
  for (const locale of Object.keys(message) as Locale[]) {
    const missing = placeholdersOf(message[locale]).find((name) => !(name in data));
    if (missing) return `message ${finding.messageId} needs data.${missing}`;
  }
  if (finding.suggestion) {
    const suggestion = rule.messages[finding.suggestion.messageId];
    if (!suggestion) return `unknown suggestion messageId ${JSON.stringify(finding.suggestion.messageId)}`;
  }
  return undefined;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  // Within one position, rules in registry order and each rule's findings in the order it made them.
  return a.line - b.line || a.column - b.column;
}

export const DIRECTIVE_RULE_ID = 'disable-directive';

/** Runs the enabled rules over one loaded report and returns its diagnostics in source order. */
export function lintLoaded(report: LoadedReport, options: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const hasSyntaxProblems = report.syntaxProblems.length > 0;
  const template = declaredTemplate(report.data);
  const severityOf = (rule: Rule): SeveritySetting => options.severities?.get(rule.id) ?? rule.severity;

  const reporterFor = (rule: Rule, severity: Severity, into: Diagnostic[]) => (finding: RuleReport) => {
    const problem = checkReport(rule, finding);
    if (problem) throw new RuleFailure(rule.id, report.file, problem);
    const inText = finding.textSpan && report.document ? rangeInText(report.document, report.text, finding.path, finding.textSpan) : undefined;
    const range = finding.range ?? inText ?? (report.document ? rangeOfPointer(report.document, finding.path, finding.atKey) : [0, 0]);
    const data = finding.data ?? {};
    const suggestion = finding.suggestion;
    into.push({
      ruleId: rule.id,
      severity,
      messageId: finding.messageId,
      message: formatMessage(rule.messages[finding.messageId]!, options.locale, data),
      ...(suggestion ? { suggestion: formatMessage(rule.messages[suggestion.messageId]!, options.locale, suggestion.data) } : {}),
      path: finding.path,
      ...toPosition(report.lineCounter, range),
      data,
    });
  };

  for (const rule of options.rules) {
    const setting = severityOf(rule);
    if (setting === 'off') continue;
    if (hasSyntaxProblems && !rule.handlesSyntax) continue;
    const context = {
      file: report.file,
      data: report.data,
      template,
      syntaxProblems: report.syntaxProblems,
      encoding: report.encoding,
      report: reporterFor(rule, setting, diagnostics),
    };
    try {
      rule.check(context);
    } catch (error) {
      if (error instanceof RuleFailure) throw error;
      throw new RuleFailure(rule.id, report.file, error instanceof Error ? error.message : String(error));
    }
  }
  diagnostics.sort(byPosition);
  if (hasSyntaxProblems) return diagnostics;
  return applyInlineDirectives(report, diagnostics, options, (rule, into) => {
    const setting = severityOf(rule);
    return setting === 'off' ? undefined : reporterFor(rule, setting, into);
  });
}

/** Marks what `gov-report-disable-…` comments suppress and reports the directives that are wrong. */
function applyInlineDirectives(
  report: LoadedReport,
  diagnostics: Diagnostic[],
  options: LintOptions,
  reporterFor: (rule: Rule, into: Diagnostic[]) => ((finding: RuleReport) => void) | undefined,
): Diagnostic[] {
  const directives = findDirectives(report.text);
  if (directives.length === 0) return diagnostics;
  const applied = applyDirectives(diagnostics, directives, options.rules.map((rule) => rule.id));
  const directiveRule = options.rules.find((rule) => rule.id === DIRECTIVE_RULE_ID);
  const directiveProblems: Diagnostic[] = [];
  const reportProblem = directiveRule ? reporterFor(directiveRule, directiveProblems) : undefined;
  for (const { directive, messageId, rule } of reportProblem ? applied.problems : []) {
    reportProblem!({
      messageId,
      path: '',
      range: directive.range,
      data: { kind: directive.kind, rule: rule ?? '', rules: directive.rules.length > 0 ? directive.rules : ['*'] },
    });
  }
  return [...applied.diagnostics, ...directiveProblems].sort(byPosition);
}
