import type { Rule } from '../engine/types.js';
import { assessClaims } from '../narrative/assess.js';

/**
 * Numbers stated in the text sections (一、五、六) about the quantities of tables 三 and 四 must agree
 * with the tables. `src/narrative/` reads the claims (leaving out whatever it cannot tie to one quantity
 * of this body in this year) and sets each against the tables under every plausible reading; a claim is
 * reported only when every reading has a value the tables vouch for and none of them is the number stated.
 */
export const narrativeConsistency: Rule = {
  id: 'narrative-consistency',
  severity: 'warning',
  description: {
    'zh-CN':
      '正文中写明的申请、办理、结转、复议诉讼件数（收到申请 N 件、上年结转 N 件、予以公开 N 件、行政复议 N 件、未收到申请、所有申请均已办结……）与表三、表四一致',
    en: 'Counts stated in the text (applications received, carried over, disclosed, carried forward, reconsiderations, lawsuits, “no applications”, “all concluded”) agree with tables 三 and 四',
  },
  messages: {
    mismatch: {
      'zh-CN': '正文“{claim}”与表格不符：正文为 {stated}，{quantity}为 {table}，相差 {difference:signed}',
      en: 'The text “{claim}” does not match the table: it says {stated}, {quantity} is {table} (difference {difference:signed})',
    },
    mismatchReadings: {
      'zh-CN':
        '正文“{claim}”与表格不符：正文为 {stated}，{quantity}为 {table}，相差 {difference:signed}；按其他理解（{otherQuantities}），表格分别为 {otherTables}，也不相符',
      en: 'The text “{claim}” does not match the table: it says {stated}, {quantity} is {table} (difference {difference:signed}); read otherwise ({otherQuantities}), the table has {otherTables}, which do not match either',
    },
    mismatchCarriedOver: {
      'zh-CN':
        '正文“{claim}”与表格不符：正文为 {stated}，{quantity}为 {table}，相差 {difference:signed}；{stated} 恰为本年新收 {table} 与上年结转 {carriedOver} 之和，正文可能把上年结转的申请也算了进去',
      en: 'The text “{claim}” does not match the table: it says {stated}, {quantity} is {table} (difference {difference:signed}); {stated} is {table} new plus {carriedOver} carried over from last year, so the text may count those too',
    },
    none: {
      'zh-CN': '正文“{claim}”表示没有，但{quantity}为 {table}',
      en: 'The text “{claim}” says there were none, but {quantity} is {table}',
    },
    notAllConcluded: {
      'zh-CN': '正文“{claim}”表示申请均已办结，但{quantity}为 {table}：仍有申请结转下年度',
      en: 'The text “{claim}” says every application was concluded, but {quantity} is {table}: some are carried forward to next year',
    },
  },
  check(context) {
    for (const assessed of assessClaims(context.data, context.template)) {
      if (assessed.verdict !== 'differs') continue;
      const { claim, reading, readings, addsCarriedOver, section } = assessed;
      const table = reading.table!;
      const others = readings.filter((r) => r !== reading);
      const messageId =
        claim.form === 'allConcluded'
          ? 'notAllConcluded'
          : claim.form === 'none'
            ? 'none'
            : addsCarriedOver !== undefined
              ? 'mismatchCarriedOver'
              : others.length > 0
                ? 'mismatchReadings'
                : 'mismatch';
      context.report({
        messageId,
        path: `/${section}`,
        textSpan: claim.span,
        data: {
          claim: claim.phrase,
          quantity: reading.label,
          stated: claim.stated,
          table,
          difference: claim.stated - table,
          ...(addsCarriedOver !== undefined ? { carriedOver: addsCarriedOver } : {}),
          ...(messageId === 'mismatchReadings'
            ? { otherQuantities: others.map((r) => r.label), otherTables: others.map((r) => r.table!) }
            : {}),
        },
      });
    }
  },
};
