import { displayWidth, stripAnsi } from './width.js';
import { wrapToWidth } from './wrap.js';

/** A cell as cli-table3 takes it: text, or an object with its content and spans. */
type CellLike = string | number | null | undefined | { readonly content?: unknown; readonly colSpan?: number; readonly rowSpan?: number };

const contentOf = (cell: CellLike): string =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'object'
      ? String(cell.content ?? '') /* eslint-disable-line @typescript-eslint/no-base-to-string -- cell contents are text or numbers */
      : String(cell);
/** A multi-line cell read as one line: a label's gloss and its Chinese, a header's two lines. */
const oneLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

/**
 * A table drawn down the page for a narrow terminal, taking rows as cli-table3 does: each row's label
 * on lines of its own, then `header value` pairs packed into the width. Header rows (told apart by
 * `isHeader`) name the columns of the rows below them; a row whose values span the rest of the
 * table is a heading; a label cell spanning rows (a group) is printed once, above its rows.
 */
export class VerticalTable {
  private readonly lines: string[] = [];
  private headers: string[] = [];

  constructor(
    private readonly width: number,
    private readonly isHeader: (text: string) => boolean,
    head?: readonly CellLike[],
  ) {
    if (head) this.push(head);
  }

  push(...rows: readonly (readonly CellLike[])[]): number {
    for (const row of rows) this.add(row);
    return this.lines.length;
  }

  private add(row: readonly CellLike[]): void {
    const [first, ...others] = row;
    if (others.length === 0) {
      this.label(contentOf(first), 0);
      return;
    }
    if (others.every((cell) => this.isHeader(contentOf(cell)))) {
      this.headers = others.map((cell) => oneLine(contentOf(cell)));
      return;
    }
    const count = Math.min(Math.max(1, this.headers.length), others.length);
    const labels = row.slice(0, row.length - count);
    const values = row.slice(row.length - count).map(contentOf);
    for (const cell of labels) this.label(contentOf(cell), 0);
    if (values.every((text) => stripAnsi(text).trim() === '')) return;
    this.pack(values.map((value, i) => (this.headers[i] ? `${this.headers[i]} ${oneLine(value)}` : oneLine(value))));
  }

  private label(text: string, depth: number): void {
    for (const line of text.split('\n')) {
      if (stripAnsi(line).trim() === '') continue;
      const indent = '  '.repeat(depth);
      // Colours around a label are kept when it fits as it is; otherwise the plain text is wrapped.
      if (displayWidth(stripAnsi(line)) + indent.length <= this.width) this.lines.push(indent + line);
      else for (const piece of wrapToWidth(stripAnsi(line), this.width - indent.length)) this.lines.push(indent + piece);
    }
  }

  /** `header value` pairs, as many to a line as fit, indented under the row's label. */
  private pack(pairs: readonly string[]): void {
    const indent = '    ';
    const gap = '   ';
    let line = '';
    for (const pair of pairs) {
      const candidate = line === '' ? indent + pair : line + gap + pair;
      if (displayWidth(stripAnsi(candidate)) <= this.width) {
        line = candidate;
        continue;
      }
      if (line !== '') this.lines.push(line);
      if (displayWidth(stripAnsi(indent + pair)) <= this.width) line = indent + pair;
      else {
        const pieces = wrapToWidth(stripAnsi(pair), this.width - indent.length);
        for (const piece of pieces.slice(0, -1)) this.lines.push(indent + piece);
        line = indent + pieces[pieces.length - 1]!;
      }
    }
    if (line !== '') this.lines.push(line);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
