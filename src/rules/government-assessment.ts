import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { TEXT_SECTION_KEYS } from '../model/template.js';
import { agencyKindOf } from './_agency-kind.js';

/** The three results 第五十条第（四）项 asks a people's government for, and the words that count as covering each. */
const ITEMS = [
  { zh: '工作考核', words: /考核|考评/u },
  { zh: '社会评议', words: /评议|测评/u },
  { zh: '责任追究', words: /责任追究|追究责任|追责|问责/u },
] as const;

export const governmentAssessment: Rule = {
  id: 'government-assessment',
  severity: 'warning',
  description: {
    'zh-CN': '人民政府的年报说明工作考核、社会评议和责任追究结果情况（《条例》第五十条第（四）项）；政府部门不要求',
    en: 'A people’s government’s report covers 工作考核、社会评议和责任追究结果情况 (Regulations art. 50 (4)); departments are exempt',
  },
  messages: {
    missing: {
      'zh-CN':
        '{agency}是人民政府，年报应包括工作考核、社会评议和责任追究结果情况（《条例》第五十条第（四）项），但正文没有提到：{missing}',
      en: '{agency} is a people’s government: its report must cover 工作考核、社会评议和责任追究结果情况 (Regulations art. 50 (4)), but the text does not mention: {missing}',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const data = context.data;
    if (agencyKindOf(data)?.kind !== 'government') return;
    // 第五十条 of the 2019 Regulations; earlier reports were written under the 2007 text.
    if (typeof data.year === 'number' && data.year < 2019) return;
    const texts = TEXT_SECTION_KEYS.map((key) => data[key]).filter(
      (text): text is string => typeof text === 'string' && text.trim() !== '',
    );
    // No text at all: required-sections reports that.
    if (texts.length === 0) return;
    const missing = ITEMS.filter((item) => !texts.some((text) => item.words.test(text)));
    if (missing.length === 0) return;
    const agency = typeof data.agency === 'string' && data.agency.trim() !== '' ? data.agency.trim() : '本机关';
    const at = typeof data.overview === 'string' ? '/overview' : `/${TEXT_SECTION_KEYS.find((key) => typeof data[key] === 'string')!}`;
    context.report({ messageId: 'missing', path: at, atKey: true, data: { agency, missing: missing.map((item) => item.zh) } });
  },
};
