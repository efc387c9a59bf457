import { type Alias, type Document, isAlias, isScalar, LineCounter, type Node, parseDocument, visit, type YAMLError } from 'yaml';
import { decodeReport, type Encoding } from './decode.js';
import { fastData } from './fast-parse.js';

/** Why a file could not be read as YAML/JSON, at a character range of its text. */
export interface SyntaxProblem {
  /** `yaml` error code, or ENCODING for bytes that are not text. */
  readonly code: string;
  /** The parser's own words, in English. */
  readonly detail: string;
  /** The facts of the problem (a key, where, a byte offset), for messages in any language. */
  readonly facts?: Readonly<Record<string, string | number>>;
  readonly range: readonly [number, number];
}

export interface LoadedReport {
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LineCounter;
  /** Absent when the bytes could not be decoded at all. */
  readonly document: Document.Parsed | undefined;
  /** Plain data, meaningful only when there are no syntax problems. */
  readonly data: unknown;
  readonly syntaxProblems: readonly SyntaxProblem[];
  /** How the bytes were decoded; `gb18030` means the file is not UTF-8 (the `encoding` rule says so). */
  readonly encoding: Encoding;
  /**
   * Read by the fast parser: the text keeps to plain YAML (src/load/fast-parse.ts), where places can
   * be found by scanning the text (src/engine/locate-text.ts) without the syntax tree.
   */
  readonly plain?: boolean;
}

const MAX_ALIAS_COUNT = 100;
/**
 * A report nests five levels deep. Far deeper nesting only serves to exhaust the parser's stack, where
 * it fails at a depth that depends on the machine; refusing it up front keeps the finding deterministic.
 */
const MAX_DEPTH = 64;
const MAX_INDENT = 256;

/** Whether the text has more than MAX_DEPTH opening brackets at all: only then can brackets nest too deep. */
function manyBrackets(text: string): boolean {
  let count = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) if (++count > MAX_DEPTH) return true;
  }
  return false;
}

/** As tooDeepAt, for a text whose brackets cannot nest too deep: only the starts of lines are looked at. */
function lineStartTooDeepAt(text: string): number | undefined {
  for (let i = 0; i <= text.length;) {
    let j = i;
    while (text.charCodeAt(j) === 0x20) j++;
    const blank = j >= text.length || text[j] === '\n' || text[j] === '\r';
    if (j - i > MAX_INDENT && !blank) return j;
    for (let dashes = 1; text[j] === '-' && text[j + 1] === ' '; dashes++) {
      if (dashes > MAX_DEPTH) return j;
      j += 2;
      while (text[j] === ' ') j++;
    }
    const end = text.indexOf('\n', i);
    if (end < 0) break;
    i = end + 1;
  }
  return undefined;
}

/** Offset where nesting first goes past the limits: brackets (quotes skipped roughly), indentation, or `- - -` runs. */
function tooDeepAt(text: string): number | undefined {
  // Most texts have a few dozen brackets: their lines' starts are all there is to check.
  if (!manyBrackets(text)) return lineStartTooDeepAt(text);
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text[j] === ' ') j++;
      // Only a line with something on it is nested; trailing spaces on a blank line are not.
      const blank = j >= text.length || text[j] === '\n' || text[j] === '\r';
      if (j - i > MAX_INDENT && !blank) return j;
      for (let dashes = 1; text[j] === '-' && text[j + 1] === ' '; dashes++) {
        if (dashes > MAX_DEPTH) return j;
        j += 2;
        while (text[j] === ' ') j++;
      }
    }
    const char = text[i];
    if (char === '\n') {
      lineStart = true;
      quote = undefined;
    } else if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i++;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** A report has no use for tags; even those the core schema knows (!!int, !!str) would change what a value means. */
