import { APPLICANT_COLUMNS } from '../model/template.js';
import { relationRule } from './_relation-rule.js';

export const applicationsBalance = relationRule({
  id: 'applications-balance',
  description: {
    'zh-CN': '表三每一列：第一项加第二项之和，等于第三项加第四项之和（一 本年新收 + 二 上年结转 = （七）总计 + 四 结转下年度继续办理）',
    en: 'Table 三, every column: 一 new + 二 carried over = （七）总计 + 四 carried forward — the relation the template itself states',
  },
  mismatch: {
    'zh-CN':
      '表三「{column}」列不平衡：一、本年新收 {new} + 二、上年结转 {carriedOver} = {leftSum}，但 （七）总计 {total} + 四、结转下年度继续办理 {carriedForward} = {rightSum}，相差 {difference:signed}',
    en: 'Table 三, column 「{column}」 does not balance: 一 new {new} + 二 carried over {carriedOver} = {leftSum}, but （七）总计 {total} + 四 carried forward {carriedForward} = {rightSum} (difference {difference:signed})',
  },
  describe(evaluation) {
    const [newCell, carriedOverCell] = evaluation.relation.left;
    const [totalCell, carriedForwardCell] = evaluation.relation.right;
    const value = (p: string | undefined) => (p === undefined ? 0 : (evaluation.values.get(p) ?? 0));
    return {
      column: APPLICANT_COLUMNS[evaluation.relation.column ?? 0]!.zh,
      new: value(newCell),
      carriedOver: value(carriedOverCell),
      total: value(totalCell),
      carriedForward: value(carriedForwardCell),
    };
  },
});
