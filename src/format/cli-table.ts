/**
 * cli-table3, with its `truncate` made linear: import `Table` from here, not from 'cli-table3'.
 *
 * Why: cli-table3 (0.6.5) `Cell.draw` calls `utils.truncate(content, 10)` on every line of every cell it
 * draws, only to build a debug message. That truncate cuts one code unit at a time off the end of the
 * text and measures the whole rest again (string-width) each time, so a cell of long text costs
 * lines × length² — with wide (CJK) text, about half the CPU of `show` and of `rules`. (A known upstream
 * issue: cli-table3 PR #362.) `cell.js` calls it through its `utils` module object, so replacing that
 * property here serves every table drawn in this process: esbuild bundles that module once, and under
 * tsx the import below is the module that `cell.js` requires.
 *
 * The replacement gives the original's result for every input. It follows the original step by step
 * (split at colour codes, fill up to the width, cut the one piece that overflows, close the codes left
 * open); only the measuring differs: widths are sums of the widths of single characters (each measured
 * once by cli-table3's strlen), and the cut is one walk where the original measures each shorter start
 * again. Summing is exact when the text, its colour codes aside, holds none of what string-width does
 * not measure one character at a time — other escape sequences (it strips them; hyperlinks also get a
 * closing tag), surrogates (the original may cut a pair in half) and the joiners of emoji sequences (a
 * sequence counts 2): U+200D, U+FE0F, U+20E3; emoji-regex's other matches are single characters. Such
 * a text, never ours, goes to the original. tests/cli-table.test.ts compares the two on generated texts.
 */
import Table from 'cli-table3';
import utils from 'cli-table3/src/utils.js';

type Truncate = (text: string, desiredWidth: number, truncateChar?: string) => string;

/** cli-table3's own truncate. */
export const originalTruncate: Truncate = utils.truncate;

/** The colour codes that cli-table3's truncate splits a text at and keeps (its `codeRegex`). */
const CODE = /\u001b\[(?:\d*;){0,5}\d*m/g;
/** Whether string-width measures a text without codes one character at a time: none of what is listed above. */
function measurable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x1b || code === 0x9b || code === 0x200d || code === 0x20e3 || code === 0xfe0f || (code >= 0xd800 && code <= 0xdfff)) {
      return false;
    }
  }
  return true;
}

/** The width of each character of the BMP as cli-table3 measures it (255: not measured yet). */
let widths: Uint8Array | undefined;
function widthOf(code: number): number {
  widths ??= new Uint8Array(0x10000).fill(255);
  let width = widths[code]!;
  if (width === 255) widths[code] = width = utils.strlen(String.fromCharCode(code));
  return width;
}

/** What cli-table3's strlen gives a measurable text without codes: the width of its widest line. */
function widthOfText(text: string): number {
  let widest = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    line = code === 0x0a ? 0 : line + widthOf(code);
    if (line > widest) widest = line;
  }
  return widest;
}

/**
 * The original's cut of a measurable text without codes to `width`: the longest start whose widest line is
 * no wider. The widths of the starts only grow with their length, so that start ends before the first
 * character that makes its line too wide.
 */
function cut(text: string, width: number): string {
  // As the original: a text whose width is its length is cut by length.
  if (text.length === widthOfText(text)) return text.slice(0, Math.max(0, width));
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    line = code === 0x0a ? 0 : line + widthOf(code);
    if (line > width) return text.slice(0, i);
  }
  return text;
}

/** `utils.truncate` of cli-table3, in linear time: the same result for every input. */
export function fastTruncate(text: string, desiredWidth: number, truncateChar?: string): string {
  if (typeof text !== 'string' || typeof desiredWidth !== 'number' || (truncateChar !== undefined && typeof truncateChar !== 'string')) {
    return originalTruncate(text, desiredWidth, truncateChar);
  }
  const pieces = text.split(CODE);
  const plain = pieces.join('');
  if (!measurable(plain)) return originalTruncate(text, desiredWidth, truncateChar);
  if (widthOfText(plain) <= desiredWidth) return text;
  const codes = text.match(CODE) ?? [];
  const ellipsis = truncateChar || '…';
  const width = desiredWidth - utils.strlen(ellipsis);
  let kept = '';
  let keptWidth = 0;
  // Whole pieces and the codes after them while there is room; a wide character that does not fit leaves
  // a column, which the next piece may fill.
  for (let i = 0; keptWidth < width; i++) {
    let piece = pieces[i]!;
    if (keptWidth + widthOfText(piece) > width) piece = cut(piece, width - keptWidth);
    kept += piece;
    keptWidth += widthOfText(piece);
    if (keptWidth >= width) break;
    const code = codes[i];
    if (code === undefined) break;
    kept += code;
  }
  // The codes left open are closed as the original closes them: colorizeLines ends in the same step.
  return utils.colorizeLines([kept])[0]! + ellipsis;
}

utils.truncate = fastTruncate;

export default Table;
