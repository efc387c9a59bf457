import { Lexer } from 'yaml';

/**
 * Inline suppressions, written as YAML comments:
 *   # gov-report-disable-next-line applications-row-total -- 原表如此，已与发布稿核对
 *   total: [1, 2, 3]  # gov-report-disable-line blank-cell -- 原表留空
 *   # gov-report-disable-file blank-cell -- 2019 年原表大量留空
 * Without rule ids a directive covers every rule. The reason after `--` is required. A further ` # `
 * starts a note about the directive that is not part of it.
 */
export interface Directive {
  readonly kind: 'next-line' | 'line' | 'file';
  /** Rule ids, or empty for every rule. */
  readonly rules: readonly string[];
  readonly justification: string | undefined;
  /** The line the directive is written on (1-based) and its character range in the text. */
  readonly line: number;
  readonly range: readonly [number, number];
}

/**
 * A directive opens a comment, or follows the text of one (the row label that `init` and `import` write
 * after a table row: `[0, 0]  # 一、本年新收… # gov-report-disable-line blank-cell -- 原表留空`).
 */
// Tried from the start of a run of spaces only (the lookbehind): from inside one, a long run was rescanned.
const DIRECTIVE = /(?:^#\s*|(?<!\s)\s+(?:#\s*)?)gov-report-disable-(next-line|line|file)(?=\s|$)(.*)$/u;
const isLexerControl = (token: string) => token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r';

/** The directives in a YAML text. Only real comments count: text in a block scalar is not a comment. */
export function findDirectives(text: string): Directive[] {
  if (!text.includes('gov-report-disable')) return [];
  const directives: Directive[] = [];
  let offset = 0;
  let line = 1;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) {
      const match = DIRECTIVE.exec(token.trimEnd());
      if (match) {
        const start = match.index + match[0].search(/#|g/);
        const [rulesPart = '', reason] = splitReason(match[2]!.split(/\s#(?:\s|$)/)[0]!);
        directives.push({
          kind: match[1] as Directive['kind'],
          rules: rulesPart.split(/[\s,]+/).filter(Boolean),
          justification: reason,
          line,
          range: [offset + start, offset + token.trimEnd().length],
        });
      }
    }
    if (!isLexerControl(token)) {
      offset += token.length;
      for (const char of token) if (char === '\n') line++;
    }
  }
  return directives;
}

function splitReason(rest: string): [string, string | undefined] {
  const separator = rest.indexOf('--');
  if (separator < 0) return [rest, undefined];
  const reason = rest.slice(separator + 2).trim();
  return [rest.slice(0, separator), reason === '' ? undefined : reason];
}
