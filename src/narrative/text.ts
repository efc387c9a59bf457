/**
 * Text helpers of `narrative-consistency`: a compact view of a text section that regular expressions
 * can read (full-width forms folded, line wrapping undone), mapped back to the original characters;
 * and the counts written in it (Arabic digits, full-width digits, Chinese numerals) with their unit.
 */

export interface CompactText {
  /** The text with full-width forms folded (，→ , ０→ 0 …) and wrapped lines joined. */
  readonly text: string;
  /** For each character of `text`, its index in the original string. */
  readonly origin: readonly number[];
}

/** A line that ends a sentence or a heading: what follows starts afresh. */
const ENDS_SENTENCE = /[。!?;:：；！？]$/u;
/** A line that starts a heading or a numbered item. */
const STARTS_HEADING = /^(?:#|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．]|[一二三四五六七八九十]是)/u;
/** Lines shorter than this are headings or list items, not a paragraph wrapped by an editor or a PDF. */
const WRAPPED_LINE = 20;

const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Z0-9]/i.test(c);

/** One UTF-16 unit folded by NFKC when that keeps it one unit (so positions do not move). */
function fold(unit: string): string {
  const code = unit.charCodeAt(0);
  // Only the ideographic space and the full-width block fold; skipping the rest saves a normalisation per character.
  if (code !== 0x3000 && (code < 0xff00 || code > 0xffef)) return unit;
  const folded = unit.normalize('NFKC');
  return folded.length === 1 ? folded : unit;
}

/**
 * Folds full-width forms and removes white space. A line break inside a paragraph (the previous line
 * is long and does not end a sentence, the next is not a heading) is dropped, so a claim wrapped
 * across two lines reads as one; any other line break stays as one "\n", a sentence boundary.
 */
export function compact(original: string): CompactText {
  const chars: string[] = [];
  const origin: number[] = [];
  let lineStart = 0;
  let i = 0;
  while (i < original.length) {
    const unit = original[i]!;
    const code = unit.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) {
      chars.push(original.slice(i, i + 2));
      origin.push(i, i + 1);
      i += 2;
      continue;
    }
    if (!/\s/u.test(unit)) {
      chars.push(fold(unit));
      origin.push(i);
      i += 1;
      continue;
    }
    let j = i;
    while (j < original.length && /\s/u.test(original[j]!)) j += 1;
    const run = original.slice(i, j);
    const newline = run.indexOf('\n');
    if (newline >= 0) {
      const previousLine = original.slice(lineStart, i).trim();
      const nextLineEnd = original.indexOf('\n', j);
      const nextLine = original.slice(j, nextLineEnd < 0 ? original.length : nextLineEnd).trim();
      const wrapped =
        previousLine.length >= WRAPPED_LINE && !ENDS_SENTENCE.test(previousLine) && !STARTS_HEADING.test(nextLine) && nextLine !== '';
      if (!wrapped && chars.length > 0) {
        chars.push('\n');
        origin.push(i + newline);
      } else if (wrapped && /\d/.test(chars.at(-1) ?? '') && /\d/.test(fold(original[j] ?? ''))) {
        // A number broken across lines (办结11⏎91件) may be one number or two: keep them apart, so it is not read.
        chars.push(' ');
        origin.push(i);
      }
      lineStart = i + run.lastIndexOf('\n') + 1;
    } else if (isAsciiWord(chars.at(-1)) && isAsciiWord(fold(original[j] ?? ''))) {
      chars.push(' ');
      origin.push(i);
    }
    i = j;
  }
  return { text: chars.join(''), origin };
}

