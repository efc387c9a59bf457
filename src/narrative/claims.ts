/**
 * Finds the numeric claims of a text section about the quantities of tables 三 and 四:
 * “收到政府信息公开申请52件”, “上年结转3件”, “予以公开24件”, “2件结转下年度继续办理”,
 * “因政府信息公开被申请行政复议1件”, “全年未收到政府信息公开申请” …
 *
 * Precision comes first: a count is taken as a claim only when the words right around it name one
 * quantity of the tables and nothing narrows or shifts it (a part 其中/涉及/通过网络, a change 同比/较上年,
 * a share 占/%, another year, another body 全市 in a department's report, another object 建议/留言/案件).
 * Anything unclear is left out. Where the words have more than one plausible reading (共办理 N 件: the
 * applications concluded, or all on hand), the claim carries each; `assess.ts` compares them all.
 *
 * Every look-back is bounded and every search over the keywords is a binary search, so a huge text
 * costs time in proportion to its length.
 */
import { type CompactText, compact, countTokens, originalSpan, type CountToken, quotedMask } from './text.js';
import {
  ALL_CHANNELS,
  APPEAL_KINDS,
  APPEAL_OUTCOME,
  APPLICANT_FILLER,
  APPLICANT_KINDS,
  APPLICATION,
  CHANGE,
  CHANNEL,
  CLAUSE_BREAK,
  DISCLOSURE_APPLICATION,
  DISCLOSURE_CONTEXT,
  FILLER,
  HANDLES_APPEALS,
  HEADING,
  KEYWORDS,
  type Kind,
  NEW_OBJECT_WORDS,
  NOT_DONE,
  NOUN_AFTER,
  OTHER_OBJECT,
  PART_OF,
  QUANTITY_OF,
  type QuantityId,
  SENTENCE_BREAK,
  SEVERAL_YEARS,
  SINCE,
  SUBJECT,
  subjectLevel,
  SUFFIX_FILLER,
  SUFFIX_KINDS,
  TIME,
  TOTAL_KINDS,
} from './words.js';

export type { QuantityId } from './words.js';

/**
 * How a claim states its number: a count (收到申请52件), “none” (未收到申请), or “all of them were
 * concluded” (所有申请均已办结: nothing carried forward).
 */
export type ClaimForm = 'count' | 'none' | 'allConcluded';

export interface Claim {
  /** The quantity the words name first (the official meaning of the words). */
  readonly quantity: QuantityId;
  /**
   * Every plausible reading of the words, `quantity` first: 共办理申请 X 件 may be （七）总计 or all the
   * applications on hand (一 + 二). A claim differs from the tables only when it matches none of them.
   */
  readonly readings: readonly QuantityId[];
  readonly stated: number;
  /** [start, end) in the original text. */
  readonly span: readonly [number, number];
  /** The words of the claim as written (line breaks removed). */
  readonly phrase: string;
  readonly form: ClaimForm;
  /**
   * For `allConcluded` said of the applications just counted as new (收到申请5件，均已办结): it
   * implies nothing carried forward only when nothing was carried over either.
   */
  readonly onlyNew?: boolean;
  /**
   * Said of the whole area a people's government governs (全县, 我区): its table may cover the area or
   * only the government itself, so such a claim is reported only when the tables explain its number.
   */
  readonly areaWide?: boolean;
}

export interface ClaimSettings {
  /** The report's year: a claim about another year is not compared. */
  readonly year?: number;
  /**
   * The level of the area the body governs when it is a people's government (or a 管委会/街道办事处):
   * 县 for 某县人民政府. Then 全县/我县 is the body itself; in a department's report it is not.
   */
  readonly jurisdiction?: string;
}

/** Why a candidate was left out (for measuring the extractor). */
export interface Rejection {
  readonly phrase: string;
  readonly reason: string;
}

interface Keyword {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  /** A year written inside the keyword (2022年结转, 结转至2024年). */
  readonly year?: number;
}

