/**
 * The report's metadata from its title and the page's own data: `{机关}{YYYY}年(度)政府信息公开(工作)年度报告`
 * gives the agency and the year; a page's 发布日期 / 发布时间 / 公开日期 line (or its PubDate meta) the
 * publication date; a 原文链接 line or the canonical link the source address. Only what is written:
 * nothing is inferred from the agency's kind or the date of a signature.
 */
import type { PageMeta } from '../read/document.js';
import { normalize } from './normalize.js';

export interface Metadata {
  agency?: string;
  year?: number;
  published?: string;
  source?: string;
}

/** A title, matched in the normalised text (spaces dropped, traditional characters simplified). */
const TITLE =
  /^[#*]*(?:标题:)?(?:关于(?:印发|公布|发布)?)?([\p{Script=Han}()·]{0,40}?)(?:关于)?((?:19|20)\d{2})年度?的?政府信息公开(?:工作)?(?:年度)?报告/du;
const AGENCY_LINE =
  /^[\p{Script=Han}（）()]{2,40}(?:人民政府|政府|局|委员会|[委镇乡院所厅署部队站会馆处室区]|办公室|办公厅|办事处|街道|中心)$/u;
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;
const PUBLISHED =
  /(?:发布日期|发布时间|公开日期|发文日期|(?<!统计)时间)\s*(?:[:：]\s*)?((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/u;
const SOURCE = /原文链接\s*[:：]\s*(https?:\/\/\S+)/u;
const PERIOD = /统计(?:期限|时限|时间段?)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/u;

function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const clean = (text: string) => text.replace(/[\s#*]+/gu, '');

/** Agency and year from a title; the agency, as written, may be on a line of its own next to it. */
function fromTitle(lines: readonly string[]): { agency?: string; year?: number } {
  // A title may be broken over two or three lines (a narrow page, a PDF).
  const candidates = [0, 1, 2].flatMap((extra) => lines.slice(extra).map((_, i) => [i, i + extra] as const));
  for (const [i, j] of candidates) {
    const line = lines.slice(i, j + 1).join('');
    const norm = normalize(line);
    const m = TITLE.exec(norm.text);
    if (!m) continue;
    const year = Number(m[2]);
    const [from, to] = m.indices![1]!;
    let agency = from === to ? '' : clean(line.slice(norm.origin[from], norm.origin[to - 1]! + 1));
    if (agency === '') {
      const neighbour = [lines[j + 1], lines[i - 1]].map((l) => (l === undefined ? '' : clean(l))).find((l) => AGENCY_LINE.test(l));
      agency = neighbour ?? '';
    }
    return agency ? { agency, year } : { year };
  }
  return {};
}

/**
 * `head`: the lines before the first heading (where pages put their title and data); `text` the
 * whole report, for the statistics period when no title gives the year.
 */
export function readMetadata(head: readonly string[], text: string, page: PageMeta): Metadata {
  const meta: Metadata = {};
  const titled = fromTitle([...(page.title ? [page.title] : []), ...head.slice(0, 40)]);
  if (titled.agency) meta.agency = titled.agency;
  if (titled.year) meta.year = titled.year;
  if (!meta.agency && page.agency && AGENCY_LINE.test(clean(page.agency))) meta.agency = clean(page.agency);
  if (!meta.year) {
    const period = PERIOD.exec(text);
    if (period) meta.year = Number(period[1]);
  }
  const published = (page.published && isoDate(page.published)) || head.map((l) => PUBLISHED.exec(l)?.[1]).find((d) => d !== undefined);
  if (published) {
    const date = isoDate(published);
    if (date) meta.published = date;
  }
  const source = page.source ?? head.map((l) => SOURCE.exec(l)?.[1]).find((s) => s !== undefined);
  if (source) meta.source = source;
  return meta;
}
