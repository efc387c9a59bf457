/**
 * The report as one self-contained web page in the official layout: no scripts, fonts or pictures
 * from anywhere, accessible tables (a caption, `<th scope>`, and `headers` on every number of the
 * tables with headers on several levels), and print styles for A4.
 */
import type { ReportDocument } from './document.js';
import { TEMPLATES } from '../model/template.js';
import { type GridCell, TABLE_KEYS, type TableLayout, tableLayout } from './layout.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Characters HTML does not allow in text (controls other than whitespace, lone surrogates, noncharacters).
const NOT_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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
export interface CellDecoration {
  readonly className?: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  /** HTML put after the cell's text (already escaped). */
  readonly after?: string;
}

export interface TableOptions {
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
  if (cell.scope === undefined) return `<td${attributes({ ...span, class: ['note', extra.class].filter(Boolean).join(' '), ...decoration?.attributes })}>${escapeHtml(cell.text)}${after}</td>`;
  const id = cell.id === undefined ? undefined : options.idPrefix + cell.id;
  return `<th${attributes({ ...span, scope: cell.scope, id, ...extra })}>${escapeHtml(cell.text)}${after}</th>`;
}

const rowsHtml = (rows: readonly (readonly GridCell[])[], options: TableOptions) =>
  rows.map((row) => `<tr>${row.map((cell) => cellHtml(cell, options)).join('')}</tr>`).join('\n');

export function tableHtml(table: TableLayout, options: TableOptions): string {
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

const widthClass = (table: TableLayout) => `table-${table.key} cols-${table.columns}`;

/** The widths of the columns of every table of both templates, as rules of the style sheet (no inline styles). */
function columnWidthsCss(): string {
  const rules = new Set<string>();
  for (const template of TEMPLATES) {
    for (const key of TABLE_KEYS) {
      const table = tableLayout(key, template);
      const total = table.widths.reduce((a, b) => a + b, 0);
      const selector = `.${widthClass(table).replace(' ', '.')}`;
      table.widths.forEach((w, i) => rules.add(`${selector} col:nth-child(${i + 1}) { width: ${((100 * w) / total).toFixed(2)}%; }`));
    }
  }
  return [...rules].join('\n');
}

/** Lines as paragraphs; a blank line between paragraphs is kept as an empty one, so that the text reads back as written. */
export function linesHtml(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '<p class="gap"></p>' : `<p>${escapeHtml(line)}</p>`)).join('\n');
}

/** Styles shared by the report page and the reviewer page: tables drawn as the template draws them. */
export const TABLE_CSS = `
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

const PAGE_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f4; color: #000; font-family: "FangSong", "FangSong_GB2312", "仿宋", "仿宋_GB2312", "STFangsong", "SimSun", "Songti SC", serif; font-size: 16pt; line-height: 1.6; }
main { box-sizing: border-box; max-width: 210mm; margin: 1em auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 0 0.5em rgba(0,0,0,0.15); }
h1 { font-family: "SimSun", "宋体", "Songti SC", serif; font-size: 22pt; font-weight: bold; text-align: center; line-height: 1.4; margin: 0 0 0.5em; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0.25em; break-after: avoid; page-break-after: avoid; }
p { margin: 0; text-indent: 2em; }
p.gap { height: 0.6em; }
p.meta { text-align: center; text-indent: 0; font-size: 12pt; margin-bottom: 1em; }
.grid caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${TABLE_CSS}
@page { size: A4; margin: 25mm 20mm; }
@media print {
  body { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
}
`;

export interface PageOptions {
  readonly generator: string;
}

export function reportHtml(doc: ReportDocument, options: PageOptions): string {
  const parts = doc.parts.map((part) => {
    const heading = `<h2 id="part-${part.key}">${escapeHtml(part.heading)}</h2>`;
    const body = part.kind === 'text' ? linesHtml(part.lines) : tableHtml(part.table, { idPrefix: '', cellText: doc.cellText });
    return `<section aria-labelledby="part-${part.key}">\n${heading}\n${body}\n</section>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<meta name="generator" content="${escapeHtml(options.generator)}">`,
    ...(doc.source ? [`<link rel="canonical" href="${escapeHtml(doc.source)}">`] : []),
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...(doc.published ? [`<p class="meta">发布日期：${escapeHtml(doc.published)}</p>`] : []),
    ...parts,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
