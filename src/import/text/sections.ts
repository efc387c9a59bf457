/**
 * The six headings of a report and the text between them. A heading is found in the normalised
 * text by the words of its title, in the variants real reports use (`四、因政府信息公开工作被申请行政复议
 * 提起行政诉讼情况`, `五、存在问题及改进情况`, `五、…整改措施`, `六、其他报告的事项`), not by its number:
 * reports misnumber their parts (two 三、, a missing 四、), and such a heading is found all the same and
 * remarked on. Headings are taken in order; one that starts a line is preferred to one inside a
 * paragraph (a crawler may have run the whole page into one line), and a title without a number only
 * counts when it stands on a line of its own.
 */
import { SECTION_KEYS, type SectionKey, SECTIONS } from '../../model/template.js';
import { CELL, type Flat } from '../read/document.js';
import type { Normalized } from './normalize.js';

/** A heading's number as written: `四、`, `4.` (`（四）` numbers the items inside a part, not a part). */
const NUMBER = String.raw`(?:([一二三四五六七八九十]{1,2}|\d{1,2})[,.])`;

/**
 * Each part by the words of its title and their variants; the number is read, not required. Words a
 * variant puts before the key words are only taken after a number, so that a match never starts
 * inside the line before.
 */
const HEADINGS: Record<SectionKey, RegExp> = {
  overview: new RegExp(`${NUMBER}?总体情况`, 'g'),
  proactive: new RegExp(`${NUMBER}?主动公开政府信息的?情况`, 'g'),
  applications: new RegExp(`${NUMBER}?收到和处理政府信息公开申请的?情况`, 'g'),
  appeals: new RegExp(
    // eslint-disable-next-line regexp/no-useless-non-capturing-group -- NUMBER's group is needed where it is optional
    `(?:${NUMBER}(?:(?!结转)[^。;:]){0,16}?|(?:政府信息公开|因政府信息公开工作被申请)?)行政复议[^。;:]{0,12}?行政诉讼的?情况`,
    'g',
  ),
  // eslint-disable-next-line regexp/no-useless-non-capturing-group -- NUMBER's group is needed where it is optional
  problems: new RegExp(`(?:${NUMBER}[^。;:]{0,16}?)?存在的?(?:主要)?问题(?:[^。;:]{0,3}?(?:改进|整改)的?(?:情况|措施|工作)?)?`, 'g'),
  other_matters: new RegExp(`${NUMBER}?其他[^。;:]{0,6}?事项`, 'g'),
};

const NUMERALS = '一二三四五六七八九十';

/** The number a heading is written with, as 1 … 10; undefined when it has none. */
function numberOf(match: RegExpExecArray): number | undefined {
  const written = match[1];
  if (written === undefined) return undefined;
  if (/^\d+$/.test(written)) return Number(written);
  if (written.length === 1) return NUMERALS.indexOf(written) + 1;
  return written === '十' ? 10 : undefined;
}

export interface Heading {
  readonly key: SectionKey;
  /** Offsets in the flattened text. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the normalised text. */
  readonly normStart: number;
  readonly normEnd: number;
  /** The number it is written with (1 … 10); undefined when it has none. */
  readonly number?: number;
}

