import { type Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import { parsePointer } from '../model/pointer.js';

export interface Position {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

type Range = readonly [number, number];

function rangeOf(node: Node | null | undefined): Range | undefined {
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  return end > start ? [start, end] : undefined;
}

/** A scalar or a one-line flow collection is shown as itself; a block collection by the key that holds it. */
function preferredRange(node: Node | null, holder: Pair | undefined, atKey: boolean): Range | undefined {
  const keyRange = holder && isScalar(holder.key) ? rangeOf(holder.key) : undefined;
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
      nextHolder = node.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === segment);
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

export function toPosition(lineCounter: LineCounter, range: Range): Position {
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
