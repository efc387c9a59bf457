/**
 * The same report in many layouts, for the import robustness suite (tests/import-layouts.test.ts) and
 * for the PDF fixtures (scripts/build-pdf-fixtures.mjs, through its HTML). Everything is written from
 * the template's own rows and labels and a report in our format; nothing here comes from a real report.
 */
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  isRowGroup,
  proactiveRows,
  RESULT_SINGLE_ROWS,
  RESULTS_LABEL,
  resultEntries,
  SECTIONS,
  type TemplateId,
} from '../../src/model/template.js';

type Data = Record<string, unknown>;
type Cell = number | null;

/** A line of the report: a title, a heading, a paragraph, a table header row or a table data row. */
type Piece =
  | { readonly kind: 'title' | 'heading' | 'paragraph'; readonly text: string }
  | { readonly kind: 'header'; readonly table: string; readonly cells: readonly string[] }
  | { readonly kind: 'row'; readonly table: string; readonly labels: readonly string[]; readonly values: readonly Cell[] };

const cellOf = (value: unknown): Cell => (typeof value === 'number' ? value : null);

function at(data: Data, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), data);
}

function proactivePieces(report: Data, template: TemplateId): Piece[] {
  const pieces: Piece[] = [];
  let item = '';
  let headers = '';
  for (const spec of proactiveRows(template)) {
    if (spec.item !== item) {
      item = spec.item;
      pieces.push({ kind: 'header', table: 'proactive', cells: [spec.item] });
      headers = '';
    }
    const columns = spec.columns ? spec.columns.map((c) => c.zh) : [spec.valueLabel?.zh ?? ''];
    if (columns.join() !== headers) {
      headers = columns.join();
      pieces.push({ kind: 'header', table: 'proactive', cells: ['信息内容', ...columns] });
    }
    const value = at(report, `proactive.${spec.key}`);
    const values = spec.columns ? spec.columns.map((c) => cellOf((value as Data | undefined)?.[c.key])) : [cellOf(value)];
    pieces.push({ kind: 'row', table: 'proactive', labels: [spec.zh], values });
  }
  return pieces;
}

const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

function applicationPieces(report: Data, template: TemplateId): Piece[] {
  const row = (labels: string[], path: string): Piece => ({
    kind: 'row',
    table: 'applications',
    labels,
    values: ((at(report, `applications.${path}`) as unknown[] | undefined) ?? new Array(7).fill(null)).map(cellOf),
  });
  const pieces: Piece[] = [
    { kind: 'header', table: 'applications', cells: [APPLICATIONS_NOTE, '申请人情况'] },
    { kind: 'header', table: 'applications', cells: ['自然人', '法人或其他组织', '总计'] },
    { kind: 'header', table: 'applications', cells: APPLICANT_COLUMNS.slice(1, 6).map((c) => c.zh) },
    row([APPLICATION_TOP_ROWS.new.zh], 'new'),
    row([APPLICATION_TOP_ROWS.carried_over.zh], 'carried_over'),
  ];
  let first = true;
  for (const entry of resultEntries(template)) {
    const lead = first ? [RESULTS_LABEL.zh] : [];
    first = false;
    if (isRowGroup(entry))
      entry.rows.forEach((r, i) =>
        pieces.push(row([...lead.filter(() => i === 0), ...(i === 0 ? [entry.zh] : []), r.zh], `results.${entry.key}.${r.key}`)),
      );
    else pieces.push(row([...lead, entry.zh], `results.${entry.key}`));
  }
  pieces.push(row([RESULT_SINGLE_ROWS.total.zh], `results.${RESULT_SINGLE_ROWS.total.key}`));
  pieces.push(row([APPLICATION_TOP_ROWS.carried_forward.zh], 'carried_forward'));
  return pieces;
}

function appealPieces(report: Data): Piece[] {
  const columns = APPEAL_COLUMNS.map((c) => c.zh);
  const values = Object.values(APPEAL_GROUPS).flatMap((g) =>
    (((report.appeals as Data | undefined)?.[g.key] as unknown[] | undefined) ?? new Array(5).fill(null)).map(cellOf),
  );
  return [
    { kind: 'header', table: 'appeals', cells: ['行政复议', '行政诉讼'] },
    { kind: 'header', table: 'appeals', cells: [...columns, '未经复议直接起诉', '复议后起诉'] },
    { kind: 'header', table: 'appeals', cells: [...columns, ...columns] },
    { kind: 'row', table: 'appeals', labels: [], values },
  ];
}

