/**
 * Copied or extracted text to rows. Each line is one row: a tab-separated line, a Markdown table row
 * or a `|`-separated line is a row of several cells; any other line (a heading, a paragraph, a line
 * of PDF text, one cell of a table copied one cell per line) is a row of one cell. Markdown table
 * rules (`|---|`) and page footers (`- 3 -`, `第 3 页`) are dropped.
 */
import type { SourceRow } from './document.js';

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
export const PAGE_FOOTERS = [
  /^[-—–－]\s*\d{1,3}\s*[-—–－]$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
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

export function textRows(text: string): SourceRow[] {
  const lines = text.split(/\r\n|\r|\n/);
  const trusted = !doubleSpaced(lines);
  const rows: SourceRow[] = [];
  for (const raw of lines) {
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
