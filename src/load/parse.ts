import { type Document, LineCounter, type Node, parseDocument, visit, type YAMLError } from 'yaml';
import { decodeReport } from './decode.js';

/** Why a file could not be read as YAML/JSON, at a character range of its text. */
export interface SyntaxProblem {
  /** `yaml` error code, or ENCODING for bytes that are not text. */
  readonly code: string;
  readonly detail: string;
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
}

const MAX_ALIAS_COUNT = 100;

/**
 * The parser notices an unclosed quote or bracket only where the construct should have ended,
 * often lines later; the reader needs the place where it was opened.
 */
function openingOf(document: Document.Parsed, error: YAMLError): readonly [number, number] | undefined {
  const unclosed = /closing ["']quote/.test(error.message)
    ? (node: Node) => 'type' in node && typeof node.type === 'string' && node.type.startsWith('QUOTE')
    : /Flow (sequence|map)/.test(error.message)
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

/** Parses a report (YAML, or JSON, which is YAML) keeping the source range of every node. */
export function parseReport(file: string, text: string): LoadedReport {
  const lineCounter = new LineCounter();
  // Tags are never part of a report: with known tags unresolved, any tag is a warning we report.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, resolveKnownTags: false });
  const syntaxProblems: SyntaxProblem[] = [...document.errors, ...document.warnings].map((e) => ({
    code: e.code,
    detail: e.message,
    range: openingOf(document, e) ?? [e.pos[0], Math.max(e.pos[0], e.pos[1])],
  }));
  let data: unknown = null;
  if (syntaxProblems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      syntaxProblems.push({ code: 'RESOURCE_EXHAUSTION', detail: (error as Error).message, range: [0, 0] });
    }
  }
  return { file, text, lineCounter, document, data, syntaxProblems };
}

/** Decodes and parses the bytes of a report file. Never throws for bad input. */
export function loadReport(file: string, bytes: Uint8Array): LoadedReport {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    return {
      file,
      text: '',
      lineCounter,
      document: undefined,
      data: null,
      syntaxProblems: [{ code: 'ENCODING', detail: `byte ${decoded.offset} is not valid UTF-8`, range: [0, 0] }],
    };
  }
  return parseReport(file, decoded.text);
}
