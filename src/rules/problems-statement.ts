import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { SECTIONS } from '../model/template.js';

const PUNCTUATION = /[\s"'“”‘’「」『』。.，,、；;：:！!（）()]/gu;
/** 无, 暂无, 没有, 本年度无, 暂无问题, 无存在的主要问题 …: the whole part says there is nothing. */
const ONLY_NONE = /^(?:本年度?|今年|全年|本机关|我单位)?(?:暂无|无|没有|暂未发现|未发现)(?:存在的?)?(?:主要)?(?:问题)?(?:及改进情况)?$/u;

/**
 * Part 五 states the main problems of the year's disclosure work and what is done about them
 * (《条例》第五十条第（四）项): every body has some to report, so a 五 that says only “无” or “暂无” is a warning.
 */
export const problemsStatement: Rule = {
  id: 'problems-statement',
  severity: 'warning',
  description: {
    'zh-CN': '“五、存在的主要问题及改进情况”写明问题和改进措施，不只写“无”“暂无”',
    en: 'Part 五 states the main problems and what is done about them, not just “无” or “暂无”',
  },
  messages: {
    onlyNone: {
      'zh-CN': '「{section}」只写了“{text}”：《条例》第五十条第（四）项要求报告工作中存在的主要问题及改进情况，请写明具体问题和改进措施',
      en: 'Part 「{section}」 says only “{text}”: article 50 (4) of the Regulations asks for the main problems of the work and how they are being addressed — state them',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const text = context.data.problems;
    if (typeof text !== 'string' || text.trim() === '') return; // required-sections reports a missing or empty part
    if (!ONLY_NONE.test(text.replace(PUNCTUATION, ''))) return;
    context.report({ messageId: 'onlyNone', path: '/problems', data: { section: SECTIONS.problems.zh, text: text.trim() } });
  },
};
