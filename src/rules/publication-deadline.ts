import type { Rule } from '../engine/types.js';
import { isPlainObject } from '../model/pointer.js';
import { agencyKindOf } from './_agency-kind.js';

const DAY = 24 * 60 * 60 * 1000;
/** The 2019 Regulations (in force 2019-05-15) set the dates; reports for 2018 and before fell under the 2007 text. */
const FIRST_YEAR = 2019;

/** Milliseconds since the epoch of a real calendar date written YYYY-MM-DD, or undefined (2023-02-30 is not a date). */
function dateOf(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

export const publicationDeadline: Rule = {
  id: 'publication-deadline',
  severity: 'warning',
  description: {
    'zh-CN': '发布日期不晚于《条例》第四十九条的期限：政府部门次年1月31日，人民政府次年3月31日；也不早于报告年度结束',
    en: 'Published by the deadline of Regulations art. 49: 31 January of the next year for a department, 31 March for a people’s government; and not before the year has ended',
  },
  messages: {
    lateDepartment: {
      'zh-CN': '发布日期 {published} 晚于 {deadline}：《条例》第四十九条要求政府部门在每年1月31日前公布上一年度报告，逾期 {days} 天',
      en: 'Published on {published}, after {deadline}: Regulations art. 49 has departments publish by 31 January of the next year ({days:count:day} late)',
    },
    lateGovernment: {
      'zh-CN': '发布日期 {published} 晚于 {deadline}：《条例》第四十九条要求人民政府的年度报告在每年3月31日前公布，逾期 {days} 天',
      en: 'Published on {published}, after {deadline}: Regulations art. 49 has people’s governments publish by 31 March of the next year ({days:count:day} late)',
    },
    lateUnsure: {
      'zh-CN':
        '发布日期 {published} 晚于 {deadline}，逾期 {days} 天：即使按《条例》第四十九条较晚的期限（人民政府，每年3月31日前）计算也已逾期（从机关名称无法判断是部门还是人民政府，可用 agency_kind 写明）',
      en: 'Published on {published}, {days:count:day} after {deadline}: late even by the later deadline of Regulations art. 49 (people’s governments, 31 March); the name does not tell whether this is a department or a people’s government (say so with agency_kind)',
    },
    lateTownship: {
      'zh-CN':
        '发布日期 {published} 晚于 {deadline}，逾期 {days} 天：《条例》第四十九条没有规定乡镇、街道年度报告的公布日期，但按县级以上人民政府的期限（每年3月31日前）计算也已逾期',
      en: 'Published on {published}, {days:count:day} after {deadline}: Regulations art. 49 sets no date for townships and subdistricts, but this is late even by the date for people’s governments above them (31 March)',
    },
    beforeYearEnd: {
      'zh-CN': '发布日期 {published} 早于{year}年度结束（{yearEnd}）：年度报告在次年发布，请核对发布日期（published）或报告年度（year）',
      en: 'Published on {published}, before the year {year} ended ({yearEnd}): an annual report is published the next year; check published and year',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const data = context.data;
    const year = data.year;
    // A year outside the schema's range is the schema rule's finding; dates cannot be built for it.
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9998 || typeof data.published !== 'string') return;
    const published = dateOf(data.published);
    if (published === undefined) return;

    const yearEnd = Date.UTC(year, 11, 31);
    if (published <= yearEnd) {
      context.report({ messageId: 'beforeYearEnd', path: '/published', data: { published: data.published, year, yearEnd: iso(yearEnd) } });
      return;
    }
    if (year < FIRST_YEAR) return;
    const info = agencyKindOf(data);
    if (!info) return;
    // 乡镇、街道: 第四十九条 sets no date; local rules are all earlier than 3月31日, so that bound is safe.
    const department = info.kind === 'department' && !info.township;
    const deadline = department ? Date.UTC(year + 1, 0, 31) : Date.UTC(year + 1, 2, 31);
    if (published <= deadline) return;
    const messageId = department
      ? 'lateDepartment'
      : info.township
        ? 'lateTownship'
        : info.kind === 'government'
          ? 'lateGovernment'
          : 'lateUnsure';
    context.report({
      messageId,
      path: '/published',
      data: { published: data.published, deadline: iso(deadline), days: Math.round((published - deadline) / DAY) },
    });
  },
};
