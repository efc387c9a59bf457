/**
 * The cells of one table row: the tokens that follow its label, read into as many cells as the row
 * has columns — or into none, with the reason, when the count does not come out. Empty cells at the
 * edges of a pasted row are the copy's padding, not blanks; an empty line in text copied one cell per
 * line is a blank. Never by position alone: a row whose cells cannot be counted out is not recovered.
 */
import { splitDigits } from './split-digits.js';
import type { Token } from './tokens.js';

export type RowToken = Extract<Token, { kind: 'value' | 'blank' | 'empty' }> | { readonly kind: 'bad'; readonly raw: string };

export type Cell = number | null;

const NUMBER_LIKE = /^\S{0,2}\s?[\d０-９][\d０-９.,，]*\s*\S{0,3}$/u;

export interface ReadRow {
  readonly cells: readonly Cell[];
  /** Why a cell was not recovered; undefined for a cell read (a blank cell is read, as null). */
  readonly missing: readonly (string | undefined)[];
  /** When the digits were cut more than one way that adds up: every such cut, for the table's totals to decide. */
  readonly candidates?: readonly (readonly number[])[];
}

export interface Collected {
  readonly tokens: readonly RowToken[];
  /** What ended the cells, when it was text. */
  readonly stoppedBy?: string;
}

/** True when the next row starts with numbers: a label alone in its row has its values there (a converter split them). */
function valuesFollow(tokens: readonly Token[], from: number): boolean {
  const next = tokens.slice(from).find((t) => t.kind !== 'empty' && t.kind !== 'residue');
  return next?.kind === 'value' || next?.kind === 'blank';
}

/**
 * The cells after the label at `index`: up to the next label or text, the end of a table row (or of
 * the next, when the label's own row has no numbers), or the end of the label's own line once it has
 * given numbers (a line of PDF text is one row).
 */
export function collectCells(tokens: readonly Token[], index: number): Collected {
  const cells: RowToken[] = [];
  let onLabelLine = true;
  let valuesInRow = 0;
  for (let j = index + 1; j < tokens.length; j++) {
    const token = tokens[j]!;
    switch (token.kind) {
      case 'label':
        return { tokens: cells };
      case 'rowEnd':
        if (token.table && !(onLabelLine && valuesInRow === 0 && valuesFollow(tokens, j + 1))) return { tokens: cells };
        if (onLabelLine && valuesInRow > 0) return { tokens: cells };
        onLabelLine = false;
        valuesInRow = 0;
        break;
      case 'text':
        // A number written with something else (`251000元`, `? 0`) is a cell that cannot be read, not the end of the row.
        if ((token.tableRow && valuesInRow > 0) || NUMBER_LIKE.test(token.raw)) {
          cells.push({ kind: 'bad', raw: token.raw });
          valuesInRow += 1;
        } else return { tokens: cells, stoppedBy: token.raw };
        break;
      case 'value':
      case 'blank':
        valuesInRow += 1;
        cells.push(token);
        break;
      case 'empty':
        cells.push(token);
        break;
      case 'residue':
        break;
    }
  }
  return { tokens: cells };
}

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** A row none of whose cells could be read, for the reason given. */
export function unreadRow(count: number, reason: string): ReadRow {
  return { cells: new Array<Cell>(count).fill(null), missing: new Array<string>(count).fill(reason) };
}

function mapTokens(tokens: readonly RowToken[]): ReadRow {
  return {
    cells: tokens.map((t) => (t.kind === 'value' ? t.value : null)),
    missing: tokens.map((t) => (t.kind === 'bad' ? `unreadable cell ${quote(t.raw)}` : undefined)),
  };
}

function isPadding(token: RowToken): boolean {
  return token.kind === 'empty' && !token.trusted;
}

/**
 * Reads `count` cells from the tokens. `groups`: the sizes of the row's groups whose last cell is
 * their total (`[7]`, `[5, 5, 5]`, `[]`), used only to cut run-together digits.
 */
