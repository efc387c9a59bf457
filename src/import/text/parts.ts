/**
 * The text stage: the rows as one stream (read/document.ts `flatten`), its normalised view, the six
 * parts found by their headings, and for a table without a heading the place its header starts.
 * Every later stage asks this for the region of a part.
 */
import { type SectionKey, SECTIONS, TABLE_KEYS, type TableKey } from '../../model/template.js';
import { type Flat, flatten, type SourceRow } from '../read/document.js';
import { type Normalized, normalize } from './normalize.js';
import { foldRadicals } from './radicals.js';
import { findHeadings, type Heading } from './sections.js';

export { TABLE_KEYS, type TableKey };

/** Where a table starts when its heading is missing: words that only its header has. */
const ANCHORS: Record<TableKey, RegExp> = {
  proactive: /第二十条第\(一\)项/,
  applications: /\(本列数据的勾稽关系|申请人情况.{0,12}?自然人/,
  appeals: /行政复议.{0,8}?行政诉讼.{0,40}?(?:结果维持|未经复议直接起诉)/,
};

/** A part of the stream, in offsets of the flattened text and of its normalised view. */
export interface Region {
  readonly from: number;
  readonly to: number;
  readonly normFrom: number;
  readonly normTo: number;
}

interface Mark {
  readonly key: SectionKey;
  readonly start: number;
  readonly end: number;
  readonly normStart: number;
  readonly normEnd: number;
}

export interface Parts {
  readonly flat: Flat;
  readonly norm: Normalized;
  readonly headings: readonly Heading[];
  /** Headings and table anchors, in the order they stand. */
  readonly marks: readonly Mark[];
  regionOf(key: SectionKey): Region | undefined;
}

/** The headings, and for a table without one the place its header starts. */
function marksOf(headings: readonly Heading[], normText: string, origin: readonly number[]): Mark[] {
  const marks: Mark[] = [...headings];
  const order = (key: SectionKey) => Object.keys(SECTIONS).indexOf(key);
  for (const table of TABLE_KEYS) {
    if (marks.some((m) => m.key === table)) continue;
    const byPlace = [...marks].sort((a, b) => a.normStart - b.normStart);
    const before = byPlace.filter((m) => order(m.key) < order(table)).at(-1);
    const after = byPlace.find((m) => order(m.key) > order(table));
    const from = before?.normEnd ?? 0;
    const to = after?.normStart ?? normText.length;
    const found = ANCHORS[table].exec(normText.slice(from, to));
    if (found) {
      const at = from + found.index;
      marks.push({ key: table, start: origin[at]!, end: origin[at]!, normStart: at, normEnd: at });
    }
  }
  return marks.sort((a, b) => a.normStart - b.normStart);
}

export function partsOf(source: readonly SourceRow[]): Parts {
  const rows = source.map((row) =>
    row.cells.some((c) => /[\u2E80-\u2FDF]/u.test(c)) ? { ...row, cells: row.cells.map(foldRadicals) } : row,
  );
  const flat = flatten(rows);
  const norm = normalize(flat.text);
  const headings = findHeadings(flat, norm);
  const marks = marksOf(headings, norm.text, norm.origin);
  const regionOf = (key: SectionKey): Region | undefined => {
    const i = marks.findIndex((m) => m.key === key);
    if (i < 0) return undefined;
    const next = marks[i + 1];
    return {
      from: marks[i]!.end,
      to: next?.start ?? flat.text.length,
      normFrom: marks[i]!.normEnd,
      normTo: next?.normStart ?? norm.text.length,
    };
  };
  return { flat, norm, headings, marks, regionOf };
}
