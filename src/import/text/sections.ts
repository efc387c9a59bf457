/**
 * The six headings of a report and the text between them. A heading is found in the normalised
 * text by its number (`一、`, or `1、` / `1.`) and its key words, in the variants real reports use
 * (`四、因政府信息公开工作被申请行政复议提起行政诉讼情况`, `五、存在问题及改进情况`, `五、…整改措施`,
 * `六、其他报告的事项`). Headings are taken in order; one that starts a line is preferred to one inside a
 * paragraph (a crawler may have run the whole page into one line).
 */
import { SECTION_KEYS, type SectionKey } from '../../model/template.js';
import { CELL, type Flat } from '../read/document.js';
import type { Normalized } from './normalize.js';

const HEADINGS: Record<SectionKey, RegExp> = {
  overview: /(?:一|1)[,.]总体情况/g,
  proactive: /(?:二|2)[,.]主动公开政府信息(?:的)?情况/g,
  applications: /(?:三|3)[,.]收到和处理政府信息公开申请(?:的)?情况/g,
  appeals: /(?:四|4)[,.](?:(?!结转)[^。;:]){0,16}?行政复议[^。;:]{0,12}?行政诉讼(?:的)?情况/g,
  problems: /(?:五|5)[,.][^。;:]{0,16}?存在(?:的)?(?:主要)?问题(?:[^。;:]{0,3}?(?:改进|整改)(?:的)?(?:情况|措施|工作)?)?/g,
  other_matters: /(?:六|6)[,.]其他[^。;:]{0,6}?事项/g,
};

export interface Heading {
  readonly key: SectionKey;
  /** Offsets in the flattened text. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the normalised text. */
  readonly normStart: number;
  readonly normEnd: number;
}

/** The start of the line when only markup (`#`, spaces, bullets) stands between it and `offset`. */
function lineStartBefore(flat: Flat, offset: number): number | undefined {
  const lineStart = Math.max(flat.text.lastIndexOf('\n', offset - 1), flat.text.lastIndexOf(CELL, offset - 1)) + 1;
  return /^[\s#>*•·]*$/u.test(flat.text.slice(lineStart, offset)) ? lineStart : undefined;
}

function headingsFrom(flat: Flat, norm: Normalized, start: number): Heading[] {
  const headings: Heading[] = [];
  let from = start;
  for (const key of SECTION_KEYS) {
    const pattern = HEADINGS[key];
    pattern.lastIndex = from;
    let inline: RegExpExecArray | undefined;
    let chosen: { match: RegExpExecArray; start: number } | undefined;
    for (let m = pattern.exec(norm.text); m; m = pattern.exec(norm.text)) {
      const lineStart = lineStartBefore(flat, norm.origin[m.index]!);
      if (lineStart !== undefined) {
        chosen = { match: m, start: lineStart };
        break;
      }
      inline ??= m;
    }
    if (!chosen && inline) chosen = { match: inline, start: norm.origin[inline.index]! };
    if (!chosen) continue;
    const { match } = chosen;
    const normEnd = match.index + match[0].length;
    headings.push({ key, start: chosen.start, end: norm.origin[normEnd - 1]! + 1, normStart: match.index, normEnd });
    from = normEnd;
  }
  return headings;
}

/** Headings one right after the other, nothing between them: a list of contents, not the parts. */
function contentsList(headings: readonly Heading[], norm: Normalized): number {
  let run = 0;
  while (run + 1 < headings.length && /^[\s\p{P}\d#]*$/u.test(norm.text.slice(headings[run]!.normEnd, headings[run + 1]!.normStart))) run += 1;
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
  const lines = text
    .split('\n')
    .map((line) => line.split(CELL).map((c) => c.trim()).filter((c) => c !== '').join(' '));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
