import type { Rule } from '../engine/types.js';
import { describePath } from '../model/labels.js';
import { isPlainObject, valueAt } from '../model/pointer.js';
import { unknownCellsOf } from '../model/not-recovered.js';
import { appealRows, applicationRows } from '../model/relations.js';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, proactiveRows, type TemplateId } from '../model/template.js';

interface Row {
  readonly pointer: string;
  /** A row of table 二 that holds a single number. */
  readonly single?: boolean;
  /** Keys (object rows) or indexes (array rows) of the row's cells, with their column titles. */
  readonly cells: readonly { readonly key: string; readonly title: string }[];
}

const indexed = (titles: readonly { zh: string }[]) => titles.map((c, i) => ({ key: String(i), title: c.zh }));

/** Every table row of a template, worked out once: this rule looks at every cell of every report. */
const rowsByTemplate = new Map<TemplateId, readonly Row[]>();

function rowsOf(template: TemplateId): readonly Row[] {
  let rows = rowsByTemplate.get(template);
  if (!rows) {
    rows = [
      ...proactiveRows(template).map((spec) => ({
        pointer: `/proactive/${spec.key}`,
        single: !spec.columns,
        cells: (spec.columns ?? []).map((c) => ({ key: c.key, title: c.zh })),
      })),
      ...applicationRows(template).map((r) => ({ pointer: r.pointer, cells: indexed(APPLICANT_COLUMNS) })),
      ...appealRows(template).map((r) => ({ pointer: r.pointer, cells: indexed(APPEAL_COLUMNS) })),
    ];
    rowsByTemplate.set(template, rows);
  }
  return rows;
}

export const blankCell: Rule = {
  id: 'blank-cell',
  severity: 'warning',
  description: {
    'zh-CN': '表格中的空白单元格（原表留空、“/”或“—”）：数据为 0 时应填 0',
    en: 'Blank table cells (left empty, “/” or “—” in the published table): a zero should be written as 0',
  },
  messages: {
    blankRow: {
      'zh-CN': '{row} 有 {count} 个空白单元格：{columns}；数据为 0 应填 0（勾稽计算中按 0 计）',
      en: '{row} has {count} blank cell(s): {columns}; write 0 for zero (arithmetic counts them as 0)',
    },
    blankProactiveRow: {
      'zh-CN': '{row} 有 {count} 个空白单元格：{columns}；数据为 0 应填 0',
      en: '{row} has {count} blank cell(s): {columns}; write 0 for zero',
    },
    blankValue: {
      'zh-CN': '{row} 为空白；数据为 0 应填 0',
      en: '{row} is blank; write 0 for zero',
    },
    notRecovered: {
      'zh-CN': '导入时有 {places} 处未能从原文读出（not_recovered），其中表格单元格 {count} 个（共 {total} 个），按未知处理：不提示空白，也不参与勾稽计算；请对照原文填写后从 not_recovered 中删去',
      en: '{places} place(s) could not be read from the source on import (not_recovered), {count} of {total} table cells: they are unknown, so no blank-cell or arithmetic check uses them; fill them in from the published report and remove them from not_recovered',
    },
  },
  check(context) {
    // Cells import could not read are unknown, not blank: one note for them all, none per cell.
    const unknown = unknownCellsOf(context.data);
    let unknownCount = 0;
    let total = 0;
    for (const row of rowsOf(context.template)) {
      const value = valueAt(context.data, row.pointer);
      if (row.single) {
        total += 1;
        if (unknown(row.pointer)) unknownCount += 1;
        else if (value === null) context.report({ messageId: 'blankValue', path: row.pointer, data: { row: describePath(row.pointer, context.template) } });
        continue;
      }
      total += row.cells.length;
      if (!Array.isArray(value) && !isPlainObject(value)) {
        if (unknown(row.pointer)) unknownCount += row.cells.length;
        continue;
      }
      const cells = value as Record<string, unknown>;
      let blanks: Row['cells'][number][] | undefined;
      for (const cell of row.cells) {
        if (unknown(`${row.pointer}/${cell.key}`)) unknownCount += 1;
        else if (cells[cell.key] === null) (blanks ??= []).push(cell);
      }
      if (!blanks) continue;
      context.report({
        messageId: row.pointer.startsWith('/proactive/') ? 'blankProactiveRow' : 'blankRow',
        path: `${row.pointer}/${blanks[0]!.key}`,
        data: { row: describePath(row.pointer, context.template), count: blanks.length, columns: blanks.map((b) => b.title) },
      });
    }
    const listed = valueAt(context.data, '/not_recovered');
    if (Array.isArray(listed) && listed.length > 0) {
      context.report({ messageId: 'notRecovered', path: '/not_recovered', data: { places: listed.length, count: unknownCount, total } });
    }
  },
};
