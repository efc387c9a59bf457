import type { Rule } from '../engine/types.js';
import { describePath } from '../model/labels.js';
import { isPlainObject, valueAt } from '../model/pointer.js';
import { appealRows, applicationRows } from '../model/relations.js';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, proactiveRows } from '../model/template.js';

interface Row {
  readonly pointer: string;
  /** Keys (object rows) or indexes (array rows) of the row's cells, with their column titles. */
  readonly cells: readonly { readonly key: string; readonly title: string }[];
}

const indexed = (titles: readonly { zh: string }[]) => titles.map((c, i) => ({ key: String(i), title: c.zh }));

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
  },
  check(context) {
    const rows: Row[] = [
      ...applicationRows(context.template).map((r) => ({ pointer: r.pointer, cells: indexed(APPLICANT_COLUMNS) })),
      ...appealRows.map((r) => ({ pointer: r.pointer, cells: indexed(APPEAL_COLUMNS) })),
    ];
    for (const spec of proactiveRows(context.template)) {
      const pointer = `/proactive/${spec.key}`;
      if (!spec.columns) {
        if (valueAt(context.data, pointer) === null) {
          context.report({ messageId: 'blankValue', path: pointer, data: { row: describePath(pointer, context.template) } });
        }
      } else {
        rows.push({ pointer, cells: spec.columns.map((c) => ({ key: c.key, title: c.zh })) });
      }
    }
    for (const row of rows) {
      const value = valueAt(context.data, row.pointer);
      if (!Array.isArray(value) && !isPlainObject(value)) continue;
      const blanks = row.cells.filter((cell) => valueAt(value, `/${cell.key}`) === null);
      if (blanks.length === 0) continue;
      context.report({
        messageId: row.pointer.startsWith('/proactive/') ? 'blankProactiveRow' : 'blankRow',
        path: `${row.pointer}/${blanks[0]!.key}`,
        data: { row: describePath(row.pointer, context.template), count: blanks.length, columns: blanks.map((b) => b.title) },
      });
    }
  },
};
