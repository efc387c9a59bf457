import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintReports, type LintTarget } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';
import { carryoverContinuity } from '../src/rules/carryover-continuity.js';
import { duplicateReport } from '../src/rules/duplicate-report.js';
import { duplicateText, similarity } from '../src/rules/duplicate-text.js';
import { inForceContinuity } from '../src/rules/in-force-continuity.js';
import { parse } from 'yaml';
import { BUSY, edit } from './helpers.js';
import { testRule } from './rule-tester.js';

const load = (file: string, text: string) => loadReport(file, new TextEncoder().encode(text));
const lintSet = (reports: readonly [string, string][], extra: Partial<LintTarget>[] = []) => {
  const targets = reports.map(([file, text], i) => ({ report: load(file, text), ...(extra[i] ?? {}) }));
  const results = lintReports(targets, { rules: RULES, locale: 'en' });
  return (file: string, rule?: string) =>
    results[reports.findIndex(([f]) => f === file)]!.filter((d) => !rule || d.ruleId === rule).map((d) => ({
      rule: d.ruleId,
      at: `${d.line}:${d.column}`,
      data: d.data,
      related: d.related?.map((r) => `${r.file} ${r.line}:${r.column}`),
    }));
};

const year = (text: string, from: number, to: number) => edit(text, [`year: ${from}`, `year: ${to}`]);
const REPORT_2022 = BUSY; // carried forward [2, 2, 0, 0, 0, 0, 4]; 行政规范性文件 in force 38
const REPORT_2023 = edit(
  year(BUSY, 2022, 2023),
  ['published: 2023-01-16', 'published: 2024-01-16'],
  ['  carried_over:            [2, 1, 0, 0, 0, 0, 3]', '  carried_over:            [2, 2, 0, 0, 0, 0, 4]'],
  ['  new:                     [40, 6, 0, 1, 3, 2, 52]', '  new:                     [40, 5, 0, 1, 3, 2, 51]'],
  ['normative_documents: { issued: 5, repealed: 2, in_force: 38 }', 'normative_documents: { issued: 4, repealed: 0, in_force: 42 }'],
  ['regulations:         { issued: 1, repealed: 0, in_force: 12 }', 'regulations:         { issued: 1, repealed: 0, in_force: 13 }'],
  ['全年新收政府信息公开申请52件，上年结转3件', '全年新收政府信息公开申请51件，上年结转4件'],
  [
    '2022年，我局按照《中华人民共和国政府信息公开条例》要求，明确专人负责政府信息公开工作，',
    '2023年，我局围绕优化营商环境，重点推进涉企政策公开，',
  ],
  ['  坚持以公开为常态、不公开为例外。', '  全年梳理惠企政策清单一份，并对市场主体关注的问题逐条解读。'],
  ['（一）主动公开。全年主动公开各类政府信息312条。', '（一）主动公开。新开设“涉企政策”专栏，集中发布政策文件和解读材料。'],
);

