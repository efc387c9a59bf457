/**
 * Copied or extracted text to rows. Each line is one row: a tab-separated line, a Markdown table row
 * or a `|`-separated line is a row of several cells; any other line (a heading, a paragraph, a line
 * of PDF text, one cell of a table copied one cell per line) is a row of one cell — except two lines
 * of a header set out in columns whose cells wrap onto the second line, which are joined cell by cell.
 * Markdown table rules (`|---|`) and page footers (`- 3 -`, `第 3 页`) are dropped.
 */
import type { SourceRow } from './document.js';

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
export const PAGE_FOOTERS = [
  /^[-—–－]\s*\d{1,3}\s*[-—–－]$/,
  /^第\s*\d{1,3}\s*页(?:\s*(?:[,，/]\s*)?共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^P\.\s*\d{1,3}$/i,
  /^Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i,
];

function pipeCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  const cells = body.split('|');
  if (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

/**
 * Text copied one cell per line sometimes has a blank line after every line; a blank line is then a
 * gap of the copy, not an empty cell. Told by the short lines: most followed by exactly one blank line
 * and almost none directly by another.
 */
function doubleSpaced(lines: readonly string[]): boolean {
  let gapped = 0;
  let adjacent = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.length > 30 || /[\t|]/.test(line)) continue;
    if (lines[i + 1]!.trim() !== '') adjacent += 1;
    else if (i + 2 < lines.length && lines[i + 2]!.trim() !== '') gapped += 1;
  }
  return gapped >= 10 && gapped > 4 * adjacent;
}

/** Columns a character takes in a monospaced copy: CJK and full-width forms two. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

interface Segment {
  text: string;
  from: number;
  to: number;
}

/** The pieces of a line set out in columns (`pdftotext -layout`): runs two spaces or more apart, with their columns. */
function segmentsOf(line: string): Segment[] {
  const segments: Segment[] = [];
  let column = 0;
  let spaces = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\u3000') {
      spaces += ch === ' ' ? 1 : 2;
      column += ch === ' ' ? 1 : 2;
      continue;
    }
    const width = WIDE.test(ch) ? 2 : 1;
    const last = segments.at(-1);
    if (last && spaces < 2) {
      last.text += `${spaces > 0 ? ' ' : ''}${ch}`;
      last.to = column + width;
    } else segments.push({ text: ch, from: column, to: column + width });
    spaces = 0;
    column += width;
  }
  return segments;
}

/**
 * Two lines of a header set out in columns, each cell's words wrapped onto the second line under the
 * first (`信息  本年制  本年废` over `内容  发件数  止件数`): the cells joined column by column. Only lines
 * without digits, the first of two pieces or more, each piece of the second under exactly one of the
 * first and no two under the same one.
 */
function wrappedHeader(first: string, second: string): string[] | undefined {
  if (/[\d０-９\t|]/u.test(first + second)) return undefined;
  const top = segmentsOf(first);
  const bottom = segmentsOf(second);
  if (top.length < 2 || bottom.length === 0) return undefined;
  const under = new Map<Segment, Segment>();
  for (const piece of bottom) {
    const over = top.filter((t) => Math.min(t.to, piece.to) > Math.max(t.from, piece.from));
    if (over.length !== 1 || under.has(over[0]!)) return undefined;
    under.set(over[0]!, piece);
  }
  return top.map((t) => t.text + (under.get(t)?.text ?? ''));
}

export function textRows(text: string): SourceRow[] {
  const lines = text.split(/\r\n|\r|\n/);
  const trusted = !doubleSpaced(lines);
  const rows: SourceRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const header = i + 1 < lines.length ? wrappedHeader(raw, lines[i + 1]!) : undefined;
    if (header) {
      rows.push({ cells: header, table: true, trustedEmpty: false });
      i += 1;
      continue;
    }
    // Tabs at either end are the padding of merged cells (or an indent), not cells of their own.
    const trimmed = raw.trim();
    if (MARKDOWN_RULE.test(trimmed) && trimmed.includes('-')) continue;
    if (PAGE_FOOTERS.some((p) => p.test(trimmed))) continue;
    if (trimmed.includes('\t')) {
      rows.push({ cells: trimmed.split('\t').map((c) => c.trim()), table: true, trustedEmpty: false });
    } else if (trimmed.includes('|')) {
      const cells = pipeCells(trimmed);
      if (cells.length === 0) continue;
      rows.push({ cells, table: cells.length > 1, trustedEmpty: cells.length === 1 && trusted });
    } else {
      rows.push({ cells: [trimmed], table: false, trustedEmpty: trusted });
    }
  }
  return rows;
}
