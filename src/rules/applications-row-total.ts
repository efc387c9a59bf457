import { describePath } from '../model/labels.js';
import { relationRule, sumOf } from './_relation-rule.js';

export const applicationsRowTotal = relationRule({
  id: 'applications-row-total',
  description: {
    'zh-CN': '表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    en: 'Table 三, every row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
  },
  mismatch: {
    'zh-CN':
      '{row}：总计为 {total}，但 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = {sum:sum} = {rightSum}，相差 {difference:signed}',
    en: '{row}: 总计 is {total}, but 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = {sum:sum} = {rightSum} (difference {difference:signed})',
  },
  describe(evaluation, context) {
    return {
      row: describePath(evaluation.relation.row ?? '', context.template),
      total: evaluation.leftSum,
      sum: sumOf(evaluation, evaluation.relation.right),
    };
  },
});
