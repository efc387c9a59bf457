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
      en: '{row} has {count:count:blank cell}: {columns}; write 0 for zero (arithmetic counts them as 0)',
    },
    blankProactiveRow: {
      'zh-CN': '{row} 有 {count} 个空白单元格：{columns}；数据为 0 应填 0',
      en: '{row} has {count:count:blank cell}: {columns}; write 0 for zero',
    },
    blankValue: {
      'zh-CN': '{row} 为空白；数据为 0 应填 0',
      en: '{row} is blank; write 0 for zero',
    },
  },
  check(context) {
    // Cells import could not read are unknown, not blank (the not-recovered rule notes them once).
    const unknown = unknownCellsOf(context.data);
    for (const row of rowsOf(context.template)) {
      const value = valueAt(context.data, row.pointer);
      if (row.single) {
        if (unknown(row.pointer)) continue;
        if (value === null)
          context.report({ messageId: 'blankValue', path: row.pointer, data: { row: describePath(row.pointer, context.template) } });
        continue;
      }
      if (!Array.isArray(value) && !isPlainObject(value)) continue;
      const cells = value as Record<string, unknown>;
      let blanks: Row['cells'][number][] | undefined;
      for (const cell of row.cells) if (cells[cell.key] === null && !unknown(`${row.pointer}/${cell.key}`)) (blanks ??= []).push(cell);
      if (!blanks) continue;
      context.report({
        messageId: row.pointer.startsWith('/proactive/') ? 'blankProactiveRow' : 'blankRow',
        path: `${row.pointer}/${blanks[0]!.key}`,
        data: { row: describePath(row.pointer, context.template), count: blanks.length, columns: blanks.map((b) => b.title) },
      });
    }
  },
};
