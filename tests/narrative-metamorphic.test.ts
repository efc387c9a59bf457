/**
 * Metamorphic tests of narrative-consistency over the busy fixture: a consistent report stays silent
 * when a sentence of any distractor family is added; a true claim with its number changed is reported
 * at that claim; a table cell and the text changed together stay silent. A fast-check property
 * combines them (FUZZ_RUNS raises the number of runs).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { lintLoaded } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { declaredTemplate } from '../src/model/template.js';
import { assessClaims } from '../src/narrative/assess.js';
import { extractClaims, jurisdictionOf } from '../src/narrative/claims.js';
import { narrativeConsistency } from '../src/rules/narrative-consistency.js';
import { BUSY, edit, lintText, readFixture } from './helpers.js';
import { DISTRACTOR_FAMILIES, LAYOUTS, TRUE_CLAIMS } from './narrative-families.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const LINE_13 = '  （二）依申请公开。全年新收政府信息公开申请52件，上年结转3件，办结51件，结转下年度4件。';
const LINE_12 = '  （一）主动公开。全年主动公开各类政府信息312条。';
const OTHER = '  本年度未收取政府信息公开信息处理费。';

/** The values the text states, by slot; the busy fixture's own figures. */
const BASE = { new: 52, co: 3, total: 51, cf: 4, disc: 24, partial: 5, withheld: 5, unavail: 11, notproc: 3, other: 3, recon: 4, litig: 1 };
type Slot = keyof typeof BASE;
const SLOTS = Object.keys(BASE) as Slot[];

/** The 依申请公开 paragraph and a line on appeals, with the given figures. */
function claimLines(v: Record<Slot, number>): string[] {
  return [
    `  （二）依申请公开。全年新收政府信息公开申请${v.new}件，上年结转${v.co}件，办结${v.total}件，结转下年度${v.cf}件。`,
    `  其中予以公开${v.disc}件，部分公开${v.partial}件，不予公开${v.withheld}件，无法提供${v.unavail}件，不予处理${v.notproc}件，其他处理${v.other}件。`,
    `  全年因政府信息公开被申请行政复议${v.recon}件，被提起行政诉讼${v.litig}件。`,
  ];
}

/** Adds k to a row's first column and its 总计. */
function shiftRow(text: string, row: string, k: number): string {
  const match = new RegExp(`(\\n  ${row}: +)\\[(\\d+), ([^\\]]*), (\\d+)\\]`).exec(text);
  if (!match) throw new Error(`no row ${row}`);
  const [whole, head, first, middle, total] = match;
  return text.replace(whole, `${head}[${Number(first) + k}, ${middle}, ${Number(total) + k}]`);
}

/** The busy report with its tables shifted consistently: k more new, disclosed and concluded; j more new and carried forward; m more reconsiderations upheld. */
function tables(k: number, j: number, m: number): string {
  let text = BUSY;
  text = shiftRow(text, 'new', k + j);
  text = shiftRow(text, '  disclosed', k);
  text = shiftRow(text, '  total', k);
  text = shiftRow(text, 'carried_forward', j);
  text = shiftRow(text, 'reconsideration', m);
  return text;
}

interface Build {
  readonly k?: number;
  readonly j?: number;
  readonly m?: number;
  /** Slot to state differently, and by how much. */
  readonly change?: { readonly slot: Slot; readonly by: number };
  /** Distractors: before the paragraph, after it, and in 六. */
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  /** Lines right after the paragraph's first line (a sentence that leans on it: 其中予以公开…). */
  readonly middle?: readonly string[];
  readonly inOther?: readonly string[];
}

/** A line (or lines) of a block text in the report. */
const indent = (text: string) => `  ${text.replace(/\n/g, '\n  ')}`;

/** Line of the 依申请公开 paragraph in a built report, counting the distractors put before it. */
function build(options: Build): string {
  const { k = 0, j = 0, m = 0, change, before = [], after = [], middle = [], inOther = [] } = options;
  const values = { ...BASE, new: BASE.new + k + j, total: BASE.total + k, cf: BASE.cf + j, disc: BASE.disc + k, recon: BASE.recon + m };
  if (change) values[change.slot] += change.by;
  const [first, ...rest] = claimLines(values);
  const lines = [...before, first!.trim(), ...middle, ...rest.map((l) => l.trim()), ...after].map(indent);
  return edit(tables(k, j, m), [LINE_13, lines.join('\n')], [OTHER, [OTHER, ...inOther.map(indent)].join('\n')]);
}