/** The start of the line when only markup (`#`, spaces, bullets) stands between it and `offset`. */
function lineStartBefore(flat: Flat, offset: number): number | undefined {
  const lineStart = Math.max(flat.text.lastIndexOf('\n', offset - 1), flat.text.lastIndexOf(CELL, offset - 1)) + 1;
  return /^[\s#>*•·]*$/u.test(flat.text.slice(lineStart, offset)) ? lineStart : undefined;
}

/** True when the heading's line holds little else: a title without a number must stand on its own line. */
function aloneOnLine(flat: Flat, norm: Normalized, end: number): boolean {
  const from = norm.origin[end - 1]! + 1;
  const lineEnd = flat.text.indexOf('\n', from);
  return flat.text.slice(from, lineEnd < 0 ? flat.text.length : lineEnd).replace(/[\s\u001f:：。]/gu, '').length <= 2;
}

/**
 * Each part's heading, in order: of the places its words stand, the first that starts a line with the
 * template's number; else one inside a line with that number; else one starting a line with another
 * number (a misnumbered heading); else one alone on its line without a number.
 */
function headingsFrom(flat: Flat, norm: Normalized, start: number): Heading[] {
  const headings: Heading[] = [];
  let from = start;
  for (const key of SECTION_KEYS) {
    const expected = SECTION_KEYS.indexOf(key) + 1;
    const pattern = HEADINGS[key];
    pattern.lastIndex = from;
    let chosen: { match: RegExpExecArray; start: number; rank: number } | undefined;
    for (let m = pattern.exec(norm.text); m; m = pattern.exec(norm.text)) {
      const number = numberOf(m);
      // Breaks are gone from the normalised text: `12.36` ending a row and `3、` starting the next line
      // read `12.363,`. A number that continues one in the original is looked for again a character on.
      const written = m[1];
      const before = flat.text[norm.origin[m.index]! - 1] ?? '';
      const digits = written !== undefined && /^\d/.test(written);
      const apart =
        written !== undefined && [...written].some((_, k) => k > 0 && norm.origin[m.index + k] !== norm.origin[m.index + k - 1]! + 1);
      if (written !== undefined && (apart || (before !== '' && (digits ? /[\d.]/.test(before) : NUMERALS.includes(before))))) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const lineStart = lineStartBefore(flat, norm.origin[m.index]!);
      let rank: number | undefined;
      if (number === expected) rank = lineStart !== undefined ? 0 : 1;
      else if (lineStart !== undefined && number !== undefined) rank = 2;
      else if (lineStart !== undefined && aloneOnLine(flat, norm, m.index + m[0].length)) rank = 3;
      if (rank !== undefined && (!chosen || rank < chosen.rank)) chosen = { match: m, start: lineStart ?? norm.origin[m.index]!, rank };
      if (chosen?.rank === 0) break;
    }
    if (!chosen) continue;
    const { match } = chosen;
    const normEnd = match.index + match[0].length;
    const number = numberOf(match);
    headings.push({
      key,
      start: chosen.start,
      end: norm.origin[normEnd - 1]! + 1,
      normStart: match.index,
      normEnd,
      ...(number !== undefined ? { number } : {}),
    });
    from = normEnd;
  }
  return headings;
}

/** What the published headings do not do as the template does: a part without its heading, numbered otherwise, or without its number. */
export function headingRemarks(headings: readonly Heading[]): string[] {
  // A heading missing between two that are there; parts missing at either end may be a copy's cut.
  const found = SECTION_KEYS.map((key) => headings.some((h) => h.key === key));
  const missing = SECTION_KEYS.filter((_, i) => !found[i] && found.slice(0, i).includes(true) && found.slice(i + 1).includes(true));
  return [
    ...missing.map((key) => `the published report has no heading ${SECTIONS[key].zh}`),
    ...headings.flatMap((h) => {
      const expected = SECTION_KEYS.indexOf(h.key) + 1;
      const title = SECTIONS[h.key].zh;
      if (h.number === undefined) return [`the heading ${title} is written without its number ${NUMERALS[expected - 1]}、`];
      if (h.number !== expected)
        return [
          `the heading ${title} is numbered ${NUMERALS[h.number - 1] ?? h.number}、 in the published report, where the template numbers it ${NUMERALS[expected - 1]}、`,
        ];
      return [];
    }),
  ];
}

/** Headings one right after the other, nothing between them: a list of contents, not the parts. */
function contentsList(headings: readonly Heading[], norm: Normalized): number {
  let run = 0;
  while (run + 1 < headings.length && /^[\s\p{P}\d]*$/u.test(norm.text.slice(headings[run]!.normEnd, headings[run + 1]!.normStart)))
    run += 1;
  return run >= 2 ? run : 0;
}

export function findHeadings(flat: Flat, norm: Normalized): Heading[] {
  const headings = headingsFrom(flat, norm, 0);
  const listed = contentsList(headings, norm);
  if (listed === 0) return headings;
  // Read the parts after the list; keep the list's reading if the parts are not found again.
  const after = headingsFrom(flat, norm, headings[listed]!.normEnd);
  return after.length > 0 ? after : headings;
}

/** Text as written: cells of a row joined by a space, lines trimmed, no blank lines at either end, at most one in a row. */
export function cleanText(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
      .split(CELL)
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .join(' '),
  );
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
