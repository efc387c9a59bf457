import { describePath } from '../model/labels.js';
import { relationRule, sumOf } from './_relation-rule.js';

export const appealsTotal = relationRule({
  id: 'appeals-total',
  description: {
    'zh-CN': '表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 四, every group (行政复议, 未经复议直接起诉, 复议后起诉): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  },
  mismatch: {
    'zh-CN': '{group}：总计为 {total}，但 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {sum:sum} = {rightSum}，相差 {difference:signed}',
    en: '{group}: 总计 is {total}, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {sum:sum} = {rightSum} (difference {difference:signed})',
  },
  describe(evaluation, context) {
    return {
      group: describePath(evaluation.relation.row ?? '', context.template),
      total: evaluation.leftSum,
      sum: sumOf(evaluation, evaluation.relation.right),
    };
  },
});