interface Candidate {
  readonly kind: Kind;
  readonly keyword: Keyword;
  readonly token: CountToken;
  /** The keyword comes after the number. */
  readonly suffix: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What may follow “none of them” and keep it about the count: the end of the clause, 的情况 … */
const NONE_ENDS = /^(?:案件|案)?的?(?:情况|情形|现象|记录)?(?:[,;:。!?\n()]|$|[也亦]|发生|出现|产生)/u;

/**
 * “均已办结”, “已全部办理完毕”: every application concluded. Not 办理 alone (handled, maybe not finished),
 * nor 均已按期答复: a report written in January may count answers given after the year's end.
 */
const ALL_CONCLUDED =
  /(?:已经?)?(?:[均都皆]|全部|全数)(?:已经?)?(?:全部)?(?:在法定期限内|在规定期限内|按时|按期|依法|依规|及时|如期|按规定)*(?:办结|办理完毕|办理完成|处理完毕)/gu;

/** Appeals brought against the body over its disclosure: 因政府信息公开引起的行政复议, 被申请行政复议. */
const AGAINST_THE_BODY = /(?:因|由)[^,;:。!?\n]{0,12}信息公开[^,;:。!?\n]{0,8}(?:引起|引发|产生|而)|被申请|被提起|被起诉/u;
/** …and not cases it handles or records as the reviewing body. */
const APPEALS_HANDLED = /备案|受理|审理|审结|办结|复议机关|纠错|作出/u;

/** A month, a quarter or a half of the year: 12月收到申请8件, 第四季度, 上半年. */
const PART_OF_YEAR = /(?:^|\D)(?:[1-9]|1[0-2])月|[一二三四五六七八九十]{1,2}月(?!份?以来)|季度|半年/u;
/** …but not the whole year or its end: 1月1日至12月31日, 截至12月31日, 1—12月. */
const WHOLE_YEAR =
  /(?:1|一)月(?:1|一)日?起?[至到\-—~～](?:(?:19|20)\d{2}年)?(?:12|十二)月(?:31|三十一)日?|(?:1|一)[\-—~～至到](?:12|十二)月|(?:截至|截止|截止到|到)?(?:12|十二)月(?:31|三十一)日|(?:12|十二)月底|(?:12|十二)月末/gu;

/** How far back (in characters) the words about a claim's time, subject and topic are looked for. */
const LOOKBACK = 300;
/** The longest run of words allowed between a keyword and its number (收到…申请52件). */
const MAX_GAP = 40;

function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** For every position, where its clause (or sentence) starts and ends; a break belongs to what it ends. */
function boundaries(text: string, breaks: RegExp): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  const isBreak = new Uint8Array(text.length);
  const everyBreak = new RegExp(breaks.source, `${breaks.flags.replace('g', '')}g`);
  for (const match of text.matchAll(everyBreak)) isBreak[match.index] = 1;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    starts[i] = current;
    if (isBreak[i]) current = i + 1;
  }
  starts[text.length] = current;
  current = text.length;
  ends[text.length] = current;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isBreak[i]) current = i;
    ends[i] = current;
  }
  return { starts, ends };
}

