import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { SECTION_KEYS, SECTIONS, TEXT_SECTION_KEYS } from '../model/template.js';

/**
 * A text that says only “none”: 无, 暂无, 无。, “无” … In 一 that is no overview at all. In 六 it is a
 * statement (nothing else to report; `fee-statement` asks for the fee sentence), and a 五 that says only
 * “none” is `problems-statement`'s warning.
 */
const ONLY_NONE = /^[\s"'“”‘’「」。.，,、；;：:！!（）()]*(?:无|暂无|没有|本年度无)[\s"'“”‘’「」。.，,、；;：:！!（）()]*$/u;

export const requiredSections: Rule = {
  id: 'required-sections',
  severity: 'error',
  description: {
    'zh-CN': '六个部分齐全；一、五、六为非空文字，一不能只写“无”',
    en: 'All six parts are present; parts 一, 五 and 六 are written text, not empty, and 一 is not just “无”',
  },
  messages: {
    missing: { 'zh-CN': '缺少「{section}」（键 {key}）', en: 'Missing part 「{section}」 (key {key})' },
    empty: { 'zh-CN': '「{section}」尚未填写', en: 'Part 「{section}」 is empty' },
    onlyNone: {
      'zh-CN': '「{section}」只写了“{text}”：应说明具体情况（没有需要报告的内容时，也应写明原因）',
      en: 'Part 「{section}」 says only “{text}”: state the facts (if there is nothing to report, say why)',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const data = context.data;
    for (const key of SECTION_KEYS) {
      const section = SECTIONS[key].zh;
      if (!Object.hasOwn(data, key)) {
        context.report({ messageId: 'missing', path: `/${key}`, data: { section, key } });
      } else if (data[key] === null) {
        context.report({ messageId: 'empty', path: `/${key}`, atKey: true, data: { section } });
      }
    }
    for (const key of TEXT_SECTION_KEYS) {
      const text = data[key];
      if (typeof text !== 'string') continue;
      const section = SECTIONS[key].zh;
      if (text.trim() === '') context.report({ messageId: 'empty', path: `/${key}`, atKey: true, data: { section } });
      else if (key === 'overview' && ONLY_NONE.test(text))
        context.report({ messageId: 'onlyNone', path: `/${key}`, data: { section, text: text.trim() } });
    }
  },
};
