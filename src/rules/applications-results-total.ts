import { APPLICANT_COLUMNS } from '../model/template.js';
import { relationRule } from './_relation-rule.js';

export const applicationsResultsTotal = relationRule({
  id: 'applications-results-total',
  description: {
    'zh-CN': '表三每一列：（七）总计等于（一）至（六）各项办理结果之和（2021 版 21 行，2019 版 19 行）',
    en: 'Table 三, every column: （七）总计 equals the sum of the result rows （一）–（六） (21 rows; 19 in the 2019 template)',
  },
  mismatch: {
    'zh-CN': '表三「{column}」列：（七）总计为 {total}，但（一）至（六）共 {rows} 行办理结果之和为 {rightSum}，相差 {difference:signed}',
    en: 'Table 三, column 「{column}」: （七）总计 is {total}, but the {rows} result rows （一）–（六） add up to {rightSum} (difference {difference:signed})',
  },
  describe(evaluation) {
    return {
      column: APPLICANT_COLUMNS[evaluation.relation.column ?? 0]!.zh,
      total: evaluation.leftSum,
      rows: evaluation.relation.right.length,
    };
  },
});
