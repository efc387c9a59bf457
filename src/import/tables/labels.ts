/**
 * The words the importer recognises in a table: the template's row, group and column labels (walked
 * from the table trees of src/model/template.ts with `rowsOf`, every template at once), the header
 * words that carry no column (信息内容, 申请人情况 …), and the common variants and misspellings of real reports. A label is found by its core text after
 * normalisation; its enumeration (`1.`, `（三）`, `一、`) is optional, except where the core alone would
 * be another word (`3.其他` is a row, `其他` a column; `（七）总计` a row, `总计` a column).
 */
import { type ColumnSpec, rowsOf, type TableEntry, tableOf, TEMPLATES } from '../../model/template.js';
import { type Normalized, normalizeLabel } from '../text/normalize.js';
import type { TableKey } from '../text/parts.js';

export type { TableKey };

/**
 * - `row`: a data row, `key` its path in the report part (`results.withheld.state_secret`);
 * - `group`: a heading of rows (`results.withheld`; `results.other` is a row in the 2019 template);
 * - `column`: a column header, `key` the column (`natural_person`; `value:…` for table 二's one-number rows);
 * - `item`: a 第二十条 item of table 二, `key` the item as the template writes it;
 * - `word`: a header word that names no column.
 */
export type LabelKind = 'row' | 'group' | 'column' | 'item' | 'word';

export interface LabelDef {
  readonly table: TableKey;
  readonly kind: LabelKind;
  readonly key: string;
  /** The label as the template writes it, for messages. */
  readonly text: string;
  /** Normalised core, without the enumeration. */
  readonly core: string;
  /** Normalised enumerations that may stand before the core. */
  readonly prefixes: readonly string[];
  readonly prefixRequired: boolean;
}

interface LabelMatch {
  readonly def: LabelDef;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
}

const CHINESE_ENUM = /^([一二三四五六七八九十]+)、/;
const BRACKET_ENUM = /^（([一二三四五六七八九十]+)）/;
const NUMBER_ENUM = /^(\d+)[.．]/;

/** The enumeration of a template label and the rest. */
function splitEnumeration(label: string): { prefixes: string[]; rest: string } {
  let m = CHINESE_ENUM.exec(label);
  if (m) return { prefixes: [`${m[1]},`, `${m[1]}.`], rest: label.slice(m[0].length) };
  m = BRACKET_ENUM.exec(label);
  if (m) return { prefixes: [`(${m[1]})`], rest: label.slice(m[0].length) };
  m = NUMBER_ENUM.exec(label);
  if (m) return { prefixes: [`${m[1]}.`, `${m[1]},`], rest: label.slice(m[0].length) };
  return { prefixes: [], rest: label };
}

interface Extra {
  readonly aliases?: readonly string[];
  readonly prefixRequired?: boolean;
}

function def(table: TableKey, kind: LabelKind, key: string, text: string, extra: Extra = {}): LabelDef[] {
  const { prefixes, rest } = splitEnumeration(text);
  const cores = [rest, ...(extra.aliases ?? [])].map(normalizeLabel);
  return [...new Set(cores)].map((core) => ({ table, kind, key, text, core, prefixes, prefixRequired: extra.prefixRequired ?? false }));
}

/** Misspellings and variants seen in real reports, by the template label they stand for. */
const VARIANTS: Record<string, readonly string[]> = {
  '2.其他法律行政法规禁止公开': ['其他法律行政止公开', '其他法律法规禁止公开'],
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': ['部分公开'],
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': ['申请人无正当理由逾期不补正'],
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': ['申请人逾期未按收费通知要求缴纳费用'],
  社会公益组织: ['社会公益'],
  行政复议: ['行政法复议'],
  '本年收费金额（单位：万元）': ['本年收费金额'],
  '本年增/减': ['本年增减'],
};

/** A group's label shortened by reports, which only counts with its number (`（六）其他` for `（六）其他处理`). */
const SHORT_GROUPS: Record<string, string> = { '（六）其他处理': '（六）其他' };

/** The rows and groups of a table in every template, each path once, a group where any template makes it one. */
function treeEntries(table: TableKey): { key: string; kind: 'row' | 'group'; entry: TableEntry }[] {
  const entries = new Map<string, { kind: 'row' | 'group'; entry: TableEntry }>();
  for (const template of TEMPLATES) {
    for (const entry of rowsOf(template, table)) {
      const key = entry.keyPath.join('.');
      const known = entries.get(key);
      if (!known || (entry.kind === 'group' && known.kind === 'row')) entries.set(key, { kind: entry.kind, entry });
    }
  }
  return [...entries].map(([key, value]) => ({ key, ...value }));
}

