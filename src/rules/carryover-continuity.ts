import type { Rule } from '../engine/types.js';
import { readCount } from '../model/relations.js';
import { APPLICANT_COLUMNS } from '../model/template.js';
import { isPlainObject } from '../model/pointer.js';

const yearOf = (data: unknown) => (isPlainObject(data) && typeof data.year === 'number' ? data.year : '?');

export const carryoverContinuity: Rule = {
  id: 'carryover-continuity',
  severity: 'error',
  across: 'consecutive-years',
  description: {
    'zh-CN': '本年“二、上年结转”逐列等于上一年度报告的“四、结转下年度继续办理”',
    en: "This year's 二 carried over equals last year's 四 carried forward, column by column",
  },
  messages: {
    mismatch: {
      'zh-CN':
        '表三「二、上年结转政府信息公开申请数量」「{column}」为 {carriedOver}，但 {previousYear} 年报告（{previousFile}）「四、结转下年度继续办理」「{column}」为 {previousCarriedForward}，相差 {difference:signed}',
      en: 'Table 三 「二、上年结转政府信息公开申请数量」「{column}」 is {carriedOver}, but the {previousYear} report ({previousFile}) carried forward 「四、结转下年度继续办理」「{column}」 {previousCarriedForward} (difference {difference:signed})',
    },
  },
  checkPair({ earlier, later, report }) {
    APPLICANT_COLUMNS.forEach((column, index) => {
      const carriedOver = readCount(later.data, `/applications/carried_over/${index}`);
      const carriedForward = readCount(earlier.data, `/applications/carried_forward/${index}`);
      if (carriedOver.kind === 'invalid' || carriedForward.kind === 'invalid') return;
      const now = carriedOver.kind === 'number' ? carriedOver.value : 0;
      const before = carriedForward.kind === 'number' ? carriedForward.value : 0;
      if (now === before) return;
      report({
        messageId: 'mismatch',
        path: `/applications/carried_over/${index}`,
        relatedPath: `/applications/carried_forward/${index}`,
        data: {
          column: column.zh,
          carriedOver: now,
          previousCarriedForward: before,
          difference: now - before,
          previousYear: yearOf(earlier.data),
          previousFile: earlier.file,
          expected: before,
        },
      });
    });
  },
};