function explicitTags(document: Document.Parsed, text: string): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  const check = (_: unknown, node: Node) => {
    if (!node.tag || !node.range) return;
    let at = text.lastIndexOf('!', node.range[0]);
    while (at > 0 && text[at - 1] === '!') at--;
    if (at < 0) at = node.range[0];
    found.push({ code: 'TAG_RESOLVE_FAILED', detail: node.tag.replace('tag:yaml.org,2002:', '!!'), range: [at, at + 1] });
  };
  visit(document, { Scalar: check, Seq: check, Map: check });
  return found;
}

/** Where the first of two equal keys stands, so a duplicate names both places. */
function duplicateDetail(
  document: Document.Parsed,
  lineCounter: LineCounter,
  offset: number,
): { detail: string; facts: { key: string; first: string; second: string } } | undefined {
  let detail: { detail: string; facts: { key: string; first: string; second: string } } | undefined;
  visit(document, {
    Map(_, map) {
      const keys = map.items.map((pair) => pair.key).filter(isScalar);
      const second = keys.find((key) => key.range?.[0] === offset);
      const first = second && keys.find((key) => key !== second && key.value === second.value);
      if (first?.range && second?.range) {
        const at = (o: number) => `${lineCounter.linePos(o).line}:${lineCounter.linePos(o).col}`;
        const facts = { key: String(second.value), first: at(first.range[0]), second: at(second.range[0]) };
        detail = { detail: `${JSON.stringify(facts.key)} at ${facts.first} and ${facts.second}`, facts };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return detail;
}

/** `<<` merges another mapping into this one in YAML 1.1; a report never means it, and YAML 1.2 reads it as a key. */
function mergeKeys(document: Document.Parsed): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN' && pair.key.range) {
        found.push({ code: 'MERGE_KEY', detail: '<<', range: [pair.key.range[0], pair.key.range[1]] });
      }
    },
  });
  return found;
}

/** Hexadecimal, octal, exponents and explicit plus signs: the core schema reads them as numbers, a report never means them. */
function unusualNumbers(document: Document.Parsed): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  visit(document, {
    Scalar(_, scalar) {
      if (typeof scalar.value !== 'number' || !scalar.range || scalar.type !== 'PLAIN') return;
      const source = scalar.source ?? '';
      if (/^[-+]?(?:0[xo]|[^e]*e)|^\+/i.test(source) && !/^[-+]?\.(?:inf|nan)$/i.test(source)) {
        found.push({ code: 'NUMBER_FORMAT', detail: source, range: [scalar.range[0], scalar.range[1]] });
      }
    },
  });
  return found;
}

/** The parser may place an error just past the end of the text ("missing … at the end"): show it on the last character. */
function withinText(text: string, start: number, end: number): readonly [number, number] {
  const last = Math.max(0, text.length - 1);
  const from = Math.min(start, last);
  return [from, Math.max(from, Math.min(end, text.length))];
}

