import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { PROACTIVE_2019, PROACTIVE_2021, SECTIONS, TEXT_SECTION_KEYS } from '../model/template.js';

/** The 2021 template was issued on 2021-09-29 (国办公开办函〔2021〕30号, 成文 2021-09-26). */
const ISSUED_2021 = '2021-09-29';
const FIRST_YEAR_2021 = 2021;

/** 国办公开办函〔2019〕60号 (brackets as people type them) and 〔2021〕30号. */
const CITES_2019 = /国办公开办函\s*(?:[〔［[【(（]\s*)?2019\s*(?:[〕］\]】)）]\s*)?(?:第\s*)?60\s*号/u;
// Only tested for, so an opening bracket before the year need not be matched (from every space before it, it was rescanned).
const CITES_2021 = /2021\s*(?:[〕］\]】)）]\s*)?(?:第\s*)?30\s*号/u;

/** Table 二 rows and columns that exist only in the 2019 template, with their labels. */
function rows2019In(proactive: unknown): { key: string; label: string }[] {
  if (!isPlainObject(proactive)) return [];
  const found: { key: string; label: string }[] = [];
  for (const spec of Object.values(PROACTIVE_2019)) {
    const value = proactive[spec.key];
    if (value === undefined) continue;
    const label = `${spec.item} ${spec.zh}`;
    if (!Object.hasOwn(PROACTIVE_2021, spec.key)) {
      // 其他对外管理服务事项, 第二十条第（九）项 政府集中采购
      found.push({ key: spec.key, label });
    } else if (isPlainObject(value)) {
      // 本年新制作数量 … for 规章 and 规范性文件; 上一年项目数量, 本年增/减 … where 2021 has one number
      const column = (spec.columns ?? []).find((c) => Object.hasOwn(value, c.key));
      if (column) found.push({ key: `${spec.key}/${column.key}`, label: `${label} ${column.zh}` });
    }
  }
  return found;
}

export const templateVersion: Rule = {
  id: 'template-version',
  severity: 'error',
  description: {
    'zh-CN': '年报格式与报告年度相符：2021 年度起用国办公开办函〔2021〕30号格式，2019、2020 年度用〔2019〕60号格式',
    en: 'The template fits the report year: 国办公开办函〔2021〕30号 from 2021 on, 〔2019〕60号 for 2019 and 2020',
  },
  messages: {
    oldTemplate: {
      'zh-CN':
        '{year}年度报告应使用国办公开办函〔2021〕30号印发的年度报告格式，但 template 为 "2019"（国办公开办函〔2019〕60号，只适用于2019、2020年度）',
      en: 'A report for {year} must use the template of 国办公开办函〔2021〕30号, but template is "2019" (国办公开办函〔2019〕60号, for 2019 and 2020 only)',
    },
    notYetIssued: {
      'zh-CN':
        '{year}年度报告发布于 {published}，当时国办公开办函〔2021〕30号格式尚未印发（2021年9月29日发布）：应为 template: "2019"（国办公开办函〔2019〕60号）',
      en: 'The report for {year} was published on {published}, before the template of 国办公开办函〔2021〕30号 was issued (29 September 2021): it should be template: "2019" (国办公开办函〔2019〕60号)',
    },
    notYetIssuedNoDate: {
      'zh-CN':
        '{year}年度报告应使用国办公开办函〔2019〕60号格式（template: "2019"）：国办公开办函〔2021〕30号格式2021年9月29日才发布，从2021年度报告起适用',
      en: 'A report for {year} uses the template of 国办公开办函〔2019〕60号 (template: "2019"): 国办公开办函〔2021〕30号 was issued on 29 September 2021 and applies from the 2021 reports on',
    },
    oldRows: {
      'zh-CN':
        '{year}年度报告的表二含有2019版格式（国办公开办函〔2019〕60号）才有的栏目：{labels}；2021版格式（国办公开办函〔2021〕30号）已删除或改写这些栏目',
      en: 'Table 二 of the report for {year} has items of the 2019 template (国办公开办函〔2019〕60号) only: {labels}; the 2021 template (国办公开办函〔2021〕30号) removed or replaced them',
    },
    citesOldTemplate: {
      'zh-CN': '「{section}」援引“{text}”：{year}年度报告的格式依据是国办公开办函〔2021〕30号，〔2019〕60号格式已被替代',
      en: '「{section}」 cites “{text}”: the format of a report for {year} is 国办公开办函〔2021〕30号; 〔2019〕60号 has been replaced',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const data = context.data;
    const year = data.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 2019) return;
    const template = data.template;

    if (year >= FIRST_YEAR_2021 && template === '2019') {
      context.report({ messageId: 'oldTemplate', path: '/template', data: { year } });
    }
    if (year < FIRST_YEAR_2021 && template === '2021') {
      const published = typeof data.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.published) ? data.published : undefined;
      // Published on or after the 2021 template was issued (a late or revised report): it may really use it.
      if (published === undefined) context.report({ messageId: 'notYetIssuedNoDate', path: '/template', data: { year } });
      else if (published < ISSUED_2021) context.report({ messageId: 'notYetIssued', path: '/template', data: { year, published } });
    }
    if (year >= FIRST_YEAR_2021 && template === '2021') {
      const old = rows2019In(data.proactive);
      if (old.length > 0) {
        context.report({
          messageId: 'oldRows',
          path: `/proactive/${old[0]!.key}`,
          atKey: true,
          data: { year, labels: old.map((o) => o.label) },
        });
      }
    }
    if (year >= FIRST_YEAR_2021) {
      for (const key of TEXT_SECTION_KEYS) {
        const text = data[key];
        if (typeof text !== 'string') continue;
        const cited = CITES_2019.exec(text);
        // A text that cites both is talking about the change of template, not using the old one.
        if (!cited || CITES_2021.test(text)) continue;
        context.report({
          messageId: 'citesOldTemplate',
          path: `/${key}`,
          textSpan: [cited.index, cited.index + cited[0].length],
          data: { section: SECTIONS[key].zh, text: cited[0], year },
        });
      }
    }
  },
};