const warnings = (text: string) => lintText(text, { rules: [narrativeConsistency], locale: 'en' });
const shown = (text: string) => warnings(text).map((d) => `${d.line}:${d.column} ${d.message}`);
/** One load of the report for both: what the rule reports and what the reader reads. */
function lintAndRead(text: string): { shown: string[]; readings: string[] } {
  const report = loadReport('test.yaml', new TextEncoder().encode(text));
  const found = lintLoaded(report, { rules: [narrativeConsistency], locale: 'en' });
  const read = assessClaims(report.data, declaredTemplate(report.data)).map((a) => `${a.claim.quantity}=${a.claim.stated} ${a.verdict}`);
  return { shown: found.map((d) => `${d.line}:${d.column} ${d.message}`), readings: read };
}
const readings = (text: string) => {
  const data = parse(text) as unknown;
  return assessClaims(data, declaredTemplate(data)).map((a) => `${a.claim.quantity}=${a.claim.stated} ${a.verdict}`);
};

describe('narrative-consistency: the consistent base', () => {
  it('reads every figure of the paragraph and finds them all in agreement', () => {
    const read = readings(build({}));
    assert.deepEqual(read, [
      'new=52 agrees',
      'carriedOver=3 agrees',
      'total=51 agrees',
      'carriedForward=4 agrees',
      'disclosed=24 agrees',
      'partiallyDisclosed=5 agrees',
      'withheld=5 agrees',
      'unavailable=11 agrees',
      'notProcessed=3 agrees',
      'otherwiseHandled=3 agrees',
      'reconsideration=4 agrees',
      'litigation=1 agrees',
    ]);
    assert.deepEqual(shown(build({})), []);
  });
});

describe('narrative-consistency: distractor families keep a consistent report silent', () => {
  const families = Object.entries(DISTRACTOR_FAMILIES);
  it('has at least 10 families of at least 5 sentences', () => {
    assert.ok(families.length >= 10, `${families.length} families`);
    for (const [name, sentences] of families) assert.ok(sentences.length >= 5, `${name}: ${sentences.length}`);
  });
  const base = readings(build({}));
  for (const [family, sentences] of families) {
    describe(family, () => {
      for (const sentence of sentences) {
        it(sentence, () => {
          // Added at the end of the paragraph, before it, in 六, and in the sentence of line 12: the reading does not change.
          for (const placed of [build({ after: [sentence] }), build({ before: [sentence] }), build({ inOther: [sentence] })]) {
            const result = lintAndRead(placed);
            assert.deepEqual(result.shown, []);
            assert.deepEqual(result.readings, base);
          }
          assert.deepEqual(shown(edit(build({}), [LINE_12, `${LINE_12}${indent(sentence).trim()}`])), []);
        });
      }
    });
  }
});

describe('narrative-consistency: distractors on a people’s government’s report and on the 2019 template', () => {
  // 示例市人民政府: 全市 is its own area, so “全市…” sentences are read there, and must still stay silent.
  for (const name of ['valid/government-2023.yaml', 'valid/report-2019-template.yaml']) {
    it(name, () => {
      const text = readFixture(name);
      const paragraph = text.split('\n').find((line) => line.includes('（二）依申请公开。'))!;
      const noisy = Object.values(DISTRACTOR_FAMILIES)
        .flat()
        .filter((sentence) => shown(edit(text, [paragraph, `${paragraph}\n${indent(sentence)}`])).length > 0);
      assert.deepEqual(noisy, []);
      const cityWide = edit(text, [
        paragraph,
        `${paragraph}\n  全市各级行政机关共收到政府信息公开申请860件，全市共办结政府信息公开申请851件。`,
      ]);
      assert.deepEqual(shown(cityWide), []);
    });
  }
});

describe('narrative-consistency: true claims in other words', () => {
  const base = readings(build({}));
  for (const claim of TRUE_CLAIMS) {
    it(claim.text, () => {
      // Right after the paragraph's first sentence (line 14), where 其中…, 另有… have what they lean on.
      const text = build({ middle: [claim.text] });
      assert.deepEqual(shown(text), []);
      // Read once more than in the base (a sentence put in may hide what leans on the first: 其中…).
      const read = readings(text);
      const times = (list: readonly string[]) => list.filter((r) => r === `${claim.quantity}=${claim.value} agrees`).length;
      assert.equal(times(read), times(base) + 1, read.join(', '));
      // The same sentence with its number one higher is reported there.
      const higher = /^\d+$/.test(claim.number) ? String(claim.value + 1) : chineseOf(claim.value + 1);
      const changed = build({ middle: [claim.text.replace(claim.number, higher)] });
      const found = warnings(changed);
      assert.equal(found.length, 1, shown(changed).join('\n'));
      assert.equal(found[0]!.line, 14);
      assert.equal(found[0]!.data.stated, claim.value + 1);
      assert.ok(String(found[0]!.data.claim).includes(higher));
    });
  }
});