/** The report as lines, in the order a reader meets them. */
export function piecesOf(report: Data): Piece[] {
  const template = report.template === '2019' ? '2019' : '2021';
  const text = (key: string): Piece[] =>
    String(report[key] ?? '') // eslint-disable-line @typescript-eslint/no-base-to-string -- text sections are strings
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => ({ kind: 'paragraph', text: l }));
  return [
    { kind: 'title', text: `${String(report.agency)}${String(report.year)}年政府信息公开工作年度报告` },
    { kind: 'heading', text: SECTIONS.overview.zh },
    ...text('overview'),
    { kind: 'heading', text: SECTIONS.proactive.zh },
    ...proactivePieces(report, template),
    { kind: 'heading', text: SECTIONS.applications.zh },
    ...applicationPieces(report, template),
    { kind: 'heading', text: SECTIONS.appeals.zh },
    ...appealPieces(report),
    { kind: 'heading', text: SECTIONS.problems.zh },
    ...text('problems'),
    { kind: 'heading', text: SECTIONS.other_matters.zh },
    ...text('other_matters'),
  ];
}

const shown = (value: Cell) => (value === null ? '/' : String(value));

// ---- text layouts ----

type Layout = (pieces: readonly Piece[]) => string;

const lines = (pieces: readonly Piece[], row: (p: Extract<Piece, { kind: 'row' | 'header' }>) => string[]): string =>
  `${pieces.flatMap((p) => (p.kind === 'row' || p.kind === 'header' ? row(p) : [p.text])).join('\n')}\n`;

const cellsOf = (p: Extract<Piece, { kind: 'row' | 'header' }>) =>
  p.kind === 'row' ? [...p.labels, ...p.values.map(shown)] : [...p.cells];

/** Kangxi radicals (U+2F00–U+2FD5) and CJK Radicals Supplement forms that PDF text extraction gives for common characters. */
const RADICALS: Record<string, string> = {
  一: '\u2F00',
  人: '\u2F08',
  行: '\u2F8F',
  不: '不',
  大: '\u2F24',
  工: '\u2F2F',
  文: '\u2F42',
  方: '\u2F45',
  日: '\u2F47',
  月: '\u2F49',
  长: '\u2ED3',
  门: '\u2ED4',
  民: '\u2EA0',
  见: '\u2EC5',
  车: '\u2ECB',
  页: '\u2EDA',
  言: '\u2F94',
  入: '\u2F0A',
  力: '\u2F12',
  十: '\u2F17',
  口: '\u2F1D',
  土: '\u2F1F',
  子: '\u2F26',
  小: '\u2F29',
  心: '\u2F3C',
  手: '\u2F3F',
  止: '\u2F4C',
  法: '法',
  水: '\u2F54',
  生: '\u2F63',
  用: '\u2F64',
  目: '\u2F6C',
  示: '\u2F70',
  立: '\u2F74',
  自: '\u2F83',
  至: '\u2F84',
  金: '\u2FA6',
  非: '\u2FAE',
  面: '\u2FAF',
  高: '\u2FBC',
};
const withRadicals = (text: string) => [...text].map((c) => RADICALS[c] ?? c).join('');

/** A label cut into a unique prefix of at least six characters, as a report that abbreviates it does. */
function abbreviate(label: string): string {
  const m = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)?(.*)$/u.exec(label)!;
  const core = m[2]!.replace(/（[^）]*）$/u, '');
  return core.length > 12 ? `${m[1] ?? ''}${core.slice(0, 8)}` : label;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out.length > 0 ? out : [''];
}

/**
 * `readsCompletely`: the layout keeps what import needs to read every cell — each number apart from
 * the next, and each header and label whole or cut where its beginning still names it. Digits run
 * together or with a space inside a number are read only where the totals leave one way.
 */
