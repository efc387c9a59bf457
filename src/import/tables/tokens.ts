/**
 * A table's part of the stream as tokens: the labels found in it, and between them the cells, each a
 * number, a blank (`/`, `—`), an empty cell, or text; and the ends of the source rows. A cell holding
 * several numbers separated by spaces (a line of PDF text, `230 000023`) gives one token per number.
 */
import { type Flat, rowAt } from '../read/document.js';
import { findLabels, type LabelDef, type TableKey } from './labels.js';
import { isInvisible, type Normalized } from '../text/normalize.js';
import type { Region } from '../text/parts.js';

export type Token =
  | { readonly kind: 'label'; readonly def: LabelDef; readonly start: number; readonly end: number }
  /** `run`: two or more digits that may be several cells run together. */
  | { readonly kind: 'value'; readonly raw: string; readonly value: number; readonly run: boolean }
  | { readonly kind: 'blank'; readonly raw: string }
  | { readonly kind: 'empty'; readonly trusted: boolean }
  | { readonly kind: 'text'; readonly raw: string; readonly tableRow: boolean }
  /** Text that shares its cell with a label: the rest of a label written longer, or a header broken across lines. */
  | { readonly kind: 'residue'; readonly raw: string }
  | { readonly kind: 'rowEnd'; readonly table: boolean };

const BLANK = /^(?:[/／\\]+|[-—–－―─━]+|…+)$/u;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const WITH_UNIT = /^(\d+(?:\.\d+)?)(?:[件个项条次]|万元)$/u;
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

type CellToken = Extract<Token, { kind: 'value' | 'blank' }>;

function numberToken(part: string): CellToken | undefined {
  if (BLANK.test(part)) return { kind: 'blank', raw: part };
  if (NUMBER.test(part)) return { kind: 'value', raw: part, value: Number(part), run: /^\d{2,}$/.test(part) };
  if (THOUSANDS.test(part)) return { kind: 'value', raw: part, value: Number(part.replace(/,/g, '')), run: false };
  const unit = WITH_UNIT.exec(part);
  if (unit) return { kind: 'value', raw: part, value: Number(unit[1]), run: false };
  return undefined;
}

/**
 * The tokens of one piece of text between two breaks. `whole` when the piece is a cell of its own; a
 * piece that shares its cell with a label is the label's residue unless it holds numbers.
 */
function pieceTokens(raw: string, whole: boolean, trusted: boolean, tableRow: boolean): Token[] {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return whole ? [{ kind: 'empty', trusted }] : [];
  const parts = text.split(/\s+/u);
  const numbers = parts.map(numberToken);
  if (numbers.every((t) => t !== undefined)) {
    // A number alone in a cell of a table row is one cell: its digits are never cut (a blank cell the
    // copy dropped, as a PDF drops it, must not be made up by cutting its neighbour).
    if (whole && tableRow && numbers.length === 1 && numbers[0]!.kind === 'value') return [{ ...numbers[0]!, run: false }];
    return numbers;
  }
  if (PUNCTUATION.test(text)) return [];
  if (whole || /^\d/.test(text)) return [{ kind: 'text', raw: raw.trim(), tableRow }];
  // The rest of a label cut short, then the row's numbers on the same line (`（区分 0 / / 0`).
  let first = parts.length;
  while (first > 0 && numbers[first - 1] !== undefined) first -= 1;
  if (first < parts.length && first > 0) {
    return [{ kind: 'residue', raw: parts.slice(0, first).join(' ') }, ...(numbers.slice(first) as CellToken[])];
  }
  return [{ kind: 'residue', raw: raw.trim() }];
}

function gapTokens(flat: Flat, from: number, to: number, leftPartial: boolean, rightPartial: boolean, out: Token[]): void {
  const text = flat.text.slice(from, to);
  const pieces = text.split(/(\n|\u001f)/);
  let offset = from;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 1) {
      if (piece === '\n') out.push({ kind: 'rowEnd', table: flat.rows[rowAt(flat, offset)]!.table });
    } else {
      const row = flat.rows[rowAt(flat, offset)]!;
      const whole = !(i === 0 && leftPartial) && !(i === pieces.length - 1 && rightPartial);
      out.push(...pieceTokens(piece, whole, row.trustedEmpty, row.table));
    }
    offset += piece.length;
  }
}

export function tokenize(flat: Flat, norm: Normalized, table: TableKey, region: Region): Token[] {
  const tokens: Token[] = [];
  let position = region.from;
  // A gap's first piece shares its cell with the label or heading before it, its last with the one after.
  for (const match of findLabels(norm, table, region.normFrom, region.normTo, flat.text)) {
    let start = norm.origin[match.start]!;
    let end = norm.origin[match.end - 1]! + 1;
    // A quote or a letter that normalisation dropped belongs to the label it touches.
    while (start > position && isInvisible(flat.text[start - 1]!)) start -= 1;
    while (end < region.to && isInvisible(flat.text[end]!)) end += 1;
    gapTokens(flat, position, start, true, true, tokens);
    tokens.push({ kind: 'label', def: match.def, start, end });
    position = end;
  }
  gapTokens(flat, position, region.to, true, true, tokens);
  return tokens;
}
