import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';

export const duplicateReport: Rule = {
  id: 'duplicate-report',
  severity: 'error',
  across: 'same-year',
  description: {
    'zh-CN': '同一机关同一年度只有一份报告：两个文件的发布机关和报告年度相同',
    en: 'One report per body and year: two files with the same agency and year',
  },
  messages: {
    duplicate: {
      'zh-CN': '与 {otherFile} 重复：两份都是「{agency}」{year} 年度的报告',
      en: 'Duplicates {otherFile}: both are the {year} report of 「{agency}」',
    },
  },
  checkPair({ earlier, later, report }) {
    const agency = isPlainObject(later.data) && typeof later.data.agency === 'string' ? later.data.agency : '?';
    const year = isPlainObject(later.data) && typeof later.data.year === 'number' ? later.data.year : '?';
    report({ messageId: 'duplicate', path: '/year', relatedPath: '/year', data: { otherFile: earlier.file, agency, year } });
  },
};
