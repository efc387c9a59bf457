import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type Scalar,
} from 'yaml';
import type { LoadedReport } from '../load/parse.js';
import { parsePointer, valueAt } from '../model/pointer.js';
import { spanInSource, TextLocator } from './locate-text.js';

interface Position {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

type Range = readonly [number, number];

/** Whether a mapping key is the one a pointer segment names (a collection used as a key is stringified in the data). */
function keyMatches(key: unknown, segment: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a key scalar's value is a primitive; the data shows it as String() does
  if (isScalar(key)) return (key.value === null ? '' : String(key.value)) === segment;
  return isCollection(key) && String(key).replace(/\s/g, '') === segment.replace(/\s/g, '');
}

function rangeOf(node: Node | null | undefined): Range | undefined {
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  return end > start ? [start, end] : undefined;
}

/** A scalar or a one-line flow collection is shown as itself; a block collection by the key that holds it. */
function preferredRange(node: Node | null, holder: Pair | undefined, atKey: boolean): Range | undefined {
  const keyRange = holder && (isScalar(holder.key) || isCollection(holder.key)) ? rangeOf(holder.key) : undefined;
  if (atKey && keyRange) return keyRange;
  const showsItself = node && (isScalar(node) || isAlias(node) || (isCollection(node) && node.flow));
  return (showsItself ? rangeOf(node) : undefined) ?? keyRange ?? rangeOf(node);
}

/** The source range of the node a JSON Pointer names, or of its nearest existing ancestor. */
export function rangeOfPointer(document: Document.Parsed, pointer: string, atKey = false): Range {
  let node: Node | null = document.contents;
  let holder: Pair | undefined;
  let best: Range = preferredRange(node, undefined, false) ?? [0, 0];
  const segments = parsePointer(pointer);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (isAlias(node)) node = (node.resolve(document) as Node | undefined) ?? null;
    let next: Node | null | undefined;
    let nextHolder: Pair | undefined;
    if (isMap(node)) {
      nextHolder = node.items.find((pair) => isPair(pair) && keyMatches(pair.key, segment));
      next = nextHolder ? ((nextHolder.value as Node | null) ?? null) : undefined;
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      next = (node.items[Number(segment)] as Node | undefined) ?? undefined;
    }
    if (next === undefined) break;
    node = next;
    holder = nextHolder;
    const isLast = i === segments.length - 1;
    best = preferredRange(node, holder, isLast && atKey) ?? best;
  }
  return best;
}

/** The scalar node a pointer names, when there is one. */
function scalarAt(document: Document.Parsed, pointer: string): Scalar | undefined {
  let node: unknown = document.contents;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) node = node.items.find((pair) => keyMatches(pair.key, segment))?.value;
    else if (isSeq(node) && /^\d+$/.test(segment)) node = node.items[Number(segment)];
    else return undefined;
  }
  return isScalar(node) ? node : undefined;
}

/**
 * Where characters of a string value stand in the source. The value's non-blank characters appear in
 * the source in the same order, with only indentation, line breaks, quotes and block headers in between,
 * so each is found by searching forward from the previous one. (Escapes in double quotes would break
 * that; a report has no use for them, and the search then just stops at the node's end.)
 */
export function rangeInText(
  document: Document.Parsed,
  source: string,
  pointer: string,
  span: readonly [number, number],
): Range | undefined {
  const node = scalarAt(document, pointer);
  if (!node?.range || typeof node.value !== 'string') return undefined;
  const value = node.value;
  const [nodeStart, nodeEnd] = node.range;
  let contentStart = nodeStart;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') contentStart = source.indexOf('\n', nodeStart) + 1 || nodeEnd;
  else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') contentStart = nodeStart + 1;
  return spanInSource(source, value, contentStart, nodeEnd, span);
}

export function toPosition(lineCounter: LineCounter, range: Range): Position {
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

const locators = new WeakMap<LoadedReport, TextLocator | undefined>();

function locatorOf(report: LoadedReport): TextLocator | undefined {
  if (!report.plain) return undefined;
  if (!locators.has(report)) locators.set(report, TextLocator.of(report.text));
  return locators.get(report);
}

/**
 * The range of a finding: the span of text it names, else the node its pointer names. Found by scanning
 * the text when the report is plain YAML and the scan is sure; from the syntax tree otherwise.
 */
export function rangeOfFinding(report: LoadedReport, pointer: string, atKey?: boolean, textSpan?: readonly [number, number]): Range {
  const locator = locatorOf(report);
  if (locator) {
    const value = textSpan ? valueAt(report.data, pointer) : undefined;
    const located = typeof value === 'string' ? locator.rangeInText(pointer, value, textSpan!) : locator.rangeOfPointer(pointer, atKey);
    if (located) return located;
  }
  const document = report.document;
  const inText = textSpan && document ? rangeInText(document, report.text, pointer, textSpan) : undefined;
  return inText ?? (document ? rangeOfPointer(document, pointer, atKey) : [0, 0]);
}

/** The node a pointer names in a report, or undefined when the report has no syntax tree. */
export function rangeOfPointerIn(report: LoadedReport, pointer: string): Range | undefined {
  const located = locatorOf(report)?.rangeOfPointer(pointer);
  if (located) return located;
  return report.document ? rangeOfPointer(report.document, pointer) : undefined;
}
