/**
 * Reads the data of a report written in the plain YAML reports are written in, several times faster
 * than a general parser: block mappings, flow sequences and mappings of scalars on one line, plain and
 * quoted scalars on one line, and `|` / `>` texts. Scalars are read as YAML 1.2's core schema reads them.
 *
 * It answers only where it is sure: anything else — a tab, a block sequence, a multi-line plain or
 * quoted scalar, an escape, an anchor or tag, a number written other than in plain decimal, a key that
 * is not a plain string, a repeated key, indentation it does not expect — gives undefined, and the
 * caller reads the text with a general parser (which also says what is wrong with it). Where it
 * answers, it answers what the full parser (src/load/parse.ts) reads: tests/plain-parse.test.ts
 * compares the two on fixtures, generated reports and random edits of them.
 */

class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

/**
 * Where each line starts and ends, its indentation and kind. Kept in typed arrays that grow as needed
 * and serve every parse (parses do not overlap): a report costs no allocation per line.
 */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let indents = new Int32Array(256);
let kinds = new Uint8Array(256);

function grow(): void {
  const size = starts.length * 2;
  const larger = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
    const array = make(size);
    array.set(old);
    return array;
  };
  starts = larger(starts, (n) => new Int32Array(n));
  ends = larger(ends, (n) => new Int32Array(n));
  indents = larger(indents, (n) => new Int32Array(n));
  kinds = larger(kinds, (n) => new Uint8Array(n));
}

