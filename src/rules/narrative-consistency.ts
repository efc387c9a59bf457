import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { TEXT_SECTION_KEYS } from '../model/template.js';
import { extractClaims, jurisdictionOf } from '../narrative/claims.js';
import { labelOf, TableView } from '../narrative/quantities.js';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Numbers stated in the text sections (一、五、六) about the quantities of tables 三 and 四 must agree
 * with the tables. The claims are found by `src/narrative/claims.ts`, which leaves out whatever it cannot
 * tie to exactly one quantity of this body in this year; a claim is compared only when the table can
 * vouch for the value (no blank cell, no failing relation among the cells).
 */
export const narrativeConsistency: Rule = {
  id: 'narrative-consistency',
  severity: 'warning',
  description: {
    'zh-CN': '正文中写明的申请、办理、结转、复议诉讼件数（收到申请 N 件、上年结转 N 件、予以公开 N 件、行政复议 N 件、未收到申请……）与表三、表四一致',
    en: 'Counts stated in the text (applications received, carried over, disclosed, carried forward, reconsiderations, lawsuits, “no applications”) agree with tables 三 and 四',
  },
  messages: {
    mismatch: {
      'zh-CN': '正文“{claim}”与表格不符：正文为 {stated}，{quantity}为 {table}，相差 {difference}',
      en: 'The text “{claim}” does not match the table: it says {stated}, {quantity} is {table} (difference {difference})',
    },
    mismatchCarriedOver: {
      'zh-CN':
        '正文“{claim}”与表格不符：正文为 {stated}，{quantity}为 {table}，相差 {difference}；{stated} 恰为本年新收 {table} 与上年结转 {carriedOver} 之和，正文可能把上年结转的申请也算了进去',
      en: 'The text “{claim}” does not match the table: it says {stated}, {quantity} is {table} (difference {difference}); {stated} is {table} new plus {carriedOver} carried over from last year, so the text may count those too',
    },
    none: {
      'zh-CN': '正文“{claim}”表示没有，但{quantity}为 {table}',
      en: 'The text “{claim}” says there were none, but {quantity} is {table}',
    },
  },
  check(context) {
    const data = context.data;
    if (!isPlainObject(data)) return;
    const settings = {
      ...(typeof data.year === 'number' ? { year: data.year } : {}),
      jurisdiction: jurisdictionOf(typeof data.agency === 'string' ? data.agency : undefined, data.agency_kind),
    };
    const tables = new TableView(data, context.template);
    for (const key of TEXT_SECTION_KEYS) {
      const text = data[key];
      if (typeof text !== 'string') continue;
      for (const claim of extractClaims(text, settings)) {
        const table = tables.valueOf(claim.quantity);
        if (table === undefined || table === claim.stated) continue;
        const carriedOver = tables.carriedOverFor(claim.quantity);
        const addsCarriedOver = !claim.negation && carriedOver !== undefined && carriedOver > 0 && claim.stated === table + carriedOver;
        context.report({
          messageId: claim.negation ? 'none' : addsCarriedOver ? 'mismatchCarriedOver' : 'mismatch',
          path: `/${key}`,
          textSpan: claim.span,
          data: {
            claim: claim.phrase,
            quantity: labelOf(claim.quantity, context.template),
            stated: claim.stated,
            table,
            difference: signed(claim.stated - table),
            ...(addsCarriedOver ? { carriedOver } : {}),
          },
        });
      }
    }
  },
};
