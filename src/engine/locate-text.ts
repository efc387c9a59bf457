import { parsePointer } from '../model/pointer.js';

/**
 * Where a JSON Pointer stands in a report's text, found by scanning the text rather than by building
 * the full syntax tree (which costs ten times the rest of a lint of a report with findings).
 *
 * Only for reports the fast parser read (src/load/fast-parse.ts): no anchors, tags, tabs, document
 * markers, multi-line flow collections or double quotes. Within those it knows block mappings, flow
 * sequences and mappings on one line, and scalars; anything else (a block sequence, a multi-line plain
 * scalar, a key that YAML would read as a number, …) is answered with undefined and the caller parses
 * in full. Where it answers, it answers what src/engine/locate.ts answers from the syntax tree:
 * tests/locate-text.test.ts compares the two on every node of many reports.
 */

type Range = readonly [number, number];
type ScalarType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

type Node =
  | { readonly kind: 'map'; readonly indent: number; readonly from: number; readonly to: number }
  | { readonly kind: 'flowSeq'; readonly range: Range; readonly items: readonly Node[] }
  | { readonly kind: 'flowMap'; readonly range: Range; readonly entries: readonly Entry[] }
  | { readonly kind: 'scalar'; readonly range: Range; readonly type: ScalarType };

interface Entry {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: Node;
}

interface Line {
  readonly start: number;
  /** Offset of the line break, or of the end of the text. */
  readonly end: number;
  readonly indent: number;
  readonly kind: 'blank' | 'comment' | 'content';
}

/** Thrown where the text leaves what this scanner knows: the caller then parses in full. */
class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** Plain keys YAML's core schema reads as something other than the same string. */
const NOT_A_STRING_KEY = /^(?:[-+.\d]|(?:true|false|null|~)$)/i;

export class TextLocator {
  private readonly lines: Line[] = [];