/** Characters that start something other than a plain scalar or key. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** What YAML's core schema could read as a number (in any form), and the forms read here. */
const NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?$|^[-+]?0[xXoObB]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
const PLAIN_INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d{0,14})\.\d{1,15}$/;
/** Words the core schema reads as null or booleans in these spellings only; other spellings are strings there but not everywhere. */
const WORDS: Readonly<Record<string, null | boolean>> = {
  null: null,
  Null: null,
  NULL: null,
  '~': null,
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
const WORD_LIKE = /^(?:null|true|false)$/i;

/** A count as reports write it (`0`, `12`): by far the most common scalar, read without a regular expression. */
function smallInteger(raw: string): number | undefined {
  const length = raw.length;
  if (length === 0 || length > 15 || (length > 1 && raw.charCodeAt(0) === 0x30)) return undefined;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether a scalar starting with this character may be anything but a string in the core schema. */
function mayNotBeString(code: number): boolean {
  // digits, + - . ~ and the first letters of null, true and false in any case
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2b ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x7e ||
    'nNtTfF'.includes(String.fromCharCode(code))
  );
}

function plainScalar(raw: string): unknown {
  const count = smallInteger(raw);
  if (count !== undefined) return count;
  if (!mayNotBeString(raw.charCodeAt(0))) return raw;
  if (Object.hasOwn(WORDS, raw)) return WORDS[raw];
  if (WORD_LIKE.test(raw)) return notPlain();
  if (NUMBER_LIKE.test(raw)) {
    if (PLAIN_INTEGER.test(raw) || PLAIN_DECIMAL.test(raw)) {
      const value = Number(raw);
      return Object.is(value, -0) ? notPlain() : value;
    }
    return notPlain();
  }
  return raw;
}

/** , [ ] { } */
const isFlowIndicator = (code: number) => code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;

class PlainParser {
  private readonly count: number;

  constructor(private readonly text: string) {
    let line = 0;
    for (let start = 0; start <= text.length; line++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let indent = 0;
      while (text.charCodeAt(start + indent) === 0x20) indent++;
      const first = start + indent;
      if (line >= starts.length) grow();
      starts[line] = start;
      ends[line] = end;
      indents[line] = indent;
      kinds[line] = first >= end ? BLANK : text.charCodeAt(first) === 0x23 ? COMMENT : CONTENT;
      start = end + 1;
    }
    this.count = line;
  }

  document(): unknown {
    const first = this.nextContent(0);
    if (first === undefined || indents[first] !== 0) return notPlain();
    const { value, next } = this.map(first, 0);
    if (next < this.count) return notPlain();
    return value;
  }

  private nextContent(from: number): number | undefined {
    for (let i = from; i < this.count; i++) if (kinds[i] === CONTENT) return i;
    return undefined;
  }

  /** A block mapping whose entries stand at `indent`, from line `first`; returns the line after it. */
  private map(first: number, indent: number): { value: Record<string, unknown>; next: number } {
    const value: Record<string, unknown> = {};
    let i = first;
    while (i < this.count) {
      if (kinds[i] !== CONTENT) {
        i++;
        continue;
      }
      if (indents[i]! < indent) break;
      if (indents[i]! > indent) return notPlain();
      const { key, valueAt } = this.keyOf(i);
      if (Object.hasOwn(value, key) || key === '__proto__') return notPlain();
      const entry = this.entryValue(i, valueAt, indent);
      value[key] = entry.value;
      i = entry.next;
    }
    return { value, next: i };
  }

  private keyOf(index: number): { key: string; valueAt: number } {
    const text = this.text;
    const start = starts[index]! + indents[index]!;
    const lineEnd = ends[index]!;
    const first = text[start]!;
    let key: string;
    let colon: number;
    if (first === '"' || first === "'") {
      const close = text.indexOf(first, start + 1);
      if (close < 0 || close >= lineEnd) return notPlain();
      key = text.slice(start + 1, close);
      if (key.includes('\\') || key.includes('"') || key.includes("'")) return notPlain();
      colon = close + 1;
      if (text[colon] !== ':') return notPlain();
    } else {
      if (INDICATORS.has(first) || first === '<') return notPlain();
      colon = -1;
      for (let i = start; i < lineEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x3a /* : */ && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 0x20)) {
          colon = i;
          break;
        }
        if ((c === 0x23 /* # */ && text.charCodeAt(i - 1) === 0x20) || c < 0x20) return notPlain();
      }
      if (colon < 0) return notPlain();
      let keyEnd = colon;
      while (text.charCodeAt(keyEnd - 1) === 0x20) keyEnd--;
      key = text.slice(start, keyEnd);
      // A key is a string here, and short: the full parser refuses implicit keys over 1024 characters.
      if (key.length > 1000 || plainScalar(key) !== key) return notPlain();
    }
    if (colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== 0x20) return notPlain();
    return { key, valueAt: colon + 1 };
  }

  /** The value of the entry on line `index`; returns it and the line after it. */
  private entryValue(index: number, valueAt: number, indent: number): { value: unknown; next: number } {
    const text = this.text;
    const lineEnd = ends[index]!;
    let at = valueAt;
    while (text.charCodeAt(at) === 0x20) at++;
    const following = this.nextContent(index + 1);
    const nested = following !== undefined && indents[following]! > indent;
    if (at >= lineEnd || (text[at] === '#' && at > valueAt)) {
      if (!nested) {
        if (following !== undefined && text[starts[following]! + indent] === '-') return notPlain();
        return { value: null, next: index + 1 };
      }
      if (text[starts[following]! + indents[following]!] === '-') return notPlain();
      return this.map(following, indents[following]!);
    }
    const first = text[at]!;
    if (first === '|' || first === '>') return this.blockScalar(index, at, indent);
    if (nested) return notPlain();
    let result: { value: unknown; end: number };
    if (first === '[' || first === '{') result = this.flow(at, lineEnd);
    else result = this.scalar(at, lineEnd, false);
    this.lineEnd(result.end, lineEnd);
    return { value: result.value, next: index + 1 };
  }

  /** After a value: nothing but spaces and a comment that is separated from it. */
  private lineEnd(from: number, lineEnd: number): void {
    let at = from;
    while (this.text.charCodeAt(at) === 0x20) at++;
    if (at < lineEnd && (this.text[at] !== '#' || at === from)) notPlain();
  }

  private scalar(at: number, lineEnd: number, inFlow: boolean): { value: unknown; end: number } {
    const text = this.text;
    const first = text[at]!;
    if (first === '"' || first === "'") {
      let close = at + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf(first, close);
        if (next < 0 || next >= lineEnd) return notPlain();
        value += text.slice(close, next);
        if (first === "'" && text[next + 1] === "'") {
          value += "'";
          close = next + 2;
          continue;
        }
        close = next;
        break;
      }
      if (first === '"' && value.includes('\\')) return notPlain();
      for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return notPlain();
      return { value, end: close + 1 };
    }
    if (INDICATORS.has(first) && !(first === '-' && /[\d.]/.test(text[at + 1] ?? ''))) return notPlain();
    let end = at;
    for (let i = at; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) continue;
      if (c === 0x23 /* # */ && text.charCodeAt(i - 1) === 0x20) break;
      if (c === 0x3a /* : */) {
        const after = i + 1 < lineEnd ? text.charCodeAt(i + 1) : 0x20;
        if (after === 0x20 || (inFlow && isFlowIndicator(after))) return notPlain();
      }
      if (inFlow && isFlowIndicator(c)) break;
      end = i + 1;
    }
    if (end === at) return notPlain();
    return { value: plainScalar(text.slice(at, end)), end };
  }

  /** A flow sequence or mapping of scalars, on one line. */
  private flow(at: number, lineEnd: number): { value: unknown; end: number } {
    const text = this.text;
    const isSeq = text[at] === '[';
    const close = isSeq ? ']' : '}';
    const items: unknown[] = [];
    const entries: Record<string, unknown> = {};
    let i = at + 1;
    const spaces = () => {
      while (text.charCodeAt(i) === 0x20) i++;
    };
    spaces();
    if (text[i] === close) return { value: isSeq ? items : entries, end: i + 1 };
    for (;;) {
      spaces();
      if (i >= lineEnd || isFlowIndicator(text.charCodeAt(i)) || text.charCodeAt(i) === 0x23) return notPlain();
      if (isSeq) {
        const item = this.scalar(i, lineEnd, true);
        items.push(item.value);
        i = item.end;
      } else {
        const key = this.flowKey(i, lineEnd);
        if (Object.hasOwn(entries, key.key) || key.key === '__proto__') return notPlain();
        i = key.end + 1;
        spaces();
        if (isFlowIndicator(text.charCodeAt(i)) || text.charCodeAt(i) === 0x23) return notPlain();
        const value = this.scalar(i, lineEnd, true);
        entries[key.key] = value.value;
        i = value.end;
      }
      spaces();
      if (text.charCodeAt(i) === 0x2c) {
        i++;
        spaces();
        if (text[i] === close) return notPlain();
        continue;
      }
      if (text[i] === close) break;
      return notPlain();
    }
    return { value: isSeq ? items : entries, end: i + 1 };
  }

  /** A key in a flow mapping, quoted or plain, and the offset of its colon (which a space follows). */
  private flowKey(at: number, lineEnd: number): { key: string; end: number } {
    const text = this.text;
    let key: string;
    let colon: number;
    if (text[at] === '"' || text[at] === "'") {
      const close = text.indexOf(text[at], at + 1);
      if (close < 0 || close >= lineEnd) return notPlain();
      key = text.slice(at + 1, close);
      if (/["'\\]/.test(key)) return notPlain();
      colon = close + 1;
    } else {
      if (INDICATORS.has(text[at]!) || text[at] === '<') return notPlain();
      colon = at;
      while (colon < lineEnd && !(text[colon] === ':' && text[colon + 1] === ' ')) {
        if (',[]{}#'.includes(text[colon]!) || text.charCodeAt(colon) < 0x20) return notPlain();
        colon++;
      }
      let keyEnd = colon;
      while (text.charCodeAt(keyEnd - 1) === 0x20) keyEnd--;
      key = text.slice(at, keyEnd);
      if (key === '' || plainScalar(key) !== key) return notPlain();
    }
    if (text[colon] !== ':' || text[colon + 1] !== ' ') return notPlain();
    return { key, end: colon };
  }

  /** `|`, `|-`, `>` or `>-` and the lines indented below the key. */
  private blockScalar(index: number, at: number, indent: number): { value: string; next: number } {
    const text = this.text;
    const header = /^([|>])(-?)( *(?:#.*)?)$/.exec(text.slice(at, ends[index]));
    if (!header || !/^(?: *| +#.*)$/.test(header[3]!)) return notPlain();
    const folded = header[1] === '>';
    const strip = header[2] === '-';
    let i = index + 1;
    let contentIndent = -1;
    const content: string[] = [];
    for (; i < this.count; i++) {
      if (kinds[i] === BLANK) {
        // Spaces past the content's indentation on an empty line would be content.
        if (contentIndent < 0 || ends[i]! - starts[i]! > contentIndent) return notPlain();
        content.push('');
        continue;
      }
      if (indents[i]! <= indent) break;
      if (contentIndent < 0) contentIndent = indents[i]!;
      if (indents[i] !== contentIndent) return notPlain();
      const body = text.slice(starts[i]! + contentIndent, ends[i]);
      for (let k = 0; k < body.length; k++) if (body.charCodeAt(k) < 0x20) return notPlain();
      content.push(body);
    }
    if (contentIndent < 0) return notPlain();
    while (content.length > 0 && content[content.length - 1] === '') content.pop();
    let value: string;
    if (!folded) {
      value = content.join('\n');
    } else {
      value = '';
      for (let k = 0; k < content.length; k++) {
        const piece = content[k]!;
        if (k === 0) value = piece;
        else if (piece === '') value += '\n';
        else value += content[k - 1] === '' ? piece : ` ${piece}`;
      }
    }
    return { value: strip ? value : `${value}\n`, next: i };
  }
}

/** Tabs, CR, controls, line and paragraph separators, byte order marks, noncharacters and surrogates: left to the full parser. */
const UNSUPPORTED_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** The data of a plain report, or undefined when the text is not plain (see above). */
export function plainData(text: string): { readonly data: unknown } | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  try {
    return { data: new PlainParser(text).document() };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