describe('rules across reports', () => {
  it('two consecutive, consistent reports of one body draw nothing', () => {
    const found = lintSet([
      ['2022.yaml', REPORT_2022],
      ['2023.yaml', REPORT_2023],
    ]);
    assert.deepEqual(found('2022.yaml'), []);
    assert.deepEqual(found('2023.yaml'), []);
  });

  it('carryover-continuity: per column, on this year’s cell, with last year’s cell as related location', () => {
    const broken = edit(
      REPORT_2023,
      ['  carried_over:            [2, 2, 0, 0, 0, 0, 4]', '  carried_over:            [3, 2, 0, 0, 0, 0, 5]'],
      ['  new:                     [40, 5, 0, 1, 3, 2, 51]', '  new:                     [39, 5, 0, 1, 3, 2, 50]'],
    );
    const found = lintSet([
      ['2022.yaml', REPORT_2022],
      ['2023.yaml', broken],
    ])('2023.yaml', 'carryover-continuity');
    assert.deepEqual(found, [
      {
        rule: 'carryover-continuity',
        at: '29:29',
        data: {
          column: '自然人',
          carriedOver: 3,
          previousCarriedForward: 2,
          difference: 1,
          previousYear: 2022,
          previousFile: '2022.yaml',
          expected: 2,
        },
        related: ['2022.yaml 57:29'],
      },
      {
        rule: 'carryover-continuity',
        at: '29:47',
        data: {
          column: '总计',
          carriedOver: 5,
          previousCarriedForward: 4,
          difference: 1,
          previousYear: 2022,
          previousFile: '2022.yaml',
          expected: 4,
        },
        related: ['2022.yaml 57:47'],
      },
    ]);
  });

  it('pairs reports by normalised agency and consecutive years only', () => {
    const broken = edit(
      REPORT_2023,
      ['  carried_over:            [2, 2, 0, 0, 0, 0, 4]', '  carried_over:            [2, 1, 0, 0, 0, 0, 3]'],
      ['  new:                     [40, 5, 0, 1, 3, 2, 51]', '  new:                     [40, 6, 0, 1, 3, 2, 52]'],
    );
    const spaced = edit(broken, ['agency: 示例县市场监督管理局', 'agency: " 示例县 市场监督管理局 "']);
    assert.equal(
      lintSet([
        ['2022.yaml', REPORT_2022],
        ['2023.yaml', spaced],
      ])('2023.yaml', 'carryover-continuity').length,
      2,
    );
    const other = edit(broken, ['agency: 示例县市场监督管理局', 'agency: 示例县卫生健康委员会']);
    assert.deepEqual(
      lintSet([
        ['2022.yaml', REPORT_2022],
        ['2023.yaml', other],
      ])('2023.yaml', 'carryover-continuity'),
      [],
    );
    const gap = year(broken, 2023, 2024);
    assert.deepEqual(
      lintSet([
        ['2022.yaml', REPORT_2022],
        ['2024.yaml', gap],
      ])('2024.yaml', 'carryover-continuity'),
      [],
    );
  });

  it('--previous pairs explicitly, whatever the agency says, and reports nothing on the previous file', () => {
    const broken = edit(
      REPORT_2023,
      ['agency: 示例县市场监督管理局', 'agency: 另一个名字'],
      ['  carried_over:            [2, 2, 0, 0, 0, 0, 4]', '  carried_over:            [2, 1, 0, 0, 0, 0, 3]'],
      ['  new:                     [40, 5, 0, 1, 3, 2, 51]', '  new:                     [40, 6, 0, 1, 3, 2, 52]'],
    );
    const previous = load('last.yaml', REPORT_2022);
    const found = lintSet([['2023.yaml', broken]], [{ previous }])('2023.yaml', 'carryover-continuity');
    assert.deepEqual(
      found.map((f) => [f.at, f.related]),
      [
        ['29:32', ['last.yaml 57:32']],
        ['29:47', ['last.yaml 57:47']],
      ],
    );
  });

  it('in-force-continuity: 现行有效件数 follows last year’s, on the 2021 template only', () => {
    const off = edit(REPORT_2023, [
      'normative_documents: { issued: 4, repealed: 0, in_force: 42 }',
      'normative_documents: { issued: 4, repealed: 0, in_force: 44 }',
    ]);
    const found = lintSet([
      ['2022.yaml', REPORT_2022],
      ['2023.yaml', off],
    ])('2023.yaml', 'in-force-continuity');
    assert.deepEqual(found, [
      {
        rule: 'in-force-continuity',
        at: '20:60',
        data: {
          row: '行政规范性文件',
          inForce: 44,
          previousInForce: 38,
          issued: 4,
          repealed: 0,
          expected: 42,
          difference: 2,
          previousYear: 2022,
          previousFile: '2022.yaml',
        },
        related: ['2022.yaml 20:60'],
      },
    ]);
  });

  it('duplicate-text: a part copied from last year with only the year changed, with its similarity', () => {
    const sameOverview = REPORT_2023.replace(
      /overview: \|[\s\S]*?\n\n(?=proactive)/,
      BUSY.match(/overview: \|[\s\S]*?\n\n(?=proactive)/)![0].replace('2022年', '2023年'),
    );
    const found = lintSet([
      ['2022.yaml', REPORT_2022],
      ['2023.yaml', sameOverview],
    ])('2023.yaml', 'duplicate-text');
    assert.deepEqual(found, [
      {
        rule: 'duplicate-text',
        at: '8:1',
        data: { section: '一、总体情况', similarity: 100, previousYear: 2022, previousFile: '2022.yaml' },
        related: ['2022.yaml 8:11'],
      },
    ]);
  });

  it('similarity is 1 for the same text, 0 for nothing shared, and in between for an edit', () => {
    assert.equal(similarity('政府信息公开', '政府信息公开'), 1);
    assert.equal(similarity('政府信息', '春夏秋冬'), 0);
    const edited = similarity('全年主动公开政府信息共计若干条', '全年主动公开政务信息共计若干条');
    assert.ok(edited > 0.7 && edited < 1, String(edited));
  });

  it('duplicate-report: two reports of one body and year, reported on the later file', () => {
    const found = lintSet([
      ['a.yaml', REPORT_2022],
      ['b.yaml', REPORT_2022],
    ]);
    assert.deepEqual(found('a.yaml'), []);
    assert.deepEqual(found('b.yaml'), [
      {
        rule: 'duplicate-report',
        at: '5:7',
        data: { otherFile: 'a.yaml', agency: '示例县市场监督管理局', year: 2022 },
        related: ['a.yaml 5:7'],
      },
    ]);
  });

  it('a report that does not parse takes no part in pairing', () => {
    const found = lintSet([
      ['2022.yaml', 'agency: [unclosed'],
      ['2023.yaml', REPORT_2023],
    ]);
    assert.deepEqual(found('2023.yaml'), []);
    assert.deepEqual(
      found('2022.yaml').map((f) => f.rule),
      ['parse'],
    );
  });
});

