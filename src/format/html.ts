/**
 * `lint --format html`: one self-contained page for a reviewer. A summary table of every report
 * (file, agency, year, errors, warnings; sortable), then for each report with findings its findings
 * and, where they point into tables 二 三 四, the tables in the official layout with those cells
 * marked and numbered and the messages beside them; and for each report the numbers its text states,
 * checked against the tables (html-claims.ts). No request leaves the page: the styles and the
 * sorting script are inline, fonts are the system's. Loaded only when this format is asked for.
 */
import { ruleDocsUrl } from '../engine/docs-url.js';
import { type Diagnostic, type FileResult, isSuppressed, type Locale } from '../engine/types.js';
import { describePath } from '../model/labels.js';
import { declaredTemplate, type TemplateId } from '../model/template.js';
import { claimsCss, claimsHtml } from './html-claims.js';
import { attributes, escapeHtml, tableCss, tableHtml } from './html-table.js';
import { type GridCell, TABLE_KEYS, type TableKey, tableGrid } from './table-grid.js';
import { valueAt } from '../model/pointer.js';
import { countProblems } from './common.js';
import { agencyAndYear, shownValue } from './report-facts.js';
import type { FormatContext, Formatter } from './types.js';

const TEXT = {
  'zh-CN': {
    title: 'gov-report 审阅页',
    summary: '概览',
    toSummary: '回到概览',
    summaryCaption: '各报告的问题数（点击表头排序）',
    columns: { file: '文件', agency: '发布机关', year: '年度', errors: '错误', warnings: '警告' },
    totals: (files: number, errors: number, warnings: number) => `${files} 个文件，${errors} 个错误，${warnings} 个警告`,
    counts: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告`,
    severity: { error: '错误', warning: '警告' },
    clean: '没有发现问题。',
    unreadable: '无法读取报告内容（见上列问题）：不显示表格。',
    otherFindings: '其他问题',
    at: '位置',
    related: '相关',
    template: (t: TemplateId) => `${t} 版格式`,
    generated: (version: string) => `由 gov-report ${version} 生成`,
    legend: '标出的单元格是问题所指之处：红色为错误，黄色为警告；编号对应右侧的说明。',
  },
  en: {
    title: 'gov-report review',
    summary: 'Summary',
    toSummary: 'back to the summary',
    summaryCaption: 'Problems in each report (click a column header to sort)',
    columns: { file: 'File', agency: 'Agency', year: 'Year', errors: 'Errors', warnings: 'Warnings' },
    totals: (files: number, errors: number, warnings: number) =>
      `${files} file${files === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    counts: (errors: number, warnings: number) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    severity: { error: 'error', warning: 'warning' },
    clean: 'No problems found.',
    unreadable: 'The report could not be read (see the findings above): no tables to show.',
    otherFindings: 'Other findings',
    at: 'at',
    related: 'related',
    template: (t: TemplateId) => `${t} template`,
    generated: (version: string) => `made by gov-report ${version}`,
    legend: 'Marked cells are where findings point: red for errors, yellow for warnings; the numbers match the notes beside the table.',
  },
} as const;

type Texts = (typeof TEXT)[Locale];

const pageCss = () => `
:root { color-scheme: light; --error: #b00020; --error-bg: #fde2e4; --warning: #7a5a00; --warning-bg: #fff1b8; }
body { margin: 0 auto; max-width: 90rem; padding: 1rem 1.5rem 3rem; font-family: system-ui, -apple-system, "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.25rem; padding-top: 0.5rem; border-top: 2px solid #ccc; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.facts, .generated { color: #444; margin: 0.25rem 0; }
.summary { border-collapse: collapse; width: 100%; font-size: 14px; }
.summary caption { text-align: left; color: #444; padding: 0.25rem 0; }
.summary th, .summary td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; }
.summary td.number, .summary th.number { text-align: right; font-variant-numeric: tabular-nums; }
.summary th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
.summary th button::after { content: " ↕"; color: #888; }
.summary th[aria-sort="ascending"] button::after { content: " ▲"; color: #000; }
.summary th[aria-sort="descending"] button::after { content: " ▼"; color: #000; }
.summary tr.has-errors td.errors { color: var(--error); font-weight: bold; }
.summary tr.has-warnings td.warnings { color: var(--warning); font-weight: bold; }
.findings { list-style: none; padding: 0; margin: 0.25rem 0; }
.findings li { margin: 0.25rem 0; padding: 0.25rem 0.5rem; border-left: 4px solid #999; background: #fafafa; }
.findings li.error { border-color: var(--error); }
.findings li.warning { border-color: #d4a200; }
.badge { display: inline-block; min-width: 1.5em; padding: 0 0.3em; margin-right: 0.3em; border-radius: 0.2em; font-size: 0.85em; font-weight: bold; text-align: center; color: #fff; }
.badge.error { background: var(--error); }
.badge.warning { background: #d4a200; color: #000; }
.where, .rule, .related { color: #555; font-size: 0.9em; }
.rule a { color: inherit; }
.table-with-notes { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.table-with-notes > .table-wrap { flex: 3 1 36rem; min-width: 0; overflow-x: auto; }
.table-with-notes > .findings { flex: 1 1 18rem; }
${tableCss()}
${claimsCss()}
table.review { font-size: 13px; }
table.review caption { font-weight: bold; }
.hl.error { background: var(--error-bg); outline: 2px solid var(--error); outline-offset: -2px; }
.hl.warning { background: var(--warning-bg); outline: 2px dashed #b08800; outline-offset: -2px; }
.hl .marks { margin-left: 0.3em; white-space: nowrap; }
.hl .marks .badge { min-width: 1.2em; margin: 0 0 0 0.15em; font-size: 0.75em; line-height: 1.3; text-decoration: none; vertical-align: text-top; }
.clean { color: #1b6e2a; }
@media print { .table-with-notes { display: block; } h2 { break-before: page; } .summary th button::after { content: ""; } }
`;

// Sorts the summary by the clicked column: numbers by their value, text in the page's language order.
const SORT_SCRIPT = `
document.querySelectorAll('table.summary').forEach(function (table) {
  var headers = table.querySelectorAll('thead th');
  headers.forEach(function (th, column) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = th.classList.contains('number');
      var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { var cell = row.cells[column]; return cell.getAttribute('data-value') || cell.textContent; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? (Number(x) || 0) - (Number(y) || 0) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;

interface Numbered {
  readonly diagnostic: Diagnostic;
  readonly number: number;
}

const tableOf = (pointer: string): TableKey | undefined =>
  TABLE_KEYS.find((key) => pointer === `/${key}` || pointer.startsWith(`/${key}/`));

function findingHtml(finding: Numbered, file: string, reportId: string, texts: Texts, where?: string): string {
  const d = finding.diagnostic;
  const related = (d.related ?? []).map(
    (r) =>
      `<div class="related">${escapeHtml(texts.related)}: ${escapeHtml(`${r.file}:${r.line}:${r.column}`)}${r.message ? ` — ${escapeHtml(r.message)}` : ''}</div>`,
  );
  const suggestion = d.suggestion ? ` — ${escapeHtml(d.suggestion)}` : '';
  return [
    `<li id="${reportId}-f${finding.number}" class="${d.severity}">`,
    `<span class="badge ${d.severity}" title="${escapeHtml(texts.severity[d.severity])}">${finding.number}</span>`,
    `<span class="message">${escapeHtml(d.message)}${suggestion}</span>`,
    `<div class="where">${escapeHtml(`${file}:${d.line}:${d.column}`)}${where ? ` · ${escapeHtml(where)}` : ''} · <span class="rule"><a href="${escapeHtml(ruleDocsUrl(d.ruleId))}">${escapeHtml(d.ruleId)}</a></span></div>`,
    ...related,
    '</li>',
  ].join('');
}

/** Where in the published report a finding is, in the template's words, when the report can be read. */
function placeOf(d: Diagnostic, template: TemplateId | undefined): string | undefined {
  if (template === undefined || d.path === '') return undefined;
  try {
    return describePath(d.path, template);
  } catch {
    return undefined;
  }
}

/** `claims`: the block of the text's claims (html-claims.ts), '' when the report could not be read. */
function reportSection(result: FileResult, index: number, data: unknown, texts: Texts, claims: string): string {
  const reportId = `r${index + 1}`;
  const shown = result.diagnostics.filter((d) => !isSuppressed(d));
  const { errors, warnings } = countProblems(shown);
  const { agency, year } = agencyAndYear(data);
  const template = data === undefined ? undefined : declaredTemplate(data);
  const numbered: Numbered[] = shown.map((diagnostic, i) => ({ diagnostic, number: i + 1 }));
  const facts = [agency, year, template ? texts.template(template) : '', texts.counts(errors, warnings)].filter(Boolean);
  const out = [
    `<section class="report" id="${reportId}" aria-labelledby="${reportId}-h">`,
    `<h2 id="${reportId}-h">${escapeHtml(result.file)}</h2>`,
    `<p class="facts">${facts.map(escapeHtml).join(' · ')} · <a href="#summary-h">↑ ${escapeHtml(texts.toSummary)}</a></p>`,
  ];
  if (shown.length === 0) {
    out.push(`<p class="clean">✔ ${escapeHtml(texts.clean)}</p>`, claims, '</section>');
    return out.join('\n');
  }

  const byTable = new Map<TableKey, Numbered[]>();
  const elsewhere: Numbered[] = [];
  for (const finding of numbered) {
    const table = data === undefined ? undefined : tableOf(finding.diagnostic.path);
    if (table) byTable.set(table, [...(byTable.get(table) ?? []), finding]);
    else elsewhere.push(finding);
  }
  if (elsewhere.length > 0) {
    out.push(
      `<h3>${escapeHtml(texts.otherFindings)}</h3>`,
      `<ul class="findings">${elsewhere.map((f) => findingHtml(f, result.file, reportId, texts, placeOf(f.diagnostic, template))).join('\n')}</ul>`,
    );
  }
  if (data === undefined) {
    out.push(`<p>${escapeHtml(texts.unreadable)}</p>`, '</section>');
    return out.join('\n');
  }
  if (byTable.size > 0 && template) {
    out.push(`<p class="facts">${escapeHtml(texts.legend)}</p>`);
    for (const key of TABLE_KEYS) {
      const findings = byTable.get(key);
      if (!findings) continue;
      const layout = tableGrid(key, template);
      const atPointer = new Map<string, Numbered[]>();
      for (const f of findings) atPointer.set(f.diagnostic.path, [...(atPointer.get(f.diagnostic.path) ?? []), f]);
      const decorate = (cell: GridCell) => {
        const pointer = cell.pointer;
        const here = pointer === undefined ? undefined : atPointer.get(pointer);
        if (!here) return undefined;
        const severity = here.some((f) => f.diagnostic.severity === 'error') ? 'error' : 'warning';
        const marks = here
          .map((f) => `<a class="badge ${f.diagnostic.severity}" href="#${reportId}-f${f.number}">${f.number}</a>`)
          .join('');
        return { className: `hl ${severity}`, attributes: { 'data-pointer': pointer }, after: `<span class="marks">${marks}</span>` };
      };
      const table = tableHtml(layout, {
        idPrefix: `${reportId}-`,
        cellText: (pointer) => shownValue(valueAt(data, pointer)),
        decorate,
        className: 'review',
      });
      const notes = `<ol class="findings">${findings.map((f) => findingHtml(f, result.file, reportId, texts, placeOf(f.diagnostic, template))).join('\n')}</ol>`;
      out.push(`<div class="table-with-notes"><div class="table-wrap">${table}</div>${notes}</div>`);
    }
  }
  out.push(claims, '</section>');
  return out.join('\n');
}

function summaryTable(
  rows: readonly { file: string; agency: string; year: string; errors: number; warnings: number; id: string }[],
  texts: Texts,
): string {
  const head = (label: string, numeric: boolean) =>
    `<th scope="col"${numeric ? ' class="number"' : ''}><button type="button">${escapeHtml(label)}</button></th>`;
  const c = texts.columns;
  const body = rows.map((row) => {
    const classes = [row.errors > 0 ? 'has-errors' : '', row.warnings > 0 ? 'has-warnings' : ''].filter(Boolean).join(' ');
    return [
      `<tr${attributes({ class: classes || undefined })}>`,
      `<td><a href="#${row.id}">${escapeHtml(row.file)}</a></td>`,
      `<td>${escapeHtml(row.agency)}</td>`,
      `<td class="number"${attributes({ 'data-value': /^\d+$/.test(row.year) ? row.year : undefined })}>${escapeHtml(row.year)}</td>`,
      `<td class="number errors" data-value="${row.errors}">${row.errors}</td>`,
      `<td class="number warnings" data-value="${row.warnings}">${row.warnings}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<table class="summary">',
    `<caption>${escapeHtml(texts.summaryCaption)}</caption>`,
    `<thead><tr>${head(c.file, false)}${head(c.agency, false)}${head(c.year, true)}${head(c.errors, true)}${head(c.warnings, true)}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

/** The reviewer page for a lint run. */
export const html: Formatter = (results, context: FormatContext) => {
  const texts = TEXT[context.locale];
  const reports = results.map((result, index) => ({ result, index, data: context.reportOf?.(result.file) }));
  let errors = 0;
  let warnings = 0;
  const rows = reports.map(({ result, index, data }) => {
    const counts = countProblems(result.diagnostics.filter((d) => !isSuppressed(d)));
    errors += counts.errors;
    warnings += counts.warnings;
    return { file: result.file, ...agencyAndYear(data), ...counts, id: `r${index + 1}` };
  });
  const sections = reports.map(({ result, index, data }) =>
    reportSection(result, index, data, texts, data === undefined ? '' : claimsHtml(data, declaredTemplate(data), context.locale)),
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${context.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${texts.title} — ${texts.totals(results.length, errors, warnings)}`)}</title>`,
    `<meta name="generator" content="gov-report ${escapeHtml(context.toolVersion)}">`,
    `<style>${pageCss()}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(texts.title)}</h1>`,
    `<p class="generated">${escapeHtml(texts.totals(results.length, errors, warnings))} · ${escapeHtml(texts.generated(context.toolVersion))}</p>`,
    '</header>',
    '<main>',
    `<section aria-labelledby="summary-h">`,
    `<h2 id="summary-h">${escapeHtml(texts.summary)}</h2>`,
    summaryTable(rows, texts),
    '</section>',
    ...sections,
    '</main>',
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