export const TEXT_LAYOUTS: Record<string, { layout: Layout; readsCompletely: boolean }> = {
  tabs: { layout: (p) => lines(p, (x) => [cellsOf(x).join('\t')]), readsCompletely: true },
  pipes: { layout: (p) => lines(p, (x) => [`| ${cellsOf(x).join(' | ')} |`]), readsCompletely: true },
  'one-cell-per-line': { layout: (p) => lines(p, (x) => cellsOf(x).map((c) => (c === '/' ? '' : c))), readsCompletely: true },
  'spaces-between-cells': { layout: (p) => lines(p, (x) => [cellsOf(x).join('  ')]), readsCompletely: true },
  'full-width-digits': {
    layout: (p) =>
      lines(p, (x) => [
        cellsOf(x)
          .join('\t')
          .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      ]),
    readsCompletely: true,
  },
  radicals: { layout: (p) => withRadicals(lines(p, (x) => [cellsOf(x).join('\t')])), readsCompletely: true },
  'labels-wrapped-10': {
    // Text wrapped at a width: a label over several lines, the numbers after its first line (as PDF text).
    layout: (p) =>
      lines(p, (x) => {
        if (x.kind === 'header') return x.cells.flatMap((c) => wrap(c, 10));
        // Each label cell wrapped in its column, side by side as pdftotext -layout sets them out.
        const columns = x.labels.map((l) => wrap(l, 10));
        const height = Math.max(1, ...columns.map((c) => c.length));
        return Array.from({ length: height }, (_, i) =>
          [...columns.map((c) => c[i] ?? ''), ...(i === 0 ? x.values.map(shown) : [])].filter((c) => c !== '').join(' '),
        );
      }),
    readsCompletely: true,
  },
  'headers-split': {
    // As pdftotext -layout sets out a narrow table: each header cell in its column, its words wrapped
    // onto a second line under the first; long row labels wrapped after six characters.
    layout: (p) =>
      lines(p, (x) => {
        const halves = (c: string) => (c.length >= 4 ? [c.slice(0, Math.ceil(c.length / 2)), c.slice(Math.ceil(c.length / 2))] : [c, '']);
        if (x.kind === 'header') {
          if (x.cells.length === 1) return halves(x.cells[0]!).filter((c) => c !== '');
          const width = Math.max(...x.cells.map((c) => 2 * halves(c)[0]!.length)) + 4;
          const pad = (text: string) => text + ' '.repeat(width - 2 * text.length);
          return [0, 1].map((k) =>
            x.cells
              .map((c) => pad(halves(c)[k]!))
              .join('')
              .trimEnd(),
          );
        }
        const columns = x.labels.map((l) => (l.length > 8 ? [l.slice(0, 6), l.slice(6)] : [l]));
        return [
          [...columns.map((c) => c[0]!), ...x.values.map(shown)].join('  '),
          ...(columns.some((c) => c.length > 1)
            ? [
                columns
                  .map((c) => c[1] ?? '')
                  .join('  ')
                  .trim(),
              ]
            : []),
        ].filter((l) => l !== '');
      }),
    readsCompletely: true,
  },
  'labels-abbreviated': {
    layout: (p) =>
      lines(p, (x) => [x.kind === 'row' ? [...x.labels.map(abbreviate), ...x.values.map(shown)].join('\t') : x.cells.join('\t')]),
    readsCompletely: true,
  },
  'spaces-inside-numbers': {
    // Thousands set apart by a space, as some PDFs print them (`1 265`): the row totals decide, or the row is reported.
    layout: (p) =>
      lines(p, (x) => [
        x.kind === 'row'
          ? [...x.labels, ...x.values.map((v) => shown(v).replace(/(\d)(\d{3})$/u, '$1 $2'))].join('  ')
          : cellsOf(x).join('  '),
      ]),
    readsCompletely: false,
  },
  'digits-run-together': {
    layout: (p) => lines(p, (x) => [x.kind === 'row' ? `${x.labels.join(' ')} ${x.values.map(shown).join('')}`.trim() : x.cells.join(' ')]),
    readsCompletely: false,
  },
};

// ---- HTML ----

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface HtmlStyle {
  /** Width of the label column of table 三, in characters: narrow ones wrap the labels. */
  readonly labelWidth: number;
  readonly verticalAlign: 'middle' | 'top';
  /** How a blank cell is printed: `/` (the default) or nothing at all. */
  readonly blank?: string;
  /** Cell padding and line height: Word's tables have no padding above and below, and single spacing. */
  readonly tight?: boolean;
  readonly fontSize: number;
}