// ---- each cross-report rule alone, on pairs: last year's report (BUSY, 2022) and this year's as a fragment over it ----

const LAST_YEAR = { text: BUSY };
/** BUSY's 2022 overview, as the 2023 report would copy it. */
const BUSY_OVERVIEW = (parse(BUSY) as { overview: string }).overview;

testRule(carryoverContinuity, {
  valid: [
    {
      name: '上年结转 of each column is last year’s 结转下年度',
      report: { year: 2023, applications: { carried_over: [2, 2, 0, 0, 0, 0, 4] } },
      earlier: LAST_YEAR,
    },
    { name: 'another body is not compared', report: { year: 2023, agency: '示例县卫生健康委员会' }, earlier: LAST_YEAR },
    { name: 'a year apart is not compared', report: { year: 2024 }, earlier: LAST_YEAR },
    { name: 'a single report has nothing to follow', report: { year: 2023 } },
  ],
  invalid: [
    {
      name: 'this year’s 上年结转 differs from last year’s 结转下年度: one finding per column, on this year’s cell',
      report: { year: 2023 },
      earlier: LAST_YEAR,
      errors: [
        {
          messageId: 'mismatch',
          path: '/applications/carried_over/1',
          data: {
            column: '商业企业',
            carriedOver: 1,
            previousCarriedForward: 2,
            difference: -1,
            previousYear: 2022,
            previousFile: 'earlier.yaml',
            expected: 2,
          },
        },
        {
          messageId: 'mismatch',
          path: '/applications/carried_over/6',
          data: { column: '总计', carriedOver: 3, previousCarriedForward: 4, expected: 4 },
        },
      ],
    },
    {
      name: 'named by --previous, whatever the agency says',
      report: { year: 2023, agency: '另一个名字' },
      earlier: LAST_YEAR,
      previous: true,
      errors: [
        { messageId: 'mismatch', path: '/applications/carried_over/1', data: { column: '商业企业' } },
        { messageId: 'mismatch', path: '/applications/carried_over/6', data: { column: '总计' } },
      ],
    },
  ],
});

testRule(inForceContinuity, {
  valid: [
    {
      name: 'in force = last year’s + issued − repealed, for both rows',
      report: {
        year: 2023,
        proactive: { regulations: { issued: 1, repealed: 0, in_force: 13 }, normative_documents: { issued: 4, repealed: 0, in_force: 42 } },
      },
      earlier: LAST_YEAR,
    },
  ],
  invalid: [
    {
      name: '行政规范性文件 two more in force than last year’s and this year’s changes give',
      report: {
        year: 2023,
        proactive: { regulations: { issued: 1, repealed: 0, in_force: 13 }, normative_documents: { issued: 4, repealed: 0, in_force: 44 } },
      },
      earlier: LAST_YEAR,
      errors: [
        {
          messageId: 'mismatch',
          path: '/proactive/normative_documents/in_force',
          data: {
            row: '行政规范性文件',
            inForce: 44,
            previousInForce: 38,
            issued: 4,
            repealed: 0,
            expected: 42,
            difference: 2,
            previousYear: 2022,
            previousFile: 'earlier.yaml',
          },
        },
      ],
    },
  ],
});

testRule(duplicateText, {
  valid: [{ name: 'a report alone', report: { year: 2023, overview: BUSY_OVERVIEW.replace('2022年', '2023年') } }],
  invalid: [
    {
      name: 'a part copied from last year with only the year changed',
      report: { year: 2023, overview: BUSY_OVERVIEW.replace('2022年', '2023年') },
      earlier: LAST_YEAR,
      errors: [
        {
          messageId: 'similar',
          path: '/overview',
          data: { section: '一、总体情况', similarity: 100, previousYear: 2022, previousFile: 'earlier.yaml' },
        },
      ],
    },
  ],
});

testRule(duplicateReport, {
  valid: [{ name: 'two years of one body', report: { year: 2023 }, earlier: LAST_YEAR }],
  invalid: [
    {
      name: 'two reports of one body and year, reported on the later',
      report: {},
      earlier: LAST_YEAR,
      errors: [{ messageId: 'duplicate', path: '/year', data: { otherFile: 'earlier.yaml', agency: '示例县市场监督管理局', year: 2022 } }],
    },
  ],
});