function findKeywords(text: string): Keyword[] {
  const taken = new Uint8Array(text.length);
  const found: Keyword[] = [];
  for (const { kind, re } of KEYWORDS) {
    for (const match of text.matchAll(re)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      const year = /((?:19|20)\d{2})年/u.exec(match[0]);
      found.push({ kind, start, end, ...(year ? { year: Number(year[1]) } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

class Extractor {
  private readonly text: string;
  private readonly clauses: { starts: Int32Array; ends: Int32Array };
  private readonly sentences: { starts: Int32Array; ends: Int32Array };
  private readonly keywords: readonly Keyword[];
  private readonly keywordStarts: readonly number[];
  private readonly tokens: readonly CountToken[];
  private readonly quoted: Uint8Array;
  private readonly claims: Claim[] = [];
  /** Where the counts taken as claims stand, in order, and their kinds: a count of 自然人 follows one of 新收. */
  private readonly takenAt: number[] = [];
  private readonly takenKinds: Kind[] = [];
  private readonly takenClaims: Claim[] = [];

  constructor(
    private readonly compacted: CompactText,
    private readonly original: string,
    private readonly settings: ClaimSettings,
    private readonly rejections?: Rejection[],
  ) {
    this.text = compacted.text;
    this.clauses = boundaries(this.text, CLAUSE_BREAK);
    this.sentences = boundaries(this.text, SENTENCE_BREAK);
    this.keywords = findKeywords(this.text);
    this.keywordStarts = this.keywords.map((k) => k.start);
    this.tokens = countTokens(this.text);
    this.quoted = quotedMask(this.text);
  }

  run(): Claim[] {
    this.negations();
    this.tokens.forEach((token, index) => {
      const candidate = this.classify(token, index);
      const claim = candidate && this.validate(candidate);
      if (claim && candidate) {
        this.claims.push(claim);
        this.takenAt.push(token.start);
        this.takenKinds.push(candidate.kind);
        this.takenClaims.push(claim);
      }
    });
    this.allConcluded();
    return this.claims.sort((a, b) => a.span[0] - b.span[0]);
  }

  // ---------------------------------------------------------------- plumbing

  private reject(start: number, end: number, reason: string): undefined {
    this.rejections?.push({ phrase: this.phraseOf(start, end), reason });
    return undefined;
  }

  private phraseOf(start: number, end: number): string {
    const [from, to] = originalSpan(this.compacted, start, end);
    // A line break (or the space a folded block makes of it) between two Chinese characters is not in the words.
    // (A run of spaces is tried from its start only: from inside it, a long run was rescanned.)
    return this.original.slice(from, to).replace(/(?<!\s)\s*\n\s*|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])/gu, '');
  }

  private claimAt(
    readings: readonly [QuantityId, ...QuantityId[]],
    stated: number,
    start: number,
    end: number,
    form: ClaimForm,
    onlyNew = false,
  ): Claim {
    const subject = this.subjectOf(start);
    const areaWide = subject !== undefined && subject.level !== 'self';
    return {
      quantity: readings[0],
      readings,
      stated,
      span: originalSpan(this.compacted, start, end),
      phrase: this.phraseOf(start, end),
      form,
      ...(onlyNew ? { onlyNew } : {}),
      ...(areaWide ? { areaWide } : {}),
    };
  }

  private clauseStart(index: number): number {
    return this.clauses.starts[index]!;
  }

  private sentenceAt(index: number): Span {
    return { start: this.sentences.starts[index]!, end: this.sentences.ends[index]! };
  }

  /** The sentence before one (skipping empty ones: “。⏎”), or undefined at the start. */
  private previousSentence(sentence: Span): Span | undefined {
    let end = sentence.start;
    for (let skipped = 0; end > 0 && skipped < 8 && SENTENCE_BREAK.test(this.text[end - 1]!); skipped++) end -= 1;
    return end > 0 && !SENTENCE_BREAK.test(this.text[end - 1]!) ? { start: this.sentences.starts[end - 1]!, end } : undefined;
  }

  /** The keywords lying wholly inside [from, to). */
  private keywordsIn(from: number, to: number): Keyword[] {
    const found: Keyword[] = [];
    for (let i = lowerBound(this.keywordStarts, from); i < this.keywords.length && this.keywords[i]!.start < to; i++) {
      if (this.keywords[i]!.end <= to) found.push(this.keywords[i]!);
    }
    return found;
  }

  /** The kind of the last count taken as a claim in [from, to). */
  private lastTakenIn(from: number, to: number): Kind | undefined {
    const i = lowerBound(this.takenAt, to) - 1;
    return i >= 0 && this.takenAt[i]! >= from ? this.takenKinds[i] : undefined;
  }

  /** The last count of new applications taken as a claim in [from, to). */
  private lastNewClaimIn(from: number, to: number): Claim | undefined {
    for (let i = lowerBound(this.takenAt, to) - 1; i >= 0 && this.takenAt[i]! >= from; i--) {
      if (this.takenKinds[i] === 'NEW' || this.takenKinds[i] === 'NEW_NOUN') return this.takenClaims[i];
    }
    return undefined;
  }

  /** Has a count of table 三 been taken as a claim in [from, to)? (Not one of appeals: “复议2件，已办结1件”.) */
  private applicationsClaimedIn(from: number, to: number): boolean {
    for (let i = lowerBound(this.takenAt, to) - 1; i >= 0 && this.takenAt[i]! >= from; i--)
      if (!APPEAL_KINDS.has(this.takenKinds[i]!)) return true;
    return false;
  }

  /** The text of [from, to) with the given keywords blanked out. */
  private withoutKeywords(from: number, to: number, keywords: readonly Keyword[]): string {
    const chars = this.text.slice(from, to).split('');
    for (const k of keywords) for (let i = Math.max(k.start, from); i < Math.min(k.end, to); i++) chars[i - from] = '＿';
    return chars.join('');
  }

  // ---------------------------------------------------------------- time, subject, topic

  /** Is the claim starting at `start` (its count at `at`) about this year? */
  private timeProblem(kind: Kind, keyword: Keyword | undefined, start: number, at: number): string | undefined {
    const { year } = this.settings;
    if (keyword?.year !== undefined && year !== undefined) {
      if (kind === 'CO' && keyword.year !== year - 1) return `carried over from ${keyword.year}`;
      if (kind === 'CF' && keyword.year !== year + 1) return `carried forward to ${keyword.year}`;
    }
    const from = Math.max(this.sentenceAt(at).start, start - LOOKBACK);
    const sentenceBefore = this.text.slice(from, start);
    if (SEVERAL_YEARS.test(sentenceBefore)) return 'over several years';
    if (PART_OF_YEAR.test(sentenceBefore.replace(WHOLE_YEAR, ''))) return 'a part of the year';
    for (const since of sentenceBefore.matchAll(SINCE)) {
      const since_ = since.groups?.year;
      if (since.groups?.thisYear === undefined && (since_ === undefined || year === undefined || Number(since_) !== year))
        return 'over several years';
    }
    // 上年结转 and 结转下年度 are this year's table: their 上年/下年 are not the time of the sentence.
    const own = this.keywordsIn(from, start).filter((k) => k === keyword || k.kind === 'CO' || k.kind === 'CF');
    let last: RegExpMatchArray | undefined;
    for (const match of this.withoutKeywords(from, start, own).matchAll(TIME)) last = match;
    const groups = last?.groups;
    if (!groups) return undefined;
    if (groups.year !== undefined) return year === undefined || Number(groups.year) === year ? undefined : `about ${groups.year}`;
    if (groups.previous !== undefined) return 'about last year';
    if (groups.next !== undefined) return 'about next year';
    return undefined;
  }

  /** Is the claim about the body of the report (not an area or group of bodies it does not stand for)? */
  /** The last word naming who a claim is about, up to the sentence before (全县, 我局, 各部门), and its level. */
  private subjectOf(at: number): { word: string; level: string } | undefined {
    const sentence = this.sentenceAt(at);
    const previous = this.previousSentence(sentence) ?? sentence;
    let last: string | undefined;
    for (const match of this.text.slice(Math.max(previous.start, at - LOOKBACK), at).matchAll(SUBJECT)) last = match[0];
    return last === undefined ? undefined : { word: last, level: subjectLevel(last) };
  }

  private scopeProblem(at: number, appeals = false): string | undefined {
    const sentence = this.sentenceAt(at);
    const last = this.subjectOf(at)?.word;
    if (last === undefined) return undefined;
    const level = subjectLevel(last);
    if (level === 'self') return undefined;
    // Appeals over a whole area are often cases the government decides or records (备案), not those
    // against it: read them only when the sentence says they arose from its disclosure work.
    if (
      appeals &&
      (level !== this.settings.jurisdiction ||
        !AGAINST_THE_BODY.test(this.text.slice(Math.max(sentence.start, at - LOOKBACK), at + 30)) ||
        APPEALS_HANDLED.test(this.text.slice(this.clauseStart(at), at)))
    )
      return `appeals of ${last}`;
    if (level === 'part') return `about ${last}`;
    const { jurisdiction } = this.settings;
    if (jurisdiction === undefined) return `about ${last} in a department's report`;
    if (level === 'area' || level === jurisdiction) return undefined;
    return `about ${last}, not the ${jurisdiction}`;
  }

  /** Does the text since the last heading (at most 600 characters back) talk about applications for disclosure? */
  private inDisclosureTopic(at: number): boolean {
    const window = this.text.slice(Math.max(0, at - 600), at);
    const headings = [...window.matchAll(HEADING)];
    return DISCLOSURE_APPLICATION.test(headings.length > 0 ? window.slice(headings.at(-1)!.index) : window);
  }

  /** Does the count at `at` belong to a passage about applications for disclosure? */
  private hasApplicationContext(kind: Kind, at: number): boolean {
    const sentence = this.sentenceAt(at);
    const words = this.text.slice(Math.max(sentence.start, at - LOOKBACK), Math.min(sentence.end, at + LOOKBACK));
    if (DISCLOSURE_APPLICATION.test(words) || this.applicationsClaimedIn(sentence.start, at)) return true;
    if (APPLICATION.test(words) && this.inDisclosureTopic(at)) return true;
    // A row of results (予以公开 …) may follow a sentence about the applications: “收到申请52件。其中予以公开…”
    // 办结/答复 is said of many things: after a sentence only when a count of table 三 was read there.
    const previous = this.previousSentence(sentence);
    if (!previous) return false;
    if (this.applicationsClaimedIn(previous.start, previous.end)) return true;
    return (
      kind !== 'TOTAL' && DISCLOSURE_APPLICATION.test(this.text.slice(Math.max(previous.start, previous.end - LOOKBACK), previous.end))
    );
  }

  // ---------------------------------------------------------------- counts

  /** Which keyword the count belongs to, if exactly one does. */
  private classify(token: CountToken, index: number): Candidate | undefined {
    const { text } = this;
    const clauseStart = this.clauseStart(token.start);
    const previousToken = this.tokens[index - 1];
    const regionStart = Math.max(
      previousToken && previousToken.end > clauseStart ? previousToken.end : clauseStart,
      token.start - MAX_GAP - 12,
    );
    const before = this.keywordsIn(regionStart, token.start);
    const next = this.keywords[lowerBound(this.keywordStarts, token.end)];
    const after =
      next && next.start - token.end <= 6 && SUFFIX_KINDS.has(next.kind) && SUFFIX_FILLER.test(text.slice(token.end, next.start))
        ? next
        : undefined;
    // The nearest keyword before whose words up to the number fit it; applicant words (法人或其他组织)
    // may sit inside the object of 收到 (“收到公民、法人或其他组织提出的申请”).
    const fitting = before.filter((keyword) => this.gapFits(keyword, token)).reverse();
    const chosen = fitting.find((k) => !APPLICANT_KINDS.has(k.kind)) ?? fitting[0];
    if (chosen && after) return this.reject(chosen.start, after.end, 'two quantities around one number');
    if (after) return { kind: after.kind, keyword: after, token, suffix: true };
    if (!chosen) {
      if (before.length > 0) this.reject(before.at(-1)!.start, token.end, 'words between keyword and number');
      return undefined;
    }
    if (before.some((k) => k.start > chosen.start && !APPLICANT_KINDS.has(k.kind)))
      return this.reject(chosen.start, token.end, 'another keyword between');
    // 受理并办结…N件: two quantities for one number.
    const earlier = before.find(
      (k) =>
        k.start < chosen.start &&
        TOTAL_KINDS.has(k.kind) &&
        TOTAL_KINDS.has(chosen.kind) &&
        QUANTITY_OF[k.kind] !== QUANTITY_OF[chosen.kind],
    );
    if (earlier) return this.reject(earlier.start, token.end, 'two verbs for one number');
    return { kind: chosen.kind, keyword: chosen, token, suffix: false };
  }

  /** Do the words between a keyword and its number leave the quantity unchanged? */
  private gapFits(keyword: Keyword, token: CountToken): boolean {
    const gap = this.text.slice(keyword.end, token.start);
    if (gap.length > MAX_GAP || CHANGE.test(gap)) return false;
    const otherKeywordInside = () => this.keywordsIn(keyword.end, token.start).some((k) => !APPLICANT_KINDS.has(k.kind));
    switch (keyword.kind) {
      case 'NEW':
        if (OTHER_OBJECT.test(gap) || otherKeywordInside()) return false;
        // 收到政府信息公开申请52件, 收到申请52件 (bare: the topic must say which applications),
        // 收到70件申请, 收到12件信息依申请公开; not 收到不动产登记申请300件.
        if (APPLICATION.test(gap))
          return DISCLOSURE_APPLICATION.test(gap) || /信息公开/u.test(gap) || gap.replace(NEW_OBJECT_WORDS, '') === '';
        return /^(?:共计|共|了|各类)?$/u.test(gap) && NOUN_AFTER.test(this.text.slice(token.end, token.end + 16));
      case 'TOTAL':
        if (gap.length > 25 || OTHER_OBJECT.test(gap) || otherKeywordInside()) return false;
        return FILLER.test(gap) || (APPLICATION.test(gap) && !/\d/u.test(gap));
      default:
        if (APPLICANT_KINDS.has(keyword.kind)) return APPLICANT_FILLER.test(gap);
        if (APPEAL_KINDS.has(keyword.kind)) return gap.length <= 8 && FILLER.test(gap) && !APPEAL_OUTCOME.test(gap);
        return gap.length <= 16 && FILLER.test(gap);
    }
  }

  /** The checks that do not depend on which keyword: unit, part of a total, time, subject, topic. */
  private validate(candidate: Candidate): Claim | undefined {
    const { text } = this;
    const { kind, keyword, token, suffix } = candidate;
    const start = suffix ? token.start : keyword.start;
    let end = suffix ? keyword.end : token.end;
    // 收到70件申请: the claim runs to the word 申请
    if (kind === 'NEW' && !APPLICATION.test(text.slice(keyword.end, token.start))) {
      const noun = NOUN_AFTER.exec(text.slice(token.end, token.end + 16));
      if (noun) end = token.end + noun[0].length;
    }
    const clauseStart = this.clauseStart(Math.min(start, token.start));
    const sentence = this.sentenceAt(token.start);
    const clauseBefore = text.slice(Math.max(clauseStart, start - 6), start);
    const wholeBefore = text.slice(Math.max(clauseStart, token.start - LOOKBACK), token.start);

    // 条 counts pieces of information; an application is counted in 件 (or 宗, 起), unless the words say 申请.
    if (token.unit === '条' && !(kind === 'NEW' && APPLICATION.test(text.slice(keyword.end, token.start))))
      return this.reject(start, end, 'counted in 条');
    if (CHANGE.test(clauseBefore)) return this.reject(start, end, 'a change or a share');
    if (this.quoted[token.start] || this.quoted[keyword.start]) return this.reject(start, end, 'inside quotation marks');

    if (TOTAL_KINDS.has(kind)) {
      if (PART_OF.test(wholeBefore)) return this.reject(start, end, 'a part of the total');
      // 上年结转的3件中，2件已办结，1件结转下年度: the counts after “…N件中，” are parts of N.
      if (/件(?:申请)?中[,:]/u.test(text.slice(Math.max(sentence.start, clauseStart - LOOKBACK), clauseStart)))
        return this.reject(start, end, 'a part of an earlier count');
      if (CHANNEL.test(wholeBefore) && !ALL_CHANNELS.test(wholeBefore)) return this.reject(start, end, 'one channel');
      if ((kind === 'TOTAL' || kind === 'NEW') && NOT_DONE.test(text.slice(Math.max(clauseStart, keyword.start - 2), keyword.start)))
        return this.reject(start, end, 'not done');
      // 办理信息公开申请3件、纸质申请36件: one of several parts
      const next = /^(?:[、和及与]|以及)[^,;:。!?\n()]{0,15}?(?:\d+|[零〇一二两三四五六七八九十百千]+)[件宗起条]/u.exec(
        text.slice(token.end, token.end + 40),
      );
      if (next && this.keywordsIn(token.end, token.end + next[0].length).length === 0)
        return this.reject(start, end, 'one of several parts');
    }
    const time = this.timeProblem(kind, keyword, start, token.start);
    if (time) return this.reject(start, end, time);
    const scope = this.scopeProblem(start, APPEAL_KINDS.has(kind));
    if (scope) return this.reject(start, end, scope);

    if (APPEAL_KINDS.has(kind)) {
      if (!DISCLOSURE_CONTEXT.test(text.slice(Math.max(sentence.start, token.start - LOOKBACK), token.start)))
        return this.reject(start, end, 'appeals not tied to disclosure');
      if (HANDLES_APPEALS.test(text.slice(Math.max(clauseStart, keyword.start - 12), keyword.start)))
        return this.reject(start, end, 'appeals handled by the body');
    } else {
      // 收到政府信息公开申请52件 names its object; 收到申请52件 relies on the passage it is in.
      const words = text.slice(start, end);
      const named = kind === 'NEW' && (DISCLOSURE_APPLICATION.test(words) || /信息公开/u.test(words));
      if (!named && !this.hasApplicationContext(kind, token.start) && !(kind === 'NEW' && this.inDisclosureTopic(start)))
        return this.reject(start, end, 'not about applications');
      if (kind !== 'NEW' && OTHER_OBJECT.test(text.slice(Math.max(clauseStart, start - 8), start)))
        return this.reject(start, end, 'another object');
      // 依法处理5件信访类申请, 办结3件人大建议: what the count is of may follow it.
      const rest = text.slice(token.end, Math.min(this.clauses.ends[token.end] ?? token.end, token.end + 12));
      if (OTHER_OBJECT.test(rest) || (/^[^,;:。!?\n()]{1,8}申请/u.test(rest) && !NOUN_AFTER.test(rest)))
        return this.reject(start, end, 'another object after the count');
    }
    if (APPLICANT_KINDS.has(kind)) {
      // A count by applicant is a column of 一、本年新收 only when it follows the count of new applications.
      const previous = this.lastTakenIn(sentence.start, token.start);
      if (previous === undefined || !(previous === 'NEW' || previous === 'NEW_NOUN' || APPLICANT_KINDS.has(previous)))
        return this.reject(start, end, 'applicants of something other than new applications');
      // 收到申请55件（含上年结转3件），其中自然人42件: the applicants of those on hand, not a column of 一.
      if (this.lastNewClaimIn(sentence.start, token.start)?.readings.includes('newAndCarriedOver'))
        return this.reject(start, end, 'applicants of new and carried-over applications');
    }
    // 收到申请55件（不含重复申请）: not the table's count
    const note = text.slice(end, end + 12);
    // 收到申请55件（不含重复申请）is not the table's count; （不含上年结转3件）only says it is this year's.
    if (/^\(\s*(?:不含|不包括|未含|未包括|除)(?!(?:上一?年度?|去年)结转)/u.test(note)) return this.reject(start, end, 'excluding some');
    // 收到申请58件（含上年结转6件）, 收到申请58件，其中上年结转6件: new and carried over together;
    // 收到申请58件（上年结转6件） may say either.
    const includesCarriedOver = /^(?:\(\s*(?:含|包括|包含|其中)|,(?:其中|含|包括|包含))(?:上一?年度?|去年)结转/u.test(note);
    const besideCarriedOver = /^\(\s*(?:上一?年度?|去年)结转/u.test(note);
    // 办理 alone (not 办结, 答复, 办理完毕) may mean the applications concluded, every one on hand this
    // year, or (said loosely) the ones received.
    const handled = kind === 'TOTAL' && /^(?:办理|处理)$/u.test(text.slice(keyword.start, keyword.end));
    if (handled)
      return this.claimAt(
        includesCarriedOver ? ['newAndCarriedOver', 'total'] : ['total', 'newAndCarriedOver', 'new'],
        token.value,
        start,
        end,
        'count',
      );
    if (kind === 'NEW' || kind === 'NEW_NOUN') {
      if (includesCarriedOver) return this.claimAt(['newAndCarriedOver'], token.value, start, end, 'count');
      if (besideCarriedOver) return this.claimAt(['new', 'newAndCarriedOver'], token.value, start, end, 'count');
    }
    return this.claimAt([QUANTITY_OF[kind]], token.value, start, end, 'count');
  }

  // ---------------------------------------------------------------- “none”

  /** “未收到政府信息公开申请”, “未发生行政复议、行政诉讼”: a count of 0. */
  private negations(): void {
    const { text } = this;
    const applications =
      /(?:未|没有|尚未|均未)(?:收到|接到|受理|收悉|发生|产生)([^,;:。!?\n()\d]{0,40})(?:政府信息公开|信息公开|依申请公开|依申请|政府信息)的?(?:申请事项|申请|来信|事项)?|(?:无|暂无|没有)(?:政府信息公开申请|依申请公开(?:申请|事项|情况)?|信息公开申请)/gu;
    for (const match of text.matchAll(applications)) {
      const start = match.index;
      const end = start + match[0].length;
      const object = match[1] ?? '';
      if (/复议|诉讼|收费|费用|投诉|举报|信访|建议|提案|追究|涉及|有关|针对|其中|主动/u.test(object))
        this.reject(start, end, 'none of something else');
      else if (/关于(?!(?:政府)?信息公开)/u.test(match[0])) this.reject(start, end, 'none on a topic');
      // it must end with the application itself: 未收到…政府信息公开 alone could go on “…工作的投诉”
      else if (match[1] !== undefined && !/(?:申请|来信|事项|依申请公开)$/u.test(match[0])) this.reject(start, end, 'not an application');
      else if (/^(?:而|所)?(?:引起|引发|导致|产生|方面|工作|的(?:行政|投诉|举报|责任|问题))/u.test(text.slice(end, end + 6)))
        this.reject(start, end, 'none of something about applications');
      else if (/(?:[如若]|如果|对于|对)[^,;:。!?\n]{0,6}$/u.test(text.slice(Math.max(0, start - 8), start)))
        this.reject(start, end, 'a condition');
      // 未收到申请 must end its clause: 未收到…申请被纠错的情况 denies an outcome, not the count.
      else if (!NONE_ENDS.test(text.slice(end, end + 8))) this.reject(start, end, 'none of an outcome');
      else this.negation('new', start, end);
    }
    const appeals =
      /(?:(?:未|没有|均未)(?:发生|出现|产生|收到|被申请|被提起|有|涉及)|无)([^,;:。!?\n()\d]{0,30}?)(行政复议(?:案件)?(?:[、和及与或]|以及)被?(?:提起)?(?:行政)?诉讼|行政复议|行政诉讼)/gu;
    for (const match of text.matchAll(appeals)) {
      const start = match.index;
      const end = start + match[0].length;
      const object = match[1]!;
      const words = match[2]!;
      const both = words.startsWith('行政复议') && words.endsWith('诉讼');
      // 无 only right before it: 无行政复议, 无因政府信息公开引起的行政复议 (not 无法…, 无论…)
      if (match[0].startsWith('无') && !/^(?:因|由)?(?:政府)?(?:信息公开|依申请公开)?(?:工作)?而?(?:引起|引发|产生)?的?$/u.test(object))
        continue;
      const sentence = this.sentenceAt(start);
      if (APPEAL_OUTCOME.test(object) || APPEAL_OUTCOME.test(text.slice(end, end + 6)) || /追究|复议后/u.test(object))
        this.reject(start, end, 'an outcome of appeals');
      else if (!both && !DISCLOSURE_CONTEXT.test(text.slice(Math.max(sentence.start, start - LOOKBACK), end)))
        this.reject(start, end, 'appeals not tied to disclosure');
      else if (!NONE_ENDS.test(text.slice(end, end + 8))) this.reject(start, end, 'none of an outcome');
      else this.negation(both ? 'appeals' : words === '行政复议' ? 'reconsideration' : 'litigation', start, end);
    }
  }

  /**
   * “所有申请均已办结”, “收到申请5件，均已按期办结”: nothing is carried forward to next year. Read only when
   * the subject is every application (所有/全部…申请) or the new ones just counted in the same sentence.
   */
  private allConcluded(): void {
    const { text } = this;
    for (const match of text.matchAll(ALL_CONCLUDED)) {
      const start = match.index;
      const end = start + match[0].length;
      const clauseStart = this.clauseStart(start);
      const subject = text.slice(clauseStart, start);
      if (/(?:未|没有|尚未|并未|不|能否|是否)$/u.test(subject)) continue;
      if (this.quoted[start]) continue;
      const universal = /(?:所有|全部|一切)的?[^,;:。!?\n\d]{0,12}申请/u.test(subject);
      if (universal) {
        if (
          /其余|剩余|其他|其它|\d|[零〇一二两三四五六七八九十]件/u.test(subject) ||
          this.keywordsIn(clauseStart, start).some((k) => k.kind === 'CO' || k.kind === 'CF')
        ) {
          this.reject(clauseStart, end, 'all of a part');
          continue;
        }
        if (!DISCLOSURE_APPLICATION.test(subject) && !this.inDisclosureTopic(start)) {
          this.reject(clauseStart, end, 'not about applications');
          continue;
        }
      } else {
        // the clause holds only the verb: its subject is the count of new applications right before
        if (
          !/^(?:申请人?的?申请|上述申请|以上申请|这些申请|申请)?$/u.test(
            subject.replace(/^(?:且|并且|[并已]|目前|截至\d+月\d+日|截至年底|截至年末)/u, ''),
          )
        )
          continue;
        const sentence = this.sentenceAt(start);
        const before = this.lastTakenIn(sentence.start, clauseStart);
        const clauseBefore = this.clauseStart(Math.max(sentence.start, clauseStart - 1));
        if (!(before === 'NEW' || before === 'NEW_NOUN') || this.lastTakenIn(clauseBefore, clauseStart) !== before) {
          this.reject(clauseStart, end, 'all of something else');
          continue;
        }
      }
      const problem = this.timeProblem('TOTAL', undefined, clauseStart, start) ?? this.scopeProblem(start);
      if (problem) {
        this.reject(clauseStart, end, problem);
        continue;
      }
      // The claim's words start at 所有/全部 (the subject) or at the verb phrase.
      const from = universal ? clauseStart + subject.search(/所有|全部|一切/u) : start;
      this.claims.push(this.claimAt(['carriedForward'], 0, from, end, 'allConcluded', !universal));
    }
  }

  private negation(quantity: QuantityId, start: number, end: number): void {
    const problem = this.timeProblem('NEW', undefined, start, start) ?? this.scopeProblem(start, quantity !== 'new');
    if (problem) this.reject(start, end, problem);
    else this.claims.push(this.claimAt([quantity], 0, start, end, 'none'));
  }
}

/** The numeric claims of one text section, in the order they are written. */
export function extractClaims(text: string, settings: ClaimSettings = {}, rejections?: Rejection[]): Claim[] {
  return new Extractor(compact(text), text, settings, rejections).run();
}

/**
 * The level of the area a body governs, from its name: 县 for 某县人民政府 or 某县, 街道 for 某街道办事处,
 * 区 for 某实验区管委会; undefined for a department (…局, …委员会, …办公室) or when `agency_kind` says so.
 */
export function jurisdictionOf(agency: string | undefined, kind?: unknown): string | undefined {
  if (agency === undefined || kind === 'department') return undefined;
  let name = agency
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\([^()]*\)$/u, '');
  if (!name.endsWith('人民政府') && /人民政府/u.test(name)) return undefined; // 某县人民政府办公室
  name = name.replace(/(?:人民政府|政府|管理委员会|管委会|街道办事处|办事处|街道办)$/u, (m) => (/街道/u.test(m) ? '街道' : ''));
  const level = /(街道|[省市州盟县旗区乡镇]|自治区|自治州|地区|自治县)$/u.exec(name)?.[1];
  if (level === undefined) return undefined;
  return ({ 自治区: '区', 自治州: '州', 自治县: '县', 地区: '区' } as Record<string, string>)[level] ?? level;
}