function applicationsHtml(
  pieces: readonly Extract<Piece, { kind: 'row' }>[],
  template: TemplateId,
  shown: (value: Cell) => string,
): string {
  const td = (text: string, attrs = '') => `<td${attrs}>${esc(text)}</td>`;
  const values = (p: Extract<Piece, { kind: 'row' }>) => p.values.map((v) => td(shown(v))).join('');
  const rows: string[] = [
    `<tr>${td(APPLICATIONS_NOTE, ' rowspan="3" colspan="3" class="label"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${APPLICANT_COLUMNS.slice(1, 6)
      .map((c) => td(c.zh))
      .join('')}</tr>`,
  ];
  const [first, second, ...rest] = pieces;
  rows.push(`<tr>${td(first!.labels.at(-1)!, ' colspan="3" class="label"')}${values(first!)}</tr>`);
  rows.push(`<tr>${td(second!.labels.at(-1)!, ' colspan="3" class="label"')}${values(second!)}</tr>`);
  const entries = resultEntries(template);
  const resultRows = entries.reduce((n, e) => n + (isRowGroup(e) ? e.rows.length : 1), 0) + 1;
  let i = 0;
  for (const entry of entries) {
    const lead = i === 0 ? td(RESULTS_LABEL.zh, ` rowspan="${resultRows}" class="label"`) : '';
    if (isRowGroup(entry)) {
      entry.rows.forEach((_, k) => {
        const p = rest[i++]!;
        rows.push(
          `<tr>${k === 0 ? lead + td(entry.zh, ` rowspan="${entry.rows.length}" class="label"`) : ''}${td(p.labels.at(-1)!, ' class="label"')}${values(p)}</tr>`,
        );
      });
    } else {
      const p = rest[i++]!;
      rows.push(`<tr>${lead}${td(p.labels.at(-1)!, ' colspan="2" class="label"')}${values(p)}</tr>`);
    }
  }
  const total = rest[i++]!;
  rows.push(`<tr>${td(total.labels.at(-1)!, ' colspan="2" class="label"')}${values(total)}</tr>`);
  const forward = rest[i++]!;
  rows.push(`<tr>${td(forward.labels.at(-1)!, ' colspan="3" class="label"')}${values(forward)}</tr>`);
  return `<table>${rows.join('\n')}</table>`;
}

/** The report as a web page with the template's merged cells (rowspan, colspan), as published reports are. */
export function reportHtml(report: Data, style: HtmlStyle = { labelWidth: 14, verticalAlign: 'middle', fontSize: 12 }): string {
  const template = report.template === '2019' ? '2019' : '2021';
  const pieces = piecesOf(report);
  const body: string[] = [];
  const shown = (value: Cell) => (value === null ? (style.blank ?? '/') : String(value));
  const td = (text: string, attrs = '') => `<td${attrs}>${esc(text)}</td>`;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'title') body.push(`<h1>${esc(p.text)}</h1>`);
    else if (p.kind === 'heading') body.push(`<h2>${esc(p.text)}</h2>`);
    else if (p.kind === 'paragraph') body.push(`<p>${esc(p.text)}</p>`);
    else {
      const { table } = p as Extract<Piece, { kind: 'row' | 'header' }>;
      const run: Piece[] = [];
      while (
        i < pieces.length &&
        (pieces[i]!.kind === 'row' || pieces[i]!.kind === 'header') &&
        (pieces[i] as { table: string }).table === table
      )
        run.push(pieces[i++]!);
      i -= 1;
      if (table === 'applications')
        body.push(
          applicationsHtml(
            run.filter((x): x is Extract<Piece, { kind: 'row' }> => x.kind === 'row'),
            template,
            shown,
          ),
        );
      else if (table === 'appeals') {
        const columns = APPEAL_COLUMNS.map((c) => td(c.zh, ' rowspan="2"')).join('');
        const sub = APPEAL_COLUMNS.map((c) => td(c.zh)).join('');
        const values = (run.at(-1) as Extract<Piece, { kind: 'row' }>).values.map((v) => td(shown(v))).join('');
        body.push(
          `<table><tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr><tr>${columns}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr><tr>${sub}${sub}</tr><tr>${values}</tr></table>`,
        );
      } else {
        const width = 4;
        const rows = run.map((x) => {
          if (x.kind === 'header')
            return x.cells.length === 1
              ? `<tr>${td(x.cells[0]!, ` colspan="${width}"`)}</tr>`
              : `<tr>${x.cells.map((c, k) => td(c, k === x.cells.length - 1 ? ` colspan="${width - x.cells.length + 1}"` : '')).join('')}</tr>`;
          const r = x as Extract<Piece, { kind: 'row' }>;
          return `<tr>${td(r.labels[0]!)}${r.values.map((v, k) => td(shown(v), k === r.values.length - 1 ? ` colspan="${width - r.values.length}"` : '')).join('')}</tr>`;
        });
        body.push(`<table>${rows.join('\n')}</table>`);
      }
    }
  }
  const css = `body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:${style.fontSize}px}
table{border-collapse:collapse;margin:8px 0}td{border:1px solid #000;padding:${style.tight ? '0 4px' : '3px 5px'};line-height:${style.tight ? '1.15' : 'normal'};vertical-align:${style.verticalAlign};text-align:center;min-width:2.5em}
td.label{text-align:left;max-width:${style.labelWidth}em}`;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(String(pieces[0]!.kind === 'title' ? pieces[0]!.text : ''))}</title><style>${css}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
