/**
 * The official tables drawn in HTML, for the report page (`render --to html`) and the reviewer page
 * (`lint --format html`): escaping, the table with its caption, `<th scope>` and `headers`, and the
 * style sheet that draws it as the template does (column widths in the style sheet, no inline styles).
 */
import { TEMPLATES } from '../model/template.js';
import { type GridCell, TABLE_KEYS, type TableGrid, tableGrid } from './table-grid.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Characters HTML does not allow in text (controls other than whitespace, lone surrogates, noncharacters).
const NOT_IN_HTML =
  /[\u0000-\u0008\v\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeHtml(text: string): string {
  return text.replace(NOT_IN_HTML, '\uFFFD').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `name="value"` pairs, skipping undefined values. */
export function attributes(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** What a page adds to a cell (the reviewer page marks the cells findings point at). */
interface CellDecoration {
  readonly className?: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  /** HTML put after the cell's text (already escaped). */
  readonly after?: string;
}

interface TableOptions {
  /** Prefixes every id, so that several tables (several reports) share a page. */
  readonly idPrefix: string;
  readonly cellText: (pointer: string) => string;
  readonly decorate?: (cell: GridCell) => CellDecoration | undefined;
  /** Extra class of the table element. */
  readonly className?: string;
}

function cellHtml(cell: GridCell, options: TableOptions): string {
  const decoration = options.decorate?.(cell);
  const span = { rowspan: cell.rowSpan, colspan: cell.colSpan };
  const extra = { class: decoration?.className, ...decoration?.attributes };
  const after = decoration?.after ?? '';
  if (cell.kind === 'data') {
    const headers = cell.headers.map((id) => options.idPrefix + id).join(' ');
    return `<td${attributes({ ...span, headers, ...extra })}>${escapeHtml(options.cellText(cell.pointer))}${after}</td>`;
  }
  if (cell.scope === undefined)
    return `<td${attributes({ ...span, class: ['note', extra.class].filter(Boolean).join(' '), ...decoration?.attributes })}>${escapeHtml(cell.text)}${after}</td>`;
  const id = cell.id === undefined ? undefined : options.idPrefix + cell.id;
  return `<th${attributes({ ...span, scope: cell.scope, id, ...extra })}>${escapeHtml(cell.text)}${after}</th>`;
}

const rowsHtml = (rows: readonly (readonly GridCell[])[], options: TableOptions) =>
  rows.map((row) => `<tr>${row.map((cell) => cellHtml(cell, options)).join('')}</tr>`).join('\n');

export function tableHtml(table: TableGrid, options: TableOptions): string {
  const cols = table.widths.map(() => '<col>').join('');
  const className = ['grid', widthClass(table), options.className].filter(Boolean).join(' ');
  return [
    `<table class="${escapeHtml(className)}">`,
    `<caption>${escapeHtml(table.caption)}</caption>`,
    `<colgroup>${cols}</colgroup>`,
    ...(table.head.length > 0 ? [`<thead>\n${rowsHtml(table.head, options)}\n</thead>`] : []),
    `<tbody>\n${rowsHtml(table.body, options)}\n</tbody>`,
    '</table>',
  ].join('\n');
}

const widthClass = (table: TableGrid) => `table-${table.key} cols-${table.columns}`;

/** The widths of the columns of every table of both templates, as rules of the style sheet (no inline styles). */
function columnWidthsCss(): string {
  const rules = new Set<string>();
  for (const template of TEMPLATES) {
    for (const key of TABLE_KEYS) {
      const table = tableGrid(key, template);
      const total = table.widths.reduce((a, b) => a + b, 0);
      const selector = `.${widthClass(table).replace(' ', '.')}`;
      table.widths.forEach((w, i) => rules.add(`${selector} col:nth-child(${i + 1}) { width: ${((100 * w) / total).toFixed(2)}%; }`));
    }
  }
  return [...rules].join('\n');
}

/** Styles shared by the report page and the reviewer page: tables drawn as the template draws them (every template declared by now). */
export const tableCss = () => `
table.grid { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.4; table-layout: fixed; }
.grid caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.25em 0; }
.grid th, .grid td { border: 1px solid #000; padding: 0.2em 0.3em; vertical-align: middle; overflow-wrap: anywhere; }
.grid th { font-weight: normal; text-align: center; }
.grid th[scope="row"], .grid th[scope="rowgroup"] { text-align: left; }
.grid td { text-align: center; font-variant-numeric: tabular-nums; }
.grid td.note { font-size: 9pt; text-align: left; }
.table-proactive th[scope="colgroup"] { font-weight: bold; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; page-break-inside: avoid; }
${columnWidthsCss()}
`;