export function readCells(collected: Collected, count: number, groups: readonly number[]): ReadRow {
  const { tokens } = collected;
  let first = 0;
  let last = tokens.length;
  while (first < last && isPadding(tokens[first]!)) first += 1;
  while (last > first && isPadding(tokens[last - 1]!)) last -= 1;
  const trimmed = tokens.slice(first, last);
  const filled = tokens.filter((t) => t.kind !== 'empty');
  if (filled.length === 0 && trimmed.length !== count) {
    return unreadRow(
      count,
      collected.stoppedBy ? `no values after the label (it is followed by ${quote(collected.stoppedBy)})` : 'no values after the label',
    );
  }
  if (trimmed.length === count) return mapTokens(trimmed);
  if (filled.length === count) return mapTokens(filled);
  const digits = filled.every((t) => t.kind === 'value' && /^\d+$/.test(t.raw)) && filled.some((t) => t.kind === 'value' && t.run);
  if (digits && filled.length < count && trimmed.length === filled.length) {
    const runs = filled.map((t) => (t as { raw: string }).raw);
    const shown = quote(runs.join(' '));
    const { cuts, truncated, forced } = splitDigits(runs, count, groups);
    if (truncated) return unreadRow(count, `the digits ${shown} can be cut into ${count} cells in too many ways`);
    if (cuts.length === 0) {
      return unreadRow(
        count,
        groups.length > 0
          ? `the digits ${shown} cannot be cut into ${count} cells that add up`
          : `the digits ${shown} cannot be cut into ${count} cells`,
      );
    }
    if (forced || cuts.length === 1) return { cells: [...cuts[0]!], missing: new Array<string | undefined>(count).fill(undefined) };
    const reason =
      groups.length > 0
        ? `the digits ${shown} can be cut into ${count} cells that add up in ${cuts.length} ways (${cuts.map((c) => c.join(' ')).join(' / ')})`
        : `the digits ${shown} can be cut into ${count} cells in more than one way`;
    return { ...unreadRow(count, reason), candidates: cuts };
  }
  const plainDigits = filled.every((t) => t.kind === 'value' && /^\d+$/.test(t.raw));
  if (plainDigits && groups.length > 0 && filled.length > count && filled.length - count <= MAX_JOINS && trimmed.length === filled.length) {
    const joined = joinedReadings(
      filled.map((t) => (t as { raw: string }).raw),
      count,
      groups,
    );
    const shown = quote(filled.map((t) => t.raw).join(' '));
    if (joined.length === 1) return { cells: [...joined[0]!], missing: new Array<string | undefined>(count).fill(undefined) };
    if (joined.length > 1) {
      return {
        ...unreadRow(
          count,
          `the numbers ${shown} can be read as ${count} cells that add up in ${joined.length} ways (${joined.map((c) => c.join(' ')).join(' / ')})`,
        ),
        candidates: joined,
      };
    }
  }
  return unreadRow(
    count,
    `found ${filled.length} ${filled.length === 1 ? 'value' : 'values'} for ${count} ${count === 1 ? 'column' : 'columns'}: ${quote(filled.map((t) => t.raw).join(' '))}`,
  );
}

/** At most this many spaces inside numbers (`22 235` for 22235) are considered in one row. */
const MAX_JOINS = 3;

/**
 * More numbers than cells, where a space may stand inside a number (`1 265` for 1265): the readings
 * that join neighbours back into `count` cells, never making a leading zero, and that make every
 * group of the row add up to its total. The row's own total decides; one reading is taken, several
 * are left to the table's other totals, none means the row is not read.
 */
function joinedReadings(parts: readonly string[], count: number, groups: readonly number[]): number[][] {
  const readings: number[][] = [];
  const ends: number[] = [];
  let acc = 0;
  for (const size of groups) ends.push((acc += size));
  const addsUp = (cells: readonly number[]) => {
    let start = 0;
    return ends.every((end) => {
      const total = cells[end - 1]!;
      let sum = 0;
      for (let i = start; i < end - 1; i++) sum += cells[i]!;
      start = end;
      return sum === total;
    });
  };
  // Choose which gaps between the parts are cell borders: count − 1 of them.
  const walk = (from: number, cells: number[]) => {
    if (cells.length === count - 1) {
      const last = parts.slice(from).join('');
      if (last.length > 1 && last.startsWith('0')) return;
      const done = [...cells, Number(last)];
      if (addsUp(done)) readings.push(done);
      return;
    }
    for (let to = from + 1; to <= parts.length - (count - 1 - cells.length); to++) {
      const cell = parts.slice(from, to).join('');
      if (cell.length > 1 && cell.startsWith('0')) continue;
      walk(to, [...cells, Number(cell)]);
    }
  };
  walk(0, []);
  return readings;
}

/** A row read once or more (a label met twice): the reading to keep, or why none can be kept. */
export function chooseRead(reads: readonly ReadRow[], count: number): ReadRow {
  const complete = reads.filter((r) => r.missing.every((m) => m === undefined));
  if (complete.length > 0) {
    const shown = (r: ReadRow) => r.cells.map((c) => (c === null ? '—' : String(c))).join(' ');
    const distinct = [...new Set(complete.map(shown))];
    if (distinct.length === 1) return complete[0]!;
    return unreadRow(count, `the row appears ${complete.length} times with different values (${distinct.join(' / ')})`);
  }
  if (reads.length === 0) return unreadRow(count, 'row not found');
  // The reading that recovered most, else the first that found anything to read.
  const score = (r: ReadRow) => r.missing.filter((m) => m === undefined).length;
  return [...reads].sort((a, b) => score(b) - score(a) || Number(!!b.candidates) - Number(!!a.candidates))[0]!;
}
