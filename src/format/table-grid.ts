/**
 * The official tables 二, 三 and 四 as grids of cells, merged cells and all, as 国办公开办函〔2021〕30号
 * (or the 2019 template) lays them out, built from the template's table trees (`rowsOf`). The renderers
 * (the report as a web page or a Word file, the reviewer page) draw these grids and know nothing of the
 * template themselves.
 *
 * What the model does not say, the published layout adds here: table 二 puts each 第二十条 item across the
 * table with its own column headers under 信息内容; table 三 heads its applicant columns 申请人情况, the five
 * organisation columns 法人或其他组织; table 四 is drawn on its side, its rows (行政复议, 行政诉讼 未经复议直接
 * 起诉 …) as groups of columns over one row of numbers, a label's first word heading the groups that share it.
 */
import { toPointer } from '../model/pointer.js';
import {
  type ColumnSpec,
  type Label,
  rowsOf,
  SECTIONS,
  TABLE_KEYS,
  TABLE_NAMES,
  type TableEntry,
  type TableKey,
  type TemplateId,
  tableOf,
} from '../model/template.js';

export { TABLE_KEYS, type TableKey };

type Scope = 'col' | 'colgroup' | 'row' | 'rowgroup';

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

export interface TableGrid {
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

const ITEM_COLUMN = '信息内容';
const APPLICANTS = '申请人情况';
const ORGANISATIONS = '法人或其他组织';
/** The applicant columns that are not organisations: the others stand under 法人或其他组织. */
const NOT_ORGANISATIONS = new Set(['natural_person', 'total']);

const captionOf = (key: TableKey) => `${TABLE_NAMES[key].zh} ${SECTIONS[key].zh.replace(/^[一二三四五六七八九十]+、/, '')}`;
const header = (text: string, extra: Omit<HeaderCell, 'kind' | 'text'> = {}): HeaderCell => ({ kind: 'header', text, ...extra });
const spans = (rowSpan: number, colSpan: number) => ({ ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) });
const idOf = (prefix: string, entry: TableEntry) => `${prefix}-${entry.keyPath.join('-')}`;

// ---- 表二 ----

/** The column headers of a row of table 二: its own columns, or the one header of a single number. */
function proactiveHeaders(entry: TableEntry): readonly Label[] {
  return entry.columns ?? (entry.node.valueLabel ? [entry.node.valueLabel] : []);
}

const headerKey = (entry: TableEntry) =>
  `${entry.node.item ?? ''}|${proactiveHeaders(entry)
    .map((h) => h.zh)
    .join('|')}`;

/**
 * 表二: for each 第二十条 item a row with the item across the table, a row of column headers starting
 * 信息内容, then its rows. A row with fewer columns than the table lets its last cell take the rest.
 */
function proactiveGrid(template: TemplateId): TableGrid {
  const rows = [...rowsOf(template, 'proactive')].filter((e) => e.kind === 'row');
  const columns = 1 + Math.max(1, ...rows.map((e) => proactiveHeaders(e).length));
  const widen = (i: number, count: number) => spans(1, i === count - 1 ? columns - count : 1);
  const body: GridCell[][] = [];
  let block = 0;
  let itemId = '';
  let headerIds: string[] = [];
  rows.forEach((entry, index) => {
    if (index === 0 || headerKey(rows[index - 1]!) !== headerKey(entry)) {
      block += 1;
      itemId = `t2-item${block}`;
      body.push([header(entry.node.item ?? '', { scope: 'colgroup', id: itemId, ...spans(1, columns) })]);
      const labels = proactiveHeaders(entry);
      headerIds = labels.map((_, i) => `t2-b${block}-c${i + 1}`);
      body.push([
        header(ITEM_COLUMN, { scope: 'col', id: `t2-b${block}-c0` }),
        ...labels.map((label, i) => header(label.zh, { scope: 'col', id: headerIds[i]!, ...widen(i, labels.length) })),
      ]);
    }
    const rowId = idOf('t2', entry);
    const pointers =
      entry.cells === 'mapping' ? entry.columns!.map((c) => toPointer([...entry.pointer.slice(1).split('/'), c.key])) : [entry.pointer];
    body.push([
      header(entry.label.zh, { scope: 'row', id: rowId, ...(entry.cells === 'mapping' ? { pointer: entry.pointer } : {}) }),
      ...pointers.map((pointer, i): DataCell => ({
        kind: 'data',
        pointer,
        headers: [itemId, rowId, headerIds[i] ?? itemId],
        ...widen(i, pointers.length),
      })),
    ]);
  });
  return {
    key: 'proactive',
    caption: captionOf('proactive'),
    columns,
    widths: [3, ...Array.from({ length: columns - 1 }, () => 2)],
    head: [],
    body,
  };
}

// ---- 表三 ----

/** The rows (not groups) at or under an entry. */
const rowCount = (entries: readonly TableEntry[], group: TableEntry) =>
  entries.filter((e) => e.kind === 'row' && e.pointer.startsWith(`${group.pointer}/`)).length;

/**
 * 表三: the corner note over the label columns, 申请人情况 over the applicant columns (自然人, 法人或其他组织
 * over the organisations, 总计); then the rows, each group's label down the side of its rows.
 */
