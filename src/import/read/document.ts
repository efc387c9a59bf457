/**
 * What every input form becomes: rows of cells. An HTML or Word table row, a tab-separated line, a
 * pipe or Markdown row is one row of several cells; a paragraph, a heading or a line of copied text
 * is a row of one cell. The rows are then read as one stream of text (`flatten`), cells separated by
 * CELL and rows by a line break, in which headings and labels are found.
 */

export const CELL = '\u001f';

export interface SourceRow {
  readonly cells: readonly string[];
  /** A row of a table (HTML, tabs, pipes): the values of a label end with the row. */
  readonly table: boolean;
  /** An empty cell of this row is a blank of the published table, not a gap of the copy. */
  readonly trustedEmpty: boolean;
}

export interface PageMeta {
  readonly title?: string;
  readonly published?: string;
  readonly source?: string;
  readonly agency?: string;
}

export interface SourceDocument {
  readonly form: SourceForm;
  readonly rows: readonly SourceRow[];
  readonly meta: PageMeta;
  /** Set when the bytes were not UTF-8. */
  readonly encoding?: string;
}

export type SourceForm = 'html' | 'docx' | 'pdf' | 'text';

export interface Flat {
  /** Cells joined by CELL, rows by `\n`. */
  readonly text: string;
  /** Offset of the first character of each row. */
  readonly rowStarts: readonly number[];
  readonly rows: readonly SourceRow[];
}

const BREAKS = /[\n\r\u001f\u2028\u2029]/g;

export function flatten(rows: readonly SourceRow[]): Flat {
  const rowStarts: number[] = [];
  let offset = 0;
  const lines = rows.map((row) => {
    rowStarts.push(offset);
    const line = row.cells.map((cell) => cell.replace(BREAKS, ' ')).join(CELL);
    offset += line.length + 1;
    return line;
  });
  return { text: lines.join('\n'), rowStarts, rows };
}

/** The row that holds the character at `offset`. */
export function rowAt(flat: Flat, offset: number): number {
  let low = 0;
  let high = flat.rowStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (flat.rowStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