describe('narrative-consistency: the same figures in other layouts and words', () => {
  LAYOUTS.forEach(({ text, read }, index) => {
    it(`layout ${index + 1}`, () => {
      const report = edit(BUSY, [LINE_13, indent(text)]);
      assert.deepEqual(shown(report), []);
      const data = parse(report) as unknown;
      assert.deepEqual(
        assessClaims(data, declaredTemplate(data)).map((a) => `${a.claim.readings.join('|')}=${a.claim.stated}`),
        read,
      );
      // Each figure one higher is reported, alone.
      for (const figure of new Set(read.map((r) => r.split('=')[1]!))) {
        const wide = [...figure].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
        const digits = [...text.matchAll(new RegExp(`(?<![\\d０-９])(?:${figure}|${wide})(?=件)`, 'gu'))];
        for (const match of digits) {
          const changed = text.slice(0, match.index) + String(Number(figure) + 1) + text.slice(match.index + figure.length);
          const found = warnings(edit(BUSY, [LINE_13, indent(changed)]));
          assert.equal(found.length, 1, `${changed}\n${found.map((d) => d.message).join('\n')}`);
          assert.equal(found[0]!.data.stated, Number(figure) + 1);
        }
      }
    });
  });
});

describe('narrative-consistency: one number changed is reported at that number', () => {
  for (const slot of SLOTS) {
    it(slot, () => {
      const found = warnings(build({ change: { slot, by: 2 } }));
      assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
      assert.equal(found[0]!.data.stated, BASE[slot] + 2);
      assert.equal(found[0]!.data.difference, 2);
    });
  }
});

describe('narrative-consistency: a table cell and the text changed together stay silent', () => {
  for (const [k, j, m] of [
    [1, 0, 0],
    [0, 3, 0],
    [0, 0, 2],
    [40, 7, 9],
  ] as const) {
    it(`k=${k} j=${j} m=${m}`, () => {
      const text = build({ k, j, m });
      assert.deepEqual(shown(text), []);
      assert.equal(readings(text).filter((r) => r.endsWith('agrees')).length, SLOTS.length);
    });
  }
});

describe('narrative-consistency: the three combined (fast-check)', () => {
  const all = Object.values(DISTRACTOR_FAMILIES).flat();
  it('distractors anywhere safe, tables shifted with the text, at most one figure changed: exactly that one is reported', () => {
    fc.assert(
      fc.property(
        fc.record({
          k: fc.integer({ min: 0, max: 60 }),
          j: fc.integer({ min: 0, max: 20 }),
          m: fc.integer({ min: 0, max: 9 }),
          before: fc.subarray(all, { maxLength: 3 }),
          after: fc.subarray(all, { maxLength: 3 }),
          inOther: fc.subarray(all, { maxLength: 2 }),
          change: fc.option(fc.record({ slot: fc.constantFrom(...SLOTS), by: fc.integer({ min: 1, max: 30 }) }), { nil: undefined }),
        }),
        (options) => {
          const found = warnings(build(options));
          if (!options.change) return found.length === 0;
          return found.length === 1 && typeof found[0]!.data.stated === 'number' && found[0]!.data.difference === options.change.by;
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** 1–99 in Chinese numerals. */
function chineseOf(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
}

describe('narrative: reading never fails on text made of its own words', () => {
  const pieces = [
    '所有',
    '全部',
    '申请',
    '政府信息公开',
    '均已',
    '办结',
    '办理',
    '收到',
    '上年结转',
    '结转下年度',
    '予以公开',
    '不予公开',
    '行政复议',
    '行政诉讼',
    '未收到',
    '无',
    '其中',
    '全县',
    '我局',
    '2022年',
    '12月',
    '“',
    '”',
    '，',
    '。',
    '\n',
    ' ',
    '（',
    '）',
    '5',
    '２',
    '十',
    '一',
    '件',
    '条',
    '%',
    '同比',
  ];
  it('claims lie inside the text, in order, and their words are the text’s without white space', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 80 }),
        fc.constantFrom(undefined, '示例县人民政府'),
        (parts, agency) => {
          const text = parts.join('');
          const claims = extractClaims(text, { year: 2022, ...(agency ? { jurisdiction: jurisdictionOf(agency) } : {}) });
          let last = -1;
          for (const claim of claims) {
            const [from, to] = claim.span;
            if (!(from >= 0 && to <= text.length && from < to && from >= last)) return false;
            if (claim.phrase.replace(/\s+/gu, '') !== text.slice(from, to).replace(/\s+/gu, '')) return false;
            if (claim.readings[0] !== claim.quantity || !Number.isSafeInteger(claim.stated)) return false;
            last = from;
          }
          return true;
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });
});
