import type { Rule } from '../engine/types.js';
import { unknownCellsOf } from '../model/not-recovered.js';
import { isPlainObject, valueAt } from '../model/pointer.js';
import { TABLE_KEYS } from '../model/template.js';

/** The table cells of a report part, as JSON Pointers (none when the part is absent). */
function cellPointers(node: unknown, path: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((_, i) => out.push(`${path}/${i}`));
  else if (isPlainObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value) || isPlainObject(value)) cellPointers(value, `${path}/${key}`, out);
      else out.push(`${path}/${key}`);
    }
  }
  return out;
}

/**
 * The places `gov-report import` could not read (`not_recovered`): unknown, so `blank-cell` and the
 * arithmetic rules pass them over; this rule says once per report how much is unknown.
 */
export const notRecovered: Rule = {
  id: 'not-recovered',
  severity: 'warning',
  description: {
    'zh-CN': '导入时未能从原文读出的位置（not_recovered）：按未知处理，每份报告提示一次',
    en: 'Places import could not read from the source (not_recovered): unknown, noted once per report',
  },
  messages: {
    unknown: {
      'zh-CN':
        '导入时有 {places} 处未能从原文读出（not_recovered），其中表格单元格 {count} 个（共 {total} 个），按未知处理：不提示空白，也不参与勾稽计算；请对照原文填写后从 not_recovered 中删去',
      en: '{places:count:place} could not be read from the source on import (not_recovered), {count} of {total} table cells among them: they are unknown, so no blank-cell or arithmetic check uses them; fill them in from the published report and remove them from not_recovered',
    },
  },
  check(context) {
    const listed = valueAt(context.data, '/not_recovered');
    if (!Array.isArray(listed) || listed.length === 0) return;
    const unknown = unknownCellsOf(context.data);
    const cells = TABLE_KEYS.flatMap((table) => cellPointers(valueAt(context.data, `/${table}`), `/${table}`));
    context.report({
      messageId: 'unknown',
      path: '/not_recovered',
      data: { places: listed.length, count: cells.filter(unknown).length, total: cells.length },
    });
  },
};
