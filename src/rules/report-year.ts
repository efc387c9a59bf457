import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { SECTIONS, TEXT_SECTION_KEYS } from '../model/template.js';

/** How many years back a year is taken for last year's text: 2022 and 2021 in a 2023 report. */
const YEARS_BACK = 2;

/** A year written as YYYY年 or YYYY年度 (digits may be full-width, “2023 年” has a space). */
const YEAR = /([0-9０-９]{4})\s*年(度)?/gu;
/** Where a sentence or clause ends: the text before a year that opens one. */
const BOUNDARY = /[。；;！!？?：:\n]/u;
/** Heading markers that may stand between a boundary and the year: （一） (1) 一、 1. 1、 */
const HEADING_BEFORE =
  /[。；;！!？?：:\n]\s*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*)?$/u;
/** What follows a year that names the period the sentence is about: “2022年，” “2022年我局” “2022年度共”. */
const PERIOD_AFTER =
  /^\s*(?:[，,]|全年|共(?![同享建治商])|我(?:[局委办厅署室院馆所站队县市区镇乡司会]|中心|单位|部门|机关|街道)|本(?:[局委办厅署室院馆所站队]|中心|单位|部门|机关))/u;
/** What follows a year that names the period even in mid-sentence: “我局2022年共收到…” “2022年全年”. */
const PERIOD_AFTER_INNER = /^\s*(?:全年|共计|共(?:收到|受理|新收|办理|办结|答复|发布|公开|主动公开|处理))/u;
/** Words just before a year that make it a point of comparison or a starting point. */
const REFERENCE_BEFORE = /(?:[较比与和同及或、至到自从于在继]|截至|截止|对比|相比|超过|高于|低于|早于|晚于|延续|沿用)\s*$/u;
/** The statistical period of the report: 统计期限为2022年1月1日至12月31日. */
const PERIOD_DATE_AFTER = /^\s*(?:0?1\s*月\s*0?1\s*日|12\s*月\s*31\s*日)/u;

/** Words that open a passage about last year in 五. */
const LOOKING_BACK = /整改|上年度|上一年度|上年|去年|往年/u;

const toAscii = (digits: string) => digits.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The sentence around a position: from the last boundary before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !BOUNDARY.test(text[to]!)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/** Whether a past year at [start, end) stands for the period the text reports on. */
function namesReportingPeriod(text: string, start: number, end: number, reportYear: number, looksBack: boolean): boolean {
  const { before, after } = sentenceAround(text, start, end);
  // 五 often has a passage on last year's problems (上年度问题整改情况): years there are last year's on purpose.
  if (looksBack && LOOKING_BACK.test(text.slice(Math.max(0, start - 80), start))) return false;
  const sentence = before + after;
  // Inside a title 《…》 the year belongs to the document's name.
  if ((before.match(/《/gu)?.length ?? 0) > (before.match(/》/gu)?.length ?? 0)) return false;
  // A sentence that also names this year, or says what was put right, looks back on purpose.
  if (new RegExp(`(?<![0-9０-９])${reportYear}\\s*年|今年|整改`, 'u').test(sentence)) return false;
  const rest = text.slice(end);
  const isStatisticalPeriod = /统计/u.test(sentence) && /12\s*月\s*31\s*日/u.test(sentence) && PERIOD_DATE_AFTER.test(rest);
  if (isStatisticalPeriod) return true;
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  // The start of the text counts as a boundary.
  const head = start > 12 ? text.slice(start - 12, start) : `\n${text.slice(0, start)}`;
  const opensClause = HEADING_BEFORE.test(head);
  return opensClause ? PERIOD_AFTER.test(rest) : PERIOD_AFTER_INNER.test(rest);
}

export const reportYear: Rule = {
  id: 'report-year',
  severity: 'warning',
  description: {
    'zh-CN': '正文把上一年（或前两年）写成报告期，如 2023 年度报告的总体情况写“2022年，我局……”：疑似沿用上年文本',
    en: 'The text gives last year (or the year before) as the period reported on, e.g. “2022年，我局……” in a 2023 report: last year’s text pasted in',
  },
  messages: {
    pastYear: {
      'zh-CN': '「{section}」把“{found}”写成报告期，但本报告是{year}年度报告：疑似沿用了{foundYear}年度的文本（本部分共 {count} 处）',
      en: '「{section}」 gives “{found}” as the period reported on, but this is the report for {year}: text of the {foundYear} report pasted in? ({count:count:place} in this part)',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const year = context.data.year;
    if (typeof year !== 'number' || !Number.isInteger(year)) return;
    for (const key of TEXT_SECTION_KEYS) {
      const text = context.data[key];
      if (typeof text !== 'string') continue;
      const hits: RegExpExecArray[] = [];
      for (const match of text.matchAll(YEAR)) {
        const found = Number(toAscii(match[1]!));
        if (found >= year || found < year - YEARS_BACK) continue;
        // Part of a longer number (a 6-digit code, 12023年) is not a year.
        if (match.index > 0 && /[0-9０-９]/u.test(text[match.index - 1]!)) continue;
        if (namesReportingPeriod(text, match.index, match.index + match[0].length, year, key === 'problems')) hits.push(match);
      }
      const first = hits[0];
      if (!first) continue;
      context.report({
        messageId: 'pastYear',
        path: `/${key}`,
        textSpan: [first.index, first.index + first[0].length],
        data: {
          section: SECTIONS[key].zh,
          found: first[0].replace(/\s+/gu, ''),
          foundYear: Number(toAscii(first[1]!)),
          year,
          count: hits.length,
        },
      });
    }
  },
};