function columnsOf(table: TableKey): ColumnSpec[] {
  const seen = new Map<string, ColumnSpec>();
  for (const template of TEMPLATES)
    for (const column of tableOf(template, table).columns ?? []) seen.set(`${column.key} ${column.zh}`, column);
  return [...seen.values()];
}

function applicationDefs(): LabelDef[] {
  const defs: LabelDef[] = [];
  const columns = columnsOf('applications');
  for (const { key, kind, entry } of treeEntries('applications')) {
    const text = entry.label.zh;
    // `3.其他` without its number is the column 其他, `（七）总计` without its number the column 总计.
    const core = normalizeLabel(splitEnumeration(text).rest);
    const prefixRequired = kind === 'row' && columns.some((c) => normalizeLabel(c.zh) === core);
    defs.push(...def('applications', kind, key, text, { aliases: VARIANTS[text], prefixRequired }));
    const short = SHORT_GROUPS[text];
    if (kind === 'group' && short) defs.push(...def('applications', 'group', key, short, { prefixRequired: true }));
  }
  for (const column of columns) {
    defs.push(...def('applications', 'column', column.key, column.zh, { aliases: VARIANTS[column.zh] }));
  }
  for (const word of ['申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）']) {
    defs.push(...def('applications', 'word', word, word));
  }
  return defs;
}

function appealDefs(): LabelDef[] {
  const defs: LabelDef[] = [];
  // A row of table 四 is named by its group headers (行政诉讼 未经复议直接起诉): each is a label of its own.
  const groups = new Set(treeEntries('appeals').flatMap(({ entry }) => entry.label.zh.split(' ')));
  for (const group of groups) defs.push(...def('appeals', 'group', group, group, { aliases: VARIANTS[group] }));
  for (const column of columnsOf('appeals')) defs.push(...def('appeals', 'column', column.key, column.zh));
  return defs;
}

function proactiveDefs(): LabelDef[] {
  const defs: LabelDef[] = [];
  const seen = new Set<string>();
  const once = (kind: LabelKind, key: string, text: string) => {
    if (seen.has(`${kind} ${key} ${text}`)) return;
    seen.add(`${kind} ${key} ${text}`);
    defs.push(...def('proactive', kind, key, text, { aliases: VARIANTS[text] }));
  };
  for (const template of TEMPLATES) {
    for (const { node, kind } of rowsOf(template, 'proactive')) {
      if (kind !== 'row') continue;
      if (node.item) once('item', node.item, node.item);
      once('row', node.key, node.zh);
      for (const column of node.columns ?? []) once('column', column.key, column.zh);
      if (node.valueLabel) once('column', valueColumn(node), node.valueLabel.zh);
    }
  }
  once('word', '信息内容', '信息内容');
  return defs;
}

/** The column key of table 二's one-number rows (2021), named by their header. */
function valueColumn(spec: { readonly zh: string; readonly valueLabel?: { readonly zh: string } }): string {
  return `value:${spec.valueLabel?.zh ?? spec.zh}`;
}

const LABELS: Record<TableKey, readonly LabelDef[]> = {
  proactive: proactiveDefs(),
  applications: applicationDefs(),
  appeals: appealDefs(),
};

interface Index {
  /** Cores by first character, longest first. */
  readonly byFirst: Map<string, string[]>;
  readonly byCore: Map<string, LabelDef[]>;
}

const indexes = new Map<TableKey, Index>();

function indexOf(table: TableKey): Index {
  let index = indexes.get(table);
  if (index) return index;
  const byFirst = new Map<string, string[]>();
  const byCore = new Map<string, LabelDef[]>();
  for (const d of LABELS[table]) {
    const list = byCore.get(d.core);
    if (list) list.push(d);
    else {
      byCore.set(d.core, [d]);
      const first = d.core[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), d.core]);
    }
  }
  for (const cores of byFirst.values()) cores.sort((a, b) => b.length - a.length);
  index = { byFirst, byCore };
  indexes.set(table, index);
  return index;
}

/** The definition a core stands for here: the one whose enumeration precedes it, else one that needs none. */
function pick(defs: readonly LabelDef[], text: string, at: number, floor: number): { def: LabelDef; start: number } | undefined {
  let best: { def: LabelDef; start: number; length: number } | undefined;
  for (const d of defs) {
    for (const p of d.prefixes) {
      if (at - p.length >= floor && text.startsWith(p, at - p.length) && (!best || p.length > best.length)) {
        best = { def: d, start: at - p.length, length: p.length };
      }
    }
  }
  if (best) return best;
  const plain = defs.find((d) => !d.prefixRequired);
  return plain ? { def: plain, start: at } : undefined;
}