/** The original [start, end) range of the compact range [start, end). */
export function originalSpan(compacted: CompactText, start: number, end: number): [number, number] {
  const from = compacted.origin[start] ?? 0;
  const to = (compacted.origin[end - 1] ?? from) + 1;
  return [from, to];
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105, 一〇五 → 105; undefined when it is not a well-formed numeral. */
export function chineseNumber(numeral: string): number | undefined {
  if (numeral === '') return undefined;
  if (![...numeral].some((c) => c in CHINESE_UNITS)) {
    // 一〇五: digit by digit (a single digit is the common case)
    let value = 0;
    for (const c of numeral) value = value * 10 + CHINESE_DIGITS[c]!;
    return numeral.length > 1 && numeral.startsWith('零') ? undefined : value;
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of numeral) {
    if (c in CHINESE_DIGITS) {
      if (digit !== undefined && digit !== 0 && CHINESE_DIGITS[c] !== 0) return undefined; // 二三十
      digit = CHINESE_DIGITS[c]!;
      continue;
    }
    const unit = CHINESE_UNITS[c]!;
    if (unit >= lastUnit) return undefined; // 十百, 百百
    if (digit === 0) return undefined; // 零十
    total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}

/** A count stated in the text: the number and its unit. Positions are in the compact text. */
export interface CountToken {
  readonly start: number;
  /** Where the unit ends. */
  readonly end: number;
  readonly value: number;
  readonly unit: string;
}

// A run of digits or numerals is tried from its start only (the lookbehinds): from inside it, it would be rescanned to its end.
const COUNT = /(\d{1,3}(?:,\d{3})+|(?<!\d)\d+|(?<![零〇一二两三四五六七八九十百千])[零〇一二两三四五六七八九十百千]+)([件宗起条])/gu;
/** What makes a count approximate, a rank or a range when it comes right before it: 近50件, 第3件, 3至5件. */
const BEFORE_NOT_A_COUNT = /(?:[\d.第近约逾超万亿]|\d[,\-~～—至到 ]|不足|不到|至少|最多|多达)$/u;
/** …and before a Chinese numeral, words that make it part of another word: 每一件, 统一件, 数十件, 上百件. */
const BEFORE_NOT_A_CHINESE_COUNT = /[每逐统单唯同任这那哪某数几余多上]$/u;
/** …件次 (submissions), …件以上, 一件事: not a count of applications. */
const AFTER_NOT_A_COUNT = /^(?:[次余多事]|左右|以上|以下|上下|实事|好事)/u;
/** …and after a Chinese numeral, words of a set phrase: 一件一档, 一件不落, 一件件, 一件也没有. */
const AFTER_NOT_A_CHINESE_COUNT = /^(?:[零〇一二两三四五六七八九十百千件不都也]|[一二三四五六七八九十]?[案策档码事])/u;

/** Does the same words (一件) occur again within a few characters, in the same sentence? */
function repeatedNearby(text: string, words: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  const inSentence = (s: string, fromEnd: boolean) => {
    const parts = s.split(/[。!?\n]/u);
    return (fromEnd ? parts.at(-1) : parts[0]) ?? '';
  };
  return inSentence(before, true).includes(words) || inSentence(after, false).includes(words);
}

/** The counts (number + 件/宗/起/条) in a compact text, leaving out approximate ones (30余件, 近百件, 上千件). */
export function countTokens(text: string): CountToken[] {
  const tokens: CountToken[] = [];
  for (const match of text.matchAll(COUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const numeral = match[1]!;
    const before = text.slice(Math.max(0, start - 3), start);
    if (BEFORE_NOT_A_COUNT.test(before)) continue;
    if (!/^\d/.test(numeral) && BEFORE_NOT_A_CHINESE_COUNT.test(before)) continue;
    if (AFTER_NOT_A_COUNT.test(text.slice(end, end + 2))) continue;
    if (!/^\d/.test(numeral) && AFTER_NOT_A_CHINESE_COUNT.test(text.slice(end, end + 2))) continue;
    // 收到一件、登记一件、办结一件: the same numeral repeated in a row is a set phrase, not counts.
    if (!/^\d/.test(numeral) && repeatedNearby(text, match[0], start, end)) continue;
    const value = /^\d/.test(numeral) ? Number(numeral.replace(/,/g, '')) : chineseNumber(numeral);
    if (value === undefined || !Number.isSafeInteger(value)) continue;
    tokens.push({ start, end, value, unit: match[2]! });
  }
  return tokens;
}

const QUOTES: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"', "'": "'" };
/** A quotation longer than this is a passage quoted, not a name, a title or a motto. */
const SHORT_QUOTE = 40;

/**
 * Marks the characters inside short quotations: “一件事一次办”, 《关于办理100件实事的通知》. A number in
 * a motto, a name or a title is not a count of this year's applications. An opening mark whose closing
 * mark does not follow within the sentence marks nothing.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i]!];
    if (close === undefined) continue;
    for (let j = i + 1; j < Math.min(text.length, i + 1 + SHORT_QUOTE); j++) {
      const c = text[j]!;
      if (c === close) {
        mask.fill(1, i, j + 1);
        i = j;
        break;
      }
      if (/[。!?\n]/u.test(c)) break;
    }
  }
  return mask;
}