function applicationsGrid(template: TemplateId): TableGrid {
  const spec = tableOf(template, 'applications');
  const columns = spec.columns ?? [];
  const entries = [...rowsOf(template, 'applications')];
  const labelColumns = 1 + Math.max(0, ...entries.map((e) => e.depth));
  const columnIds = columns.map((c) => `t3-c-${c.key}`);
  const isOrganisation = (c: ColumnSpec) => !NOT_ORGANISATIONS.has(c.key);
  const organisations = columns.filter(isOrganisation);
  const levels = organisations.length > 0 ? 3 : 2;

  const head: GridCell[][] = [
    [
      header(spec.note ?? '', spans(levels, labelColumns)),
      header(APPLICANTS, { scope: 'colgroup', id: 't3-applicants', ...spans(1, columns.length) }),
    ],
    [],
    ...(levels === 3 ? [[] as GridCell[]] : []),
  ];
  let organisationsPlaced = false;
  columns.forEach((column, i) => {
    if (!isOrganisation(column)) {
      head[1]!.push(header(column.zh, { scope: 'col', id: columnIds[i]!, ...spans(levels - 1, 1) }));
      return;
    }
    if (!organisationsPlaced) {
      head[1]!.push(header(ORGANISATIONS, { scope: 'colgroup', id: 't3-organisations', ...spans(1, organisations.length) }));
      organisationsPlaced = true;
    }
    head[2]!.push(header(column.zh, { scope: 'col', id: columnIds[i]! }));
  });
  const columnHeaders = (i: number) => ['t3-applicants', ...(isOrganisation(columns[i]!) ? ['t3-organisations'] : []), columnIds[i]!];

  const body: GridCell[][] = [];
  let pending: GridCell[] = [];
  for (const entry of entries) {
    const id = idOf('t3', entry);
    const down = rowCount(entries, entry);
    if (entry.kind === 'group') {
      // A group's label goes down the side of its rows, starting in the row of its first one.
      if (down > 0) pending.push(header(entry.label.zh, { scope: 'rowgroup', id, pointer: entry.pointer, ...spans(down, 1) }));
      continue;
    }
    const groupIds: string[] = [];
    for (let parent = entry.parent; parent; parent = parent.parent) groupIds.unshift(idOf('t3', parent));
    body.push([
      ...pending,
      header(entry.label.zh, { scope: 'row', id, pointer: entry.pointer, ...spans(1, labelColumns - entry.depth) }),
      ...columns.map((_, i): DataCell => ({
        kind: 'data',
        pointer: `${entry.pointer}/${i}`,
        headers: [...groupIds, id, ...columnHeaders(i)],
      })),
    ]);
    pending = [];
  }
  const labelWidths = Array.from({ length: labelColumns }, (_, i) => (i === labelColumns - 1 ? 5 : 2));
  return {
    key: 'applications',
    caption: captionOf('applications'),
    columns: labelColumns + columns.length,
    widths: [...labelWidths, ...columns.map(() => 1.4)],
    head: head.filter((row) => row.length > 0),
    body,
  };
}

// ---- 表四 ----

/** 表四 on its side: each row a group of columns (行政复议 over five), rows whose labels share a first word under it (行政诉讼 over 未经复议直接起诉 and 复议后起诉), over one row of numbers. */
function appealsGrid(template: TemplateId): TableGrid {
  const spec = tableOf(template, 'appeals');
  const columns = spec.columns ?? [];
  const rows = [...rowsOf(template, 'appeals')].filter((e) => e.kind === 'row');
  const split = rows.map((entry) => {
    const space = entry.label.zh.indexOf(' ');
    return space > 0
      ? { group: entry.label.zh.slice(0, space), own: entry.label.zh.slice(space + 1) }
      : { group: undefined, own: entry.label.zh };
  });
  const nested = split.some((s) => s.group !== undefined);
  const head: GridCell[][] = nested ? [[], [], []] : [[], []];
  const data: DataCell[] = [];
  rows.forEach((entry, r) => {
    const { group, own } = split[r]!;
    const rowId = idOf('t4', entry);
    const groupId = group === undefined ? undefined : `t4-group${split.findIndex((s) => s.group === group)}`;
    if (group !== undefined && split[r - 1]?.group !== group) {
      let sharing = 0;
      while (split[r + sharing]?.group === group) sharing += 1;
      head[0]!.push(header(group, { scope: 'colgroup', id: groupId!, ...spans(1, sharing * columns.length) }));
    }
    const level = group === undefined ? 0 : 1;
    head[level]!.push(header(own, { scope: 'colgroup', id: rowId, pointer: entry.pointer, ...spans(1, columns.length) }));
    columns.forEach((column, i) => {
      const columnId = `${rowId}-${column.key}`;
      // A group without a first word heads its columns directly: they stand two levels high.
      head[level + 1]!.push(header(column.zh, { scope: 'col', id: columnId, ...spans(nested && group === undefined ? 2 : 1, 1) }));
      data.push({ kind: 'data', pointer: `${entry.pointer}/${i}`, headers: [...(groupId ? [groupId] : []), rowId, columnId] });
    });
  });
  const count = rows.length * columns.length;
  return {
    key: 'appeals',
    caption: captionOf('appeals'),
    columns: count,
    widths: Array.from({ length: count }, () => 1),
    head,
    body: [data],
  };
}

export function tableGrid(key: TableKey, template: TemplateId): TableGrid {
  switch (key) {
    case 'proactive':
      return proactiveGrid(template);
    case 'applications':
      return applicationsGrid(template);
    case 'appeals':
      return appealsGrid(template);
  }
}
