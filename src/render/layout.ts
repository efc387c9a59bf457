/**
 * The official tables 二, 三 and 四 as grids of cells, merged cells and all, as 国办公开办函〔2021〕30号
 * (or the 2019 template) lays them out: the one place where the renderers (HTML, Word, the reviewer
 * page) learn the template's rows and columns. Every other module draws these grids without knowing
 * what a row of table 三 is.
 */
import { toPointer } from '../model/pointer.js';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  isRowGroup,
  type Label,
  type ProactiveRowSpec,
  proactiveRows,
  RESULT_SINGLE_ROWS,
  RESULTS_LABEL,
  resultEntries,
  SECTIONS,
  TABLE_NAMES,
  type TemplateId,
} from '../model/template.js';

export type TableKey = 'proactive' | 'applications' | 'appeals';
export const TABLE_KEYS: readonly TableKey[] = ['proactive', 'applications', 'appeals'];

export type Scope = 'col' | 'colgroup' | 'row' | 'rowgroup';

/** A header of the table: a column or row label, or a note that heads nothing (the corner of table 三). */
export interface HeaderCell {
  readonly kind: 'header';
  readonly text: string;
  /** Absent for a note. */
  readonly scope?: Scope;
  /** Unique within the table: data cells name the headers that describe them. */
  readonly id?: string;
  /** The part of the report the header labels (a row, a group of rows), for findings about it. */
  readonly pointer?: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

/** A cell holding one number of the report, at `pointer`. */
export interface DataCell {
  readonly kind: 'data';
  readonly pointer: string;
  /** The ids of the headers that describe the cell, outermost first. */
  readonly headers: readonly string[];
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

export type GridCell = HeaderCell | DataCell;

export interface TableLayout {
  readonly key: TableKey;
  /** 表二 主动公开政府信息情况 */
  readonly caption: string;
  readonly columns: number;
  /** Relative widths of the columns, for renderers that set them. */
  readonly widths: readonly number[];
  /** Rows of column headers, repeated on each page of a long table. */
  readonly head: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
}

const ITEM_COLUMN: Label = { zh: '信息内容', en: 'item' };
const APPLICANTS: Label = { zh: '申请人情况', en: 'applicants' };
const ORGANISATIONS: Label = { zh: '法人或其他组织', en: 'legal persons or other organisations' };
/** The note in the corner of table 三, verbatim from the template. */
export const APPLICATIONS_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const RECONSIDERATION: Label = { zh: '行政复议', en: 'administrative reconsideration' };
const LITIGATION: Label = { zh: '行政诉讼', en: 'administrative litigation' };
const LITIGATION_KINDS = [
  { key: APPEAL_GROUPS.litigation_direct.key, zh: '未经复议直接起诉' },
  { key: APPEAL_GROUPS.litigation_after_reconsideration.key, zh: '复议后起诉' },
] as const;

const captionOf = (key: TableKey) => `${TABLE_NAMES[key].zh} ${SECTIONS[key].zh.replace(/^[一二三四五六]、/, '')}`;

const header = (text: string, extra: Omit<HeaderCell, 'kind' | 'text'> = {}): HeaderCell => ({ kind: 'header', text, ...extra });
const spans = (rowSpan: number, colSpan: number) => ({ ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) });

// ---- 表二 ----

/** The column headers of a row of table 二: its own columns, or the one header of a single number. */
function proactiveHeaders(spec: ProactiveRowSpec): readonly Label[] {
  return spec.columns ?? (spec.valueLabel ? [spec.valueLabel] : []);
}

const sameHeaders = (a: ProactiveRowSpec, b: ProactiveRowSpec) =>
  a.item === b.item && proactiveHeaders(a).map((h) => h.zh).join('|') === proactiveHeaders(b).map((h) => h.zh).join('|');

/**
 * 表二: for each 第二十条 item a row with the item across the table, a row of column headers starting
 * 信息内容, then its rows. A row with fewer columns than the table lets its last cell take the rest.
 */
function proactiveTable(template: TemplateId): TableLayout {
  const specs = proactiveRows(template);
  const columns = 1 + Math.max(...specs.map((s) => Math.max(1, proactiveHeaders(s).length)));
  const body: GridCell[][] = [];
  let block = 0;
  let headerIds: string[] = [];
  let itemId = '';
  specs.forEach((spec, index) => {
    const previous = specs[index - 1];
    if (!previous || !sameHeaders(previous, spec)) {
      block += 1;
      itemId = `t2-item${block}`;
      body.push([header(spec.item, { scope: 'colgroup', id: itemId, ...spans(1, columns) })]);
      const labels = proactiveHeaders(spec);
      headerIds = labels.map((_, i) => `t2-b${block}-c${i + 1}`);
      body.push([
        header(ITEM_COLUMN.zh, { scope: 'col', id: `t2-b${block}-c0` }),
        ...labels.map((label, i) => header(label.zh, { scope: 'col', id: headerIds[i]!, ...spans(1, i === labels.length - 1 ? columns - labels.length : 1) })),
      ]);
    }
    const rowId = `t2-${spec.key}`;
    const pointer = toPointer(['proactive', spec.key]);
    const cellPointers = spec.columns ? spec.columns.map((c) => toPointer(['proactive', spec.key, c.key])) : [pointer];
    body.push([
      header(spec.zh, { scope: 'row', id: rowId, ...(spec.columns ? { pointer } : {}) }),
      ...cellPointers.map(
        (p, i): DataCell => ({
          kind: 'data',
          pointer: p,
          headers: [itemId, rowId, headerIds[i] ?? headerIds.at(-1) ?? itemId],
          ...spans(1, i === cellPointers.length - 1 ? columns - cellPointers.length : 1),
        }),
      ),
    ]);
  });
  const widths = [3, ...Array.from({ length: columns - 1 }, () => 2)];
  return { key: 'proactive', caption: captionOf('proactive'), columns, widths, head: [], body };
}

// ---- 表三 ----

/**
 * 表三: the corner note over three label columns, 申请人情况 over the seven applicant columns (自然人,
 * 法人或其他组织 over five, 总计); rows 一 and 二, 三、本年度办理结果 down the side of its entries (a
 * group such as （三）不予公开 down the side of its items), （七）总计, and 四.
 */
function applicationsTable(template: TemplateId): TableLayout {
  const columnIds = APPLICANT_COLUMNS.map((c) => `t3-c-${c.key}`);
  const organisationColumns = APPLICANT_COLUMNS.slice(1, -1);
  const natural = APPLICANT_COLUMNS[0]!;
  const total = APPLICANT_COLUMNS.at(-1)!;
  const head: GridCell[][] = [
    [header(APPLICATIONS_CORNER, spans(3, 3)), header(APPLICANTS.zh, { scope: 'colgroup', id: 't3-applicants', ...spans(1, 7) })],
    [
      header(natural.zh, { scope: 'col', id: columnIds[0]!, ...spans(2, 1) }),
      header(ORGANISATIONS.zh, { scope: 'colgroup', id: 't3-organisations', ...spans(1, organisationColumns.length) }),
      header(total.zh, { scope: 'col', id: columnIds.at(-1)!, ...spans(2, 1) }),
    ],
    organisationColumns.map((c, i) => header(c.zh, { scope: 'col', id: columnIds[i + 1]! })),
  ];
  const columnHeaders = (i: number) => (i >= 1 && i < APPLICANT_COLUMNS.length - 1 ? ['t3-applicants', 't3-organisations', columnIds[i]!] : ['t3-applicants', columnIds[i]!]);
  const cells = (pointer: string, rowHeaders: readonly string[]): DataCell[] =>
    APPLICANT_COLUMNS.map((_, i) => ({ kind: 'data', pointer: `${pointer}/${i}`, headers: [...rowHeaders, ...columnHeaders(i)] }));

  const body: GridCell[][] = [];
  const topRow = (label: Label, key: string) => {
    const pointer = toPointer(['applications', key]);
    const id = `t3-${key}`;
    body.push([header(label.zh, { scope: 'row', id, pointer, ...spans(1, 3) }), ...cells(pointer, [id])]);
  };
  topRow(APPLICATION_TOP_ROWS.new, APPLICATION_TOP_ROWS.new.key);
  topRow(APPLICATION_TOP_ROWS.carried_over, APPLICATION_TOP_ROWS.carried_over.key);

  const entries = resultEntries(template);
  const resultRows = entries.reduce((sum, e) => sum + (isRowGroup(e) ? e.rows.length : 1), 0) + 1;
  const resultsId = 't3-results';
  const resultsHeader = header(RESULTS_LABEL.zh, { scope: 'rowgroup', id: resultsId, pointer: '/applications/results', ...spans(resultRows, 1) });
  let first = true;
  const lead = (): GridCell[] => {
    const cellsBefore = first ? [resultsHeader] : [];
    first = false;
    return cellsBefore;
  };
  for (const entry of entries) {
    const pointer = toPointer(['applications', 'results', entry.key]);
    const id = `t3-${entry.key}`;
    if (!isRowGroup(entry)) {
      body.push([...lead(), header(entry.zh, { scope: 'row', id, pointer, ...spans(1, 2) }), ...cells(pointer, [resultsId, id])]);
      continue;
    }
    entry.rows.forEach((row, i) => {
      const rowPointer = toPointer(['applications', 'results', entry.key, row.key]);
      const rowId = `t3-${entry.key}-${row.key}`;
      const group = i === 0 ? [header(entry.zh, { scope: 'rowgroup', id, pointer, ...spans(entry.rows.length, 1) })] : [];
      body.push([...lead(), ...group, header(row.zh, { scope: 'row', id: rowId, pointer: rowPointer }), ...cells(rowPointer, [resultsId, id, rowId])]);
    });
  }
  const totalPointer = toPointer(['applications', 'results', RESULT_SINGLE_ROWS.total.key]);
  body.push([header(RESULT_SINGLE_ROWS.total.zh, { scope: 'row', id: 't3-total', pointer: totalPointer, ...spans(1, 2) }), ...cells(totalPointer, [resultsId, 't3-total'])]);
  topRow(APPLICATION_TOP_ROWS.carried_forward, APPLICATION_TOP_ROWS.carried_forward.key);

  const widths = [2, 2, 5, ...APPLICANT_COLUMNS.map(() => 1.4)];
  return { key: 'applications', caption: captionOf('applications'), columns: 3 + APPLICANT_COLUMNS.length, widths, head, body };
}

// ---- 表四 ----

/** 表四: 行政复议 over its five results; 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over five; one row of fifteen numbers. */
function appealsTable(): TableLayout {
  const n = APPEAL_COLUMNS.length;
  const reconsiderationIds = APPEAL_COLUMNS.map((c) => `t4-reconsideration-${c.key}`);
  const head: GridCell[][] = [
    [
      header(RECONSIDERATION.zh, { scope: 'colgroup', id: 't4-reconsideration', pointer: `/appeals/${APPEAL_GROUPS.reconsideration.key}`, ...spans(1, n) }),
      header(LITIGATION.zh, { scope: 'colgroup', id: 't4-litigation', ...spans(1, 2 * n) }),
    ],
    [
      ...APPEAL_COLUMNS.map((c, i) => header(c.zh, { scope: 'col', id: reconsiderationIds[i]!, ...spans(2, 1) })),
      ...LITIGATION_KINDS.map((kind) => header(kind.zh, { scope: 'colgroup', id: `t4-${kind.key}`, pointer: `/appeals/${kind.key}`, ...spans(1, n) })),
    ],
    LITIGATION_KINDS.flatMap((kind) => APPEAL_COLUMNS.map((c) => header(c.zh, { scope: 'col', id: `t4-${kind.key}-${c.key}` }))),
  ];
  const row: DataCell[] = [
    ...APPEAL_COLUMNS.map((_, i): DataCell => ({ kind: 'data', pointer: `/appeals/${APPEAL_GROUPS.reconsideration.key}/${i}`, headers: ['t4-reconsideration', reconsiderationIds[i]!] })),
    ...LITIGATION_KINDS.flatMap((kind) =>
      APPEAL_COLUMNS.map((c, i): DataCell => ({ kind: 'data', pointer: `/appeals/${kind.key}/${i}`, headers: ['t4-litigation', `t4-${kind.key}`, `t4-${kind.key}-${c.key}`] })),
    ),
  ];
  return { key: 'appeals', caption: captionOf('appeals'), columns: 3 * n, widths: Array.from({ length: 3 * n }, () => 1), head, body: [row] };
}

export function tableLayout(key: TableKey, template: TemplateId): TableLayout {
  switch (key) {
    case 'proactive':
      return proactiveTable(template);
    case 'applications':
      return applicationsTable(template);
    case 'appeals':
      return appealsTable();
  }
}