  constructor(private readonly text: string) {
    if (text.includes('\r')) unsupported();
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let indent = 0;
      while (text.charCodeAt(start + indent) === 0x20) indent++;
      const first = start + indent;
      const kind = first >= end ? 'blank' : text[first] === '#' ? 'comment' : 'content';
      this.lines.push({ start, end, indent, kind });
      start = end + 1;
    }
  }

  /** Creates a locator, or undefined when the text is outside what it knows. */
  static of(text: string): TextLocator | undefined {
    try {
      return new TextLocator(text);
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
  }

  /** What rangeOfPointer (src/engine/locate.ts) says for this pointer, or undefined when unsure. */
  rangeOfPointer(pointer: string, atKey = false): Range | undefined {
    return this.attempt(() => this.walk(pointer, atKey));
  }

  /** What rangeInText (src/engine/locate.ts) says for a span of the string at the pointer, or undefined when unsure. */
  rangeInText(pointer: string, value: string, span: readonly [number, number]): Range | undefined {
    return this.attempt(() => {
      const node = this.nodeAt(pointer);
      if (node?.kind !== 'scalar') return undefined;
      const [nodeStart, nodeEnd] = node.range;
      let contentStart = nodeStart;
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') contentStart = this.text.indexOf('\n', nodeStart) + 1 || nodeEnd;
      else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') contentStart = nodeStart + 1;
      return spanInSource(this.text, value, contentStart, nodeEnd, span);
    });
  }

  private attempt<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
  }

  private walk(pointer: string, atKey: boolean): Range {
    const segments = parsePointer(pointer);
    const root = this.root();
    let node: Node = root;
    let best: Range | undefined;
    for (let i = 0; i < segments.length; i++) {
      const next = this.child(node, segments[i]!);
      if (next === undefined) break;
      node = next.node;
      const isLast = i === segments.length - 1;
      best = preferredRange(node, next.keyRange, isLast && atKey) ?? best;
    }
    // The root's own range only where no entry answers: it is where the scan is least sure.
    return best ?? this.rangeOfRoot(root);
  }

  private nodeAt(pointer: string): Node | undefined {
    let node: Node = this.root();
    for (const segment of parsePointer(pointer)) {
      const next = this.child(node, segment);
      if (next === undefined) return undefined;
      node = next.node;
    }
    return node;
  }

  private root(): Node {
    const first = this.nextContent(0);
    if (first === undefined) return unsupported();
    return this.blockAt(first, this.lines.length, -1);
  }

  /**
   * The root mapping's range ends after the last line that belongs to its last entry: content, or a
   * comment indented under it; trailing blank lines and comments at the root's own indentation are not part of it.
   * When the text ends with an entry whose value is empty (`key:`, perhaps with a comment, or a `|` with
   * no lines), or with lines of spaces, the syntax tree's range ends by other rules (at the colon, or past
   * a comment and the spaces and lines after it), so the scan gives up there.
   */
  private rangeOfRoot(root: Node): Range {
    if (root.kind !== 'map') return unsupported();
    let last = this.lines.length - 1;
    while (
      last >= 0 &&
      (this.lines[last]!.kind === 'blank' || (this.lines[last]!.kind === 'comment' && this.lines[last]!.indent <= root.indent))
    )
      last--;
    const start = this.lines[root.from]!.start + root.indent;
    const line = this.lines[last]!;
    let lastContent = last;
    while (lastContent >= 0 && this.lines[lastContent]!.kind !== 'content') lastContent--;
    if (lastContent >= 0 && this.endsWithoutValue(lastContent)) return unsupported();
    // Lines of spaces after the last entry: the syntax tree takes some of them into the range (they are
    // text where wider than a `|` text's indentation).
    for (let i = lastContent + 1; i < this.lines.length; i++) {
      if (this.lines[i]!.kind === 'blank' && this.lines[i]!.indent > 0) return unsupported();
    }
    // After a comment under the last entry, the syntax tree's range may take in the lines that follow.
    if (line.kind === 'comment' && line.end + 1 < this.text.length) return unsupported();
    return [start, Math.min(this.text.length, line.end + 1)];
  }

  /** Whether the line is a key with nothing after its colon but spaces, a comment, or a `|` or `>` header (a text with no lines). */
  private endsWithoutValue(index: number): boolean {
    const key = this.keyOf(index);
    if (key === undefined) return false;
    let at = key.valueAt;
    while (this.text[at] === ' ') at++;
    return at >= this.lines[index]!.end || this.text[at] === '#' || this.text[at] === '|' || this.text[at] === '>';
  }

  private nextContent(from: number, to = this.lines.length): number | undefined {
    for (let i = from; i < to; i++) if (this.lines[i]!.kind === 'content') return i;
    return undefined;
  }

  /** The block node whose first content line is `first`, under a parent key at `parentIndent`. */
  private blockAt(first: number, limit: number, parentIndent: number): Node {
    const line = this.lines[first]!;
    const at = line.start + line.indent;
    if (this.text[at] === '-' && (at + 1 >= line.end || this.text[at + 1] === ' ')) return unsupported();
    if (this.keyOf(first) === undefined) return unsupported();
    let to = limit;
    for (let i = first + 1; i < limit; i++) {
      const other = this.lines[i]!;
      if (other.kind !== 'content') continue;
      if (other.indent <= parentIndent) {
        to = i;
        break;
      }
      if (other.indent < line.indent) return unsupported();
    }
    return { kind: 'map', indent: line.indent, from: first, to };
  }

  /** The key of a mapping entry written on this line, and where its value starts. */
  private keyOf(index: number): { key: string; keyRange: Range; valueAt: number } | undefined {
    const line = this.lines[index]!;
    const text = this.text;
    const start = line.start + line.indent;
    const first = text[start]!;
    let key: string;
    let keyEnd: number;
    let colon: number;
    if (first === '"' || first === "'") {
      const close = text.indexOf(first, start + 1);
      if (close < 0 || close >= line.end) return undefined;
      key = text.slice(start + 1, close);
      if ((first === '"' && key.includes('\\')) || (first === "'" && text[close + 1] === "'")) return unsupported();
      keyEnd = close + 1;
      colon = keyEnd;
      while (text[colon] === ' ') colon++;
      if (text[colon] !== ':') return undefined;
    } else {
      if (INDICATORS.has(first)) return undefined;
      colon = -1;
      for (let i = start; i < line.end; i++) {
        const c = text[i];
        if (c === '#' && text[i - 1] === ' ') return undefined;
        if (c === ':' && (i + 1 >= line.end || text[i + 1] === ' ')) {
          colon = i;
          break;
        }
      }
      if (colon < 0) return undefined;
      keyEnd = colon;
      while (text[keyEnd - 1] === ' ') keyEnd--;
      key = text.slice(start, keyEnd);
      if (NOT_A_STRING_KEY.test(key) && !/^(?:0|[1-9]\d{0,14})$/.test(key)) return unsupported();
    }
    if (colon + 1 < line.end && text[colon + 1] !== ' ') return undefined;
    return { key, keyRange: [start, keyEnd], valueAt: colon + 1 };
  }

  private child(node: Node, segment: string): { node: Node; keyRange?: Range } | undefined {
    switch (node.kind) {
      case 'map':
        return this.entryOfMap(node, segment);
      case 'flowMap': {
        const entry = node.entries.find((e) => e.key === segment);
        return entry && { node: entry.value, keyRange: entry.keyRange };
      }
      case 'flowSeq': {
        if (!/^\d+$/.test(segment)) return undefined;
        const item = node.items[Number(segment)];
        return item && { node: item };
      }
      case 'scalar':
        return undefined;
    }
  }

  private entryOfMap(map: Extract<Node, { kind: 'map' }>, segment: string): { node: Node; keyRange: Range } | undefined {
    for (let i = map.from; i < map.to; i++) {
      const line = this.lines[i]!;
      if (line.kind !== 'content' || line.indent !== map.indent) continue;
      const key = this.keyOf(i) ?? unsupported();
      if (key.key !== segment) continue;
      return { node: this.valueOf(i, key.valueAt, map), keyRange: key.keyRange };
    }
    return undefined;
  }

  /** The value of the entry on line `index`, starting at `valueAt` on that line or on the lines below. */
  private valueOf(index: number, valueAt: number, map: Extract<Node, { kind: 'map' }>): Node {
    const line = this.lines[index]!;
    const text = this.text;
    let at = valueAt;
    while (text[at] === ' ') at++;
    const nextContent = this.nextContent(index + 1, map.to);
    const nested = nextContent !== undefined && this.lines[nextContent]!.indent > map.indent;
    if (at >= line.end || text[at] === '#') {
      if (nextContent !== undefined && this.lines[nextContent]!.indent === map.indent) {
        const next = this.lines[nextContent]!;
        if (text[next.start + next.indent] === '-') return unsupported();
      }
      // Nothing on the line and nothing indented below: null, an empty range at the end of the key line.
      if (!nested) return { kind: 'scalar', range: [at, at], type: 'PLAIN' };
      return this.blockAt(nextContent, map.to, map.indent);
    }
    const first = text[at]!;
    if (first === '|' || first === '>') return this.blockScalar(index, at, map);
    if (nested) return unsupported();
    if (first === '[' || first === '{') {
      const { node, end } = this.flowCollection(at, line.end);
      this.expectLineEnd(end, line.end);
      return node;
    }
    const { node, end } = this.scalar(at, line.end, false);
    this.expectLineEnd(end, line.end);
    return node;
  }

  private expectLineEnd(from: number, lineEnd: number): void {
    let at = from;
    while (this.text[at] === ' ') at++;
    if (at < lineEnd && this.text[at] !== '#') unsupported();
  }

  /** `|` or `>` with its indicators: the range runs to the end of its last line that is not blank. */
  private blockScalar(index: number, at: number, map: Extract<Node, { kind: 'map' }>): Node {
    const text = this.text;
    const line = this.lines[index]!;
    const header = /^[|>][-+]?\d?[-+]?(?= *(?:#|$))/.exec(text.slice(at, line.end));
    // Explicit indentation and keeping trailing lines (+) change where the scalar ends.
    if (!header || /[\d+]/.test(header[0])) return unsupported();
    let last = index;
    let contentIndent = Infinity;
    let widestBlank = 0;
    for (let i = index + 1; i < this.lines.length; i++) {
      const other = this.lines[i]!;
      if (other.kind === 'blank') {
        widestBlank = Math.max(widestBlank, other.indent);
        continue;
      }
      if (other.indent <= map.indent) break;
      if (last === index) contentIndent = other.indent;
      last = i;
    }
    if (last === index) return unsupported();
    // A line of spaces wider than the text's indentation holds text (a space), and the text then runs on to it.
    if (widestBlank > contentIndent) return unsupported();
    const end = Math.min(text.length, this.lines[last]!.end + 1);
    return { kind: 'scalar', range: [at, end], type: header[0].startsWith('|') ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED' };
  }

  /** A scalar on one line: quoted, or plain up to a comment (or, in a flow collection, a comma or bracket). */
  private scalar(at: number, lineEnd: number, inFlow: boolean): { node: Node; end: number } {
    const text = this.text;
    const first = text[at]!;
    if (first === '"' || first === "'") {
      let close = at + 1;
      for (;;) {
        close = text.indexOf(first, close);
        if (close < 0 || close >= lineEnd) return unsupported();
        if (first === '"' && text[close - 1] === '\\') return unsupported();
        if (first === "'" && text[close + 1] === "'") {
          close += 2;
          continue;
        }
        break;
      }
      return { node: { kind: 'scalar', range: [at, close + 1], type: first === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' }, end: close + 1 };
    }
    if (INDICATORS.has(first) && !(first === '-' && /[\d.]/.test(text[at + 1] ?? ''))) return unsupported();
    let end = at;
    for (let i = at; i < lineEnd; i++) {
      const c = text[i];
      if (c === '#' && text[i - 1] === ' ') break;
      if (c === ':' && (i + 1 >= lineEnd || text[i + 1] === ' ' || (inFlow && /[,\]}]/.test(text[i + 1]!)))) return unsupported();
      if (inFlow && (c === ',' || c === ']' || c === '}' || c === '[' || c === '{')) break;
      if (c !== ' ') end = i + 1;
    }
    if (end === at) return unsupported();
    return { node: { kind: 'scalar', range: [at, end], type: 'PLAIN' }, end };
  }

  /** A flow sequence or mapping of scalars on one line. */
  private flowCollection(at: number, lineEnd: number): { node: Node; end: number } {
    const text = this.text;
    const isSeq = text[at] === '[';
    const close = isSeq ? ']' : '}';
    const items: Node[] = [];
    const entries: Entry[] = [];
    let i = at + 1;
    const skipSpaces = () => {
      while (text[i] === ' ') i++;
    };
    skipSpaces();
    if (text[i] === close)
      return {
        node: isSeq ? { kind: 'flowSeq', range: [at, i + 1], items } : { kind: 'flowMap', range: [at, i + 1], entries },
        end: i + 1,
      };
    for (;;) {
      skipSpaces();
      if (i >= lineEnd || text[i] === '[' || text[i] === '{' || text[i] === ',' || text[i] === close) return unsupported();
      if (isSeq) {
        const item = this.scalar(i, lineEnd, true);
        items.push(item.node);
        i = item.end;
      } else {
        const key = this.scalar(i, lineEnd, true);
        if (key.node.kind !== 'scalar') return unsupported();
        const keyText =
          key.node.type === 'PLAIN' ? text.slice(...key.node.range) : text.slice(key.node.range[0] + 1, key.node.range[1] - 1);
        if (key.node.type === 'PLAIN' && NOT_A_STRING_KEY.test(keyText) && !/^(?:0|[1-9]\d{0,14})$/.test(keyText)) return unsupported();
        i = key.end;
        skipSpaces();
        if (text[i] !== ':') return unsupported();
        i++;
        skipSpaces();
        const value = this.scalar(i, lineEnd, true);
        entries.push({ key: keyText, keyRange: key.node.range, value: value.node });
        i = value.end;
      }
      skipSpaces();
      if (text[i] === ',') {
        i++;
        skipSpaces();
        if (text[i] === close) return unsupported();
        continue;
      }
      if (text[i] === close) break;
      return unsupported();
    }
    const range: Range = [at, i + 1];
    return { node: isSeq ? { kind: 'flowSeq', range, items } : { kind: 'flowMap', range, entries }, end: i + 1 };
  }
}

/** A scalar or a one-line flow collection is shown as itself; a block collection by the key that holds it. */
function preferredRange(node: Node, keyRange: Range | undefined, atKey: boolean): Range | undefined {
  if (atKey && keyRange) return keyRange;
  const own = node.kind === 'map' ? undefined : node.range[1] > node.range[0] ? node.range : undefined;
  return own ?? keyRange;
}

/** Where characters `span` of a string value stand in the source: each non-blank character is searched for after the previous one (see rangeInText). */
export function spanInSource(source: string, value: string, contentStart: number, nodeEnd: number, span: readonly [number, number]): Range {
  const sourceOffset = (valueIndex: number): number => {
    let cursor = contentStart;
    for (let i = 0; i <= Math.min(valueIndex, value.length - 1); i++) {
      const char = value[i]!;
      if (/\s/.test(char) && i < valueIndex) continue;
      const found = source.indexOf(char, cursor);
      if (found < 0 || found >= nodeEnd) return cursor;
      if (i === valueIndex) return found;
      cursor = found + 1;
    }
    return cursor;
  };
  const start = sourceOffset(span[0]);
  const end = span[1] > span[0] ? sourceOffset(span[1] - 1) + 1 : start;
  return [start, Math.max(start, end)];
}