const MIN_PART = 4;
const HAN = /\p{Script=Han}/u;

/** True when the original text has a line or cell break between normalised characters `a` and `b`. */
type BreakTest = (a: number, b: number) => boolean;

/**
 * A row or group label written shorter or cut by a line of numbers: at least four characters that
 * begin its core (after its enumeration three, or four that stand anywhere in it), that no label of
 * another row of the table contains (of the rows that enumeration numbers, when it is written),
 * standing apart from other words (a break, a number or punctuation on either side).
 */
function partialAt(table: TableKey, text: string, i: number, to: number, floor: number, broken: BreakTest): LabelMatch | undefined {
  if (i > floor && HAN.test(text[i - 1]!) && !broken(i - 1, i)) return undefined;
  const hits: { def: LabelDef; start: number; length: number; enumeration?: string }[] = [];
  for (const d of LABELS[table]) {
    if (d.kind !== 'row' && d.kind !== 'group') continue;
    const enumeration = d.prefixes
      .filter((p) => i - p.length >= floor && text.startsWith(p, i - p.length))
      .sort((a, b) => b.length - a.length)[0];
    if (d.prefixRequired && !enumeration) continue;
    let length = 0;
    while (length < d.core.length && i + length < to && text[i + length] === d.core[length]) length += 1;
    if (enumeration && length < MIN_PART) {
      for (let l = Math.min(d.core.length - 1, to - i); l >= MIN_PART; l--) {
        if (d.core.includes(text.slice(i, i + l))) {
          length = l;
          break;
        }
      }
    }
    // After its number (`3.危及三`) a shorter beginning is enough: the number and the words together name the row.
    if (length < (enumeration ? MIN_PART - 1 : MIN_PART) || length >= d.core.length) continue;
    hits.push({ def: d, start: enumeration ? i - enumeration.length : i, length, ...(enumeration ? { enumeration } : {}) });
  }
  // A label written with its number is one of the labels that number can stand before.
  const numbered = hits.filter((h) => h.enumeration !== undefined);
  const pool = numbered.length > 0 ? numbered : hits;
  const best = Math.max(0, ...pool.map((h) => h.length));
  if (best === 0) return undefined;
  const key = (d: LabelDef) => `${d.kind} ${d.key}`;
  const top = pool.filter((h) => h.length === best).sort((a, b) => a.start - b.start);
  const chosen = top[0]!;
  if (top.some((h) => key(h.def) !== key(chosen.def))) return undefined;
  const piece = text.slice(i, i + best);
  const rivals = LABELS[table].filter(
    (d) => key(d) !== key(chosen.def) && (chosen.enumeration === undefined || d.prefixes.includes(chosen.enumeration)),
  );
  if (rivals.some((d) => d.core.includes(piece))) return undefined;
  const end = i + best;
  if (end < to && HAN.test(text[end]!) && !broken(end - 1, end)) return undefined;
  return { def: chosen.def, start: chosen.start, end };
}

/**
 * Labels of a table in the normalised text between `from` and `to`, leftmost and longest first; a
 * label written in full is preferred, one cut short is taken where no other label of the table could
 * be meant. `original`: the text that was normalised, to see the breaks normalisation dropped.
 */
export function findLabels(norm: Normalized, table: TableKey, from: number, to: number, original?: string): LabelMatch[] {
  const { byFirst, byCore } = indexOf(table);
  const { text, origin } = norm;
  const broken: BreakTest = (a, b) => {
    if (original === undefined) return false;
    for (let k = origin[a]! + 1; k < origin[b]!; k++) if (original[k] === '\n' || original[k] === '\u001f') return true;
    return false;
  };
  const matches: LabelMatch[] = [];
  let floor = from;
  for (let i = from; i < to;) {
    let found: LabelMatch | undefined;
    for (const core of byFirst.get(text[i]!) ?? []) {
      if (i + core.length > to || !text.startsWith(core, i)) continue;
      const chosen = pick(byCore.get(core)!, text, i, floor);
      if (chosen) {
        found = { def: chosen.def, start: chosen.start, end: i + core.length };
        break;
      }
    }
    if (HAN.test(text[i]!)) {
      // A row label cut short is still longer than a word it begins with (`2.其他法律行政法规` is not the column 其他).
      const partial = partialAt(table, text, i, to, floor, broken);
      if (partial && (!found || partial.end > found.end)) found = partial;
    }
    if (found) {
      matches.push(found);
      i = found.end;
      floor = found.end;
    } else i += 1;
  }
  return matches;
}
