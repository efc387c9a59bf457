/**
 * The normalised view of a text, in which labels are matched: full-width forms folded (NFKC), spaces,
 * line and cell breaks, quotes and inserted pinyin dropped, traditional characters of the labels made
 * simplified, `、`/`，` made `,`, every kind of bracket made `()`, and a year inside a header
 * (`本年(2023)制发件数`) dropped. Each normalised character remembers where it came from, so a match
 * can be cut out of the original.
 */

/** Traditional and simplified forms of the characters of the template's labels and headings. */
const TRADITIONAL_PAIRS =
  '規规 範范 許许 處处 罰罚 強强 費费 請请 數数 結结 轉转 辦办 開开 關关 項项 機机 構构 織织 總总 計计 護护 權权 內内 務务 類类 執执 詢询 現现 補补 確确 訪访 舉举 報报 訴诉 複复 復复 議议 訟讼 維维 糾纠 審审 經经 認认 為为 與与 條条 實实 際际 決决 況况 據据 資资 讀读 責责 門门 產产 單单 點点 廢废 製制 發发 區区 縣县 鎮镇 鄉乡 屬属 問问 題题 進进 組组 會会 級级 專专 動动 標标 準准 體体 號号 預预 衛卫 穩稳 險险 戶户 徵征 採采 購购 額额 總总 領领 導导 負负 種种 營营 屆届 歸归 檔档 內内 貫贯 徹彻 觀观 於于 總总 據据 關关';

const SIMPLIFIED = new Map<string, string>();
for (const pair of TRADITIONAL_PAIRS.split(' ')) SIMPLIFIED.set(pair[0]!, pair[1]!);

const DROPPED = /[\s\u001f\u200b"'“”‘’「」『』〝〞﹁﹂﹃﹄`´]/u;
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u;
const OPEN = /[([【〔［〖〘（]/u;
const CLOSE = /[)\]】〕］〗〙）]/u;

function normalChar(ch: string): string {
  if (DROPPED.test(ch) || LATIN.test(ch)) return '';
  if (ch === '、' || ch === '，' || ch === '﹐' || ch === '､') return ',';
  if (ch === '它') return '他'; // 其它 for 其他
  if (OPEN.test(ch)) return '(';
  if (CLOSE.test(ch)) return ')';
  const simplified = SIMPLIFIED.get(ch);
  if (simplified) return simplified;
  const folded = ch.normalize('NFKC');
  if (folded === ch) return ch;
  // Folding may make a space, a letter or a bracket (full-width forms, ㈠ → (一)): normalise those too.
  return [...folded].map((c) => (c === ch ? c : normalChar(c))).join('');
}

export interface Normalized {
  /** The normalised text. */
  readonly text: string;
  /** For each character of `text`, the offset in the original of the character it came from. */
  readonly origin: readonly number[];
}

/** A year inside a header, `(2023)`, `(2023年)`, `(2023年度)`, and brackets left empty by dropped pinyin. */
const NOISE = /\(\d{4}(?:年度?)?\)|\(\)/g;

export function normalize(original: string, from = 0, to = original.length): Normalized {
  let chars: string[] = [];
  let origin: number[] = [];
  for (let i = from; i < to; i++) {
    const code = original.charCodeAt(i);
    const ch = code >= 0xd800 && code < 0xdc00 && i + 1 < to ? original.slice(i, i + 2) : original[i]!;
    const out = normalChar(ch);
    for (const c of out) {
      chars.push(c);
      origin.push(i);
    }
    i += ch.length - 1;
  }
  let text = chars.join('');
  if (NOISE.test(text)) {
    NOISE.lastIndex = 0;
    const keep: boolean[] = new Array<boolean>(chars.length).fill(true);
    for (const match of text.matchAll(NOISE)) for (let k = 0; k < match[0].length; k++) keep[match.index + k] = false;
    chars = chars.filter((_, k) => keep[k]);
    origin = origin.filter((_, k) => keep[k]);
    text = chars.join('');
  }
  return { text, origin };
}

/** A label from the template, normalised the same way. */
export function normalizeLabel(label: string): string {
  return normalize(label).text;
}

/** True when the character is dropped by normalisation without being a space or a break (a quote, a letter). */
export function isInvisible(ch: string): boolean {
  return !/\s|\u001f/u.test(ch) && normalChar(ch) === '';
}