/** One problem per kind and message: a parser that gives up may say the same thing thousands of times. */
function firstOfEach(problems: SyntaxProblem[]): SyntaxProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.code} ${p.detail}`) && seen.add(`${p.code} ${p.detail}`));
}

/**
 * The parser notices an unclosed quote or bracket only where the construct should have ended,
 * often lines later; the reader needs the place where it was opened.
 */
function openingOf(document: Document.Parsed, error: YAMLError): readonly [number, number] | undefined {
  const unclosed = /closing ["']quote/.test(error.message)
    ? (node: Node) => 'type' in node && typeof node.type === 'string' && node.type.startsWith('QUOTE')
    : /Flow (?:sequence|map)/.test(error.message)
      ? (node: Node) => 'flow' in node && node.flow === true
      : undefined;
  if (!unclosed) return undefined;
  let opening: number | undefined;
  const consider = (_: unknown, node: Node) => {
    const range = node.range;
    if (range && unclosed(node) && range[0] < error.pos[0] && Math.abs(range[1] - error.pos[0]) <= 1) {
      if (opening === undefined || range[0] > opening) opening = range[0];
    }
  };
  visit(document, { Scalar: consider, Seq: consider, Map: consider });
  return opening === undefined ? undefined : [opening, opening + 1];
}

/**
 * Where each line of the text starts. Built from the text rather than by the parser, whose count misses
 * the line breaks inside a scalar it gives up on, shifting every later position.
 */
function lineTable(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/** Parses a report (YAML, or JSON, which is YAML) keeping the source range of every node. */
export function parseReport(file: string, text: string, encoding: Encoding = 'utf-8'): LoadedReport {
  const lineCounter = lineTable(text);
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const detail = `nested more than ${MAX_DEPTH} levels deep`;
    const problem = { code: 'RESOURCE_EXHAUSTION', detail, facts: { depth: MAX_DEPTH }, range: [deep, deep + 1] as const };
    return { file, text, encoding, lineCounter, document: undefined, data: null, syntaxProblems: [problem] };
  }
  let document: Document.Parsed;
  try {
    // Tags are never part of a report: with known tags unresolved, any tag is a warning we report.
    document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, resolveKnownTags: false, logLevel: 'error' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file,
      text,
      encoding,
      lineCounter,
      document: undefined,
      data: null,
      syntaxProblems: [{ code: 'PARSER_FAILURE', detail, range: [0, 0] }],
    };
  }
  const syntaxProblems = firstOfEach([
    ...[...document.errors, ...document.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].map((e) => {
      const duplicate = e.code === 'DUPLICATE_KEY' ? duplicateDetail(document, lineCounter, e.pos[0]) : undefined;
      return {
        code: e.code,
        detail: duplicate?.detail ?? e.message,
        ...(duplicate ? { facts: duplicate.facts } : {}),
        range: openingOf(document, e) ?? withinText(text, e.pos[0], e.pos[1]),
      };
    }),
    ...explicitTags(document, text),
    ...unusualNumbers(document),
    ...mergeKeys(document),
  ]);
  let data: unknown = null;
  if (syntaxProblems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws when an alias names no anchor before it, when aliases expand past maxAliasCount, or
      // when nesting exhausts the stack.
      const alias = unresolvedAlias(document);
      syntaxProblems.push(
        alias
          ? {
              code: 'BAD_ALIAS',
              detail: `*${alias.source}: no anchor &${alias.source} is set before it`,
              range: [alias.range![0], alias.range![1]],
            }
          : { code: 'RESOURCE_EXHAUSTION', detail: (error as Error).message, range: [0, 0] },
      );
    }
  }
  return { file, text, encoding, lineCounter, document, data, syntaxProblems };
}

/** The first alias whose anchor is not set before it, in one pass over the document (an alias bomb has many). */
function unresolvedAlias(document: Document): Alias | undefined {
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        found = node;
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/** Decodes and parses the bytes of a report file. Never throws for bad input. */
export function loadReport(file: string, bytes: Uint8Array): LoadedReport {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) {
    const lineCounter = lineTable('');
    const detail =
      decoded.reason === 'binary'
        ? `a NUL byte at byte ${decoded.offset}: a binary file, not a report`
        : `byte ${decoded.offset} is neither UTF-8 nor GB18030 text`;
    return {
      file,
      text: '',
      encoding: 'utf-8',
      lineCounter,
      document: undefined,
      data: null,
      syntaxProblems: [
        { code: decoded.reason === 'binary' ? 'BINARY' : 'ENCODING', detail, facts: { offset: decoded.offset }, range: [0, 0] },
      ],
    };
  }
  const { text, encoding } = decoded;
  const fast = tooDeepAt(text) === undefined ? fastData(text) : undefined;
  if (!fast) return parseReport(file, text, encoding);
  let full: LoadedReport | undefined;
  let lines: LineCounter | undefined;
  // The syntax tree is built only when something asks for it: a finding the text locator cannot place.
  return {
    file,
    text,
    encoding,
    data: fast.data,
    syntaxProblems: [],
    plain: true,
    get document() {
      return (full ??= parseReport(file, text, encoding)).document;
    },
    get lineCounter() {
      return (lines ??= full?.lineCounter ?? lineTable(text));
    },
  };
}
