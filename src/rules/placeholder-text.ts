import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { METADATA, SECTIONS, TEXT_SECTION_KEYS } from '../model/template.js';

/**
 * Leftover template text. Each pattern is written so that ordinary text does not match:
 * a run of X is not part of a Latin word (XXL, xxgk), a single × or X only counts before 年/月/日
 * and not after a digit (3×4), ASCII asterisks only before a unit (Markdown **bold** is not a placeholder).
 */
const PLACEHOLDERS: readonly RegExp[] = [
  // XX局, ××年, ＸＸ, ＊＊ — two or more marks standing for a name or a number
  /(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?:[XＸ]{2,}|[xｘ]{2,}|[×✕╳]{2,}|＊{2,}|(?<![一二三四五六七八九十〇零○])[○〇]{2,}(?=[局委办厅县市区镇乡街]))(?![A-Za-z0-9Ａ-Ｚａ-ｚ])/gu,
  // XX年X月X日, X月X日 — a date left blank, as one placeholder
  /(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?:[XＸxｘ×]{1,4}\s*年\s*)?[XＸxｘ×]{1,2}\s*月\s*(?:[XＸxｘ×]{1,2}\s*日)?/gu,
  // X年, X日 — a single mark before a date unit
  /(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])[XＸxｘ×](?=\s*[年月日])/gu,
  // **年**月**日, 共**件
  /(?<![*0-9０-９])\*{2,}(?=[年月日号件条人次个])/gu,
  // （单位名称） 【政策名称】 “具体重大政策名称” — a bracketed name of what should be written there
  /[（(【[［〔「『“<〈《][^（()）【】[\]［］〔〕「」『』“”<>〈〉《》，。；,;、\n]{0,15}名称\s*[）)】\]］〕」』”>〉》]/gu,
  // 【 】 （ ） ［ ］ — empty brackets
  /[【［〔《]\s*[】］〕》]|（\s*）|\(\s*\)/gu,
  // 此处填写, 请填写, 在此输入
  /(?:此处|在此)(?:填写|填入|输入|补充)|请(?:填写|填入|输入)/gu,
];

interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every placeholder in a text, in order, without overlaps. */
function findPlaceholders(text: string): Found[] {
  const all: Found[] = [];
  for (const pattern of PLACEHOLDERS) {
    for (const match of text.matchAll(pattern)) {
      // “具体重大政策名称”: the quotes are the report's, the placeholder is what they enclose.
      const quoted = /^[“「『].*[”」』]$/u.test(match[0]);
      const start = quoted ? match.index + 1 : match.index;
      const end = match.index + match[0].length - (quoted ? 1 : 0);
      all.push({ start, end, text: text.slice(start, end) });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const found of all) {
    const last = kept[kept.length - 1];
    if (!last || found.start >= last.end) kept.push(found);
  }
  return kept;
}

export const placeholderText: Rule = {
  id: 'placeholder-text',
  severity: 'error',
  description: {
    'zh-CN': '残留的模板占位文字：XX、××、（单位名称）、“具体…名称”、空的【 】、此处填写',
    en: 'Leftover template text: XX, ××, （单位名称）, “具体…名称”, empty 【 】, 此处填写',
  },
  messages: {
    placeholder: {
      'zh-CN': '「{field}」残留模板占位文字“{text}”：请替换为实际内容',
      en: '「{field}」 still has the template placeholder “{text}”: replace it with the real text',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const fields: { key: string; label: string }[] = [
      { key: 'agency', label: METADATA.agency.zh },
      ...TEXT_SECTION_KEYS.map((key) => ({ key, label: SECTIONS[key].zh })),
    ];
    for (const { key, label } of fields) {
      const text = context.data[key];
      if (typeof text !== 'string') continue;
      for (const found of findPlaceholders(text)) {
        context.report({
          messageId: 'placeholder',
          path: `/${key}`,
          textSpan: [found.start, found.end],
          data: { field: label, text: found.text },
        });
      }
    }
  },
};
