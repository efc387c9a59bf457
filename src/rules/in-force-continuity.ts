import type { Rule } from '../engine/types.js';
import { isPlainObject, valueAt } from '../model/pointer.js';
import { PROACTIVE_2021 } from '../model/template.js';

const ROWS = [PROACTIVE_2021.regulations, PROACTIVE_2021.normative_documents];

const count = (data: unknown, pointer: string): number | undefined => {
  const value = valueAt(data, pointer);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
};

export const inForceContinuity: Rule = {
  id: 'in-force-continuity',
  severity: 'warning',
  across: 'consecutive-years',
  description: {
    'zh-CN': '现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）',
    en: '现行有效件数 = last year’s 现行有效件数 + 本年制发件数 − 本年废止件数 (规章 and 行政规范性文件)',
  },
  messages: {
    mismatch: {
      'zh-CN':
        '表二「{row}」现行有效件数为 {inForce}，但 {previousYear} 年报告（{previousFile}）的现行有效件数 {previousInForce} + 本年制发件数 {issued} − 本年废止件数 {repealed} = {expected}，相差 {difference:signed}（修订、清理口径不同时可能合理）',
      en: 'Table 二 「{row}」 现行有效件数 is {inForce}, but the {previousYear} report ({previousFile}) had {previousInForce}, + 本年制发件数 {issued} − 本年废止件数 {repealed} = {expected} (difference {difference:signed}; a revision or clean-up may explain it)',
    },
  },
  checkPair({ earlier, later, report }) {
    // Only the 2021 template counts documents in force; the 2019 table's columns mean something else.
    if (earlier.template !== '2021' || later.template !== '2021') return;
    for (const row of ROWS) {
      const base = `/proactive/${row.key}`;
      const inForce = count(later.data, `${base}/in_force`);
      const issued = count(later.data, `${base}/issued`);
      const repealed = count(later.data, `${base}/repealed`);
      const previousInForce = count(earlier.data, `${base}/in_force`);
      if (inForce === undefined || issued === undefined || repealed === undefined || previousInForce === undefined) continue;
      const expected = previousInForce + issued - repealed;
      if (expected === inForce) continue;
      const difference = inForce - expected;
      report({
        messageId: 'mismatch',
        path: `${base}/in_force`,
        relatedPath: `${base}/in_force`,
        data: {
          row: row.zh,
          inForce,
          previousInForce,
          issued,
          repealed,
          expected,
          difference,
          previousYear: isPlainObject(earlier.data) && typeof earlier.data.year === 'number' ? earlier.data.year : '?',
          previousFile: earlier.file,
        },
      });
    }
  },
};
