import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { SECTIONS, TEXT_SECTION_KEYS } from '../model/template.js';

/** Texts this similar (Dice coefficient of character pairs, digits and spaces ignored) are 内容雷同. */
const SIMILARITY_THRESHOLD = 0.9;
/** Shorter texts (a line saying there is nothing to report) are alike by nature. */
const MIN_LENGTH = 60;

/** Years and figures change from year to year in a copied text; they do not make it new. */
const normalise = (text: string) => text.replace(/[\s\d０-９]+/g, '');

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over the multisets of adjacent character pairs: 1 for the same text, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

export const duplicateText: Rule = {
  id: 'duplicate-text',
  severity: 'warning',
  across: 'consecutive-years',
  description: {
    'zh-CN': '一、五、六部分与上一年度报告内容雷同（年度报告通知把“内容雷同”列为追责情形）',
    en: 'Parts 一, 五 and 六 nearly identical to last year’s report (内容雷同 is a named ground for sanctions)',
  },
  messages: {
    similar: {
      'zh-CN': '「{section}」与 {previousYear} 年报告（{previousFile}）的同一部分 {similarity}% 相同（不计数字和空白），疑似沿用上年文字',
      en: 'Part 「{section}」 is {similarity}% the same as in the {previousYear} report ({previousFile}), figures and spaces aside: last year’s text reused?',
    },
  },
  checkPair({ earlier, later, report }) {
    if (!isPlainObject(earlier.data) || !isPlainObject(later.data)) return;
    for (const key of TEXT_SECTION_KEYS) {
      const before = earlier.data[key];
      const now = later.data[key];
      if (typeof before !== 'string' || typeof now !== 'string') continue;
      const a = normalise(before);
      const b = normalise(now);
      if (Math.min(a.length, b.length) < MIN_LENGTH) continue;
      const score = similarity(a, b);
      if (score < SIMILARITY_THRESHOLD) continue;
      report({
        messageId: 'similar',
        path: `/${key}`,
        atKey: true,
        relatedPath: `/${key}`,
        data: {
          section: SECTIONS[key].zh,
          similarity: Math.floor(score * 100),
          previousYear: typeof earlier.data.year === 'number' ? earlier.data.year : '?',
          previousFile: earlier.file,
        },
      });
    }
  },
};
