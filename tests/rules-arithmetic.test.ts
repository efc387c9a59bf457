import { appealsTotal } from '../src/rules/appeals-total.js';
import { applicationsBalance } from '../src/rules/applications-balance.js';
import { applicationsResultsTotal } from '../src/rules/applications-results-total.js';
import { applicationsRowTotal } from '../src/rules/applications-row-total.js';
import { BUSY, edit, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

// Positions below are in fixtures/valid/busy-2022.yaml: table 三 rows open their list at column 28,
// table 四 rows at column 37.
const row = (name: string, from: string, to: string) => [`${name}${from}`, `${name}${to}`] as const;
const NEW = '  new:                     ';
const CARRIED_OVER = '  carried_over:            ';
const DISCLOSED = '    disclosed:             ';
const TOTAL = '    total:                 ';
const FORWARD = '  carried_forward:         ';
const NOT_HELD = '      not_held:            ';
const RECONSIDERATION = '  reconsideration:                  ';
const DIRECT = '  litigation_direct:                ';

const clean = [
  { name: 'the sample report (all zeros)', text: SAMPLE },
  { name: 'a busy report where every relation holds', text: BUSY },
];

testRule(
  applicationsBalance,
  {
    valid: [
      ...clean,
      {
        name: 'blank cells that leave the balance intact',
        text: edit(BUSY, row(CARRIED_OVER, '[2, 1, 0, 0, 0, 0, 3]', '[2, 1, null, 0, 0, 0, 3]')),
      },
    ],
    invalid: [
      {
        name: 'carried forward one too many, row total adjusted: reported at （七）总计 of each column',
        text: edit(BUSY, row(FORWARD, '[2, 2, 0, 0, 0, 0, 4]', '[3, 2, 0, 0, 0, 0, 5]')),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/total/0',
            line: 56,
            column: 29,
            data: { column: '自然人', new: 40, carriedOver: 2, total: 40, carriedForward: 3, leftSum: 42, rightSum: 43, difference: -1 },
          },
          {
            messageId: 'mismatch',
            path: '/applications/results/total/6',
            line: 56,
            column: 48,
            data: { column: '总计', leftSum: 55, rightSum: 56, difference: -1 },
          },
        ],
      },
      {
        name: 'one wrong cell is pointed at when it alone explains every failure',
        text: edit(BUSY, row(NEW, '[40, 6, 0, 1, 3, 2, 52]', '[40, 9, 0, 1, 3, 2, 52]')),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/new/1',
            line: 28,
            column: 33,
            data: { column: '商业企业', new: 9, leftSum: 10, rightSum: 7, difference: 3 },
            suggestion: {
              messageId: 'singleFix',
              data: { cell: '表三「一、本年新收政府信息公开申请数量」「商业企业」', from: 9, to: 6, mends: 2 },
            },
          },
        ],
      },
      {
        name: 'a blank cell counts as 0 and the message says so',
        text: edit(BUSY, row(CARRIED_OVER, '[2, 1, 0, 0, 0, 0, 3]', '[null, 1, 0, 0, 0, 0, 3]')),
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/applications/carried_over/0',
            line: 29,
            column: 29,
            data: {
              column: '自然人',
              carriedOver: 0,
              leftSum: 40,
              rightSum: 42,
              blanks: ['表三「二、上年结转政府信息公开申请数量」「自然人」'],
            },
            suggestion: { messageId: 'singleFixBlank', data: { from: null, to: 2, mends: 2 } },
          },
        ],
      },
      {
        name: 'a blank （七）总计「总计」: the one cell that mends all three relations it is in',
        report: { applications: { results: { total: [40, 5, 0, 1, 3, 2, null] } } },
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/applications/results/total/6',
            data: { column: '总计', leftSum: 55, rightSum: 4, difference: 51, blanks: ['表三「（七）总计」「总计」'] },
            suggestion: { messageId: 'singleFixBlank', data: { cell: '表三「（七）总计」「总计」', from: null, to: 51, mends: 3 } },
          },
        ],
      },
    ],
  },
  { unreachable: { singleFixOne: 'every cell of table 三 is in a row relation and a column relation, so a fix mends two or more' } },
);

testRule(
  applicationsResultsTotal,
  {
    valid: [
      ...clean,
      {
        name: 'a cell that is not a number is left to the schema rule',
        text: edit(BUSY, row(NOT_HELD, '[8, 1, 0, 0, 1, 0, 10]', '[8, 1, 0, 0, 1, 0, "十"]')),
      },
    ],
    invalid: [
      {
        name: '（七）总计 one more than the results in two columns, balance kept',
        text: edit(
          BUSY,
          row(TOTAL, '[40, 5, 0, 1, 3, 2, 51]', '[40, 6, 0, 1, 3, 2, 52]'),
          row(FORWARD, '[2, 2, 0, 0, 0, 0, 4]', '[2, 1, 0, 0, 0, 0, 3]'),
        ),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/total/1',
            line: 56,
            column: 33,
            data: { column: '商业企业', total: 6, rightSum: 5, rows: 21, difference: 1 },
          },
          {
            messageId: 'mismatch',
            path: '/applications/results/total/6',
            line: 56,
            column: 48,
            data: { column: '总计', total: 52, rightSum: 51, rows: 21, difference: 1 },
          },
        ],
      },
      {
        name: 'a result cell that alone explains the failure is pointed at',
        text: edit(BUSY, row(NOT_HELD, '[8, 1, 0, 0, 1, 0, 10]', '[8, 1, 0, 0, 1, 0, 11]')),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/unavailable/not_held/6',
            line: 43,
            column: 47,
            data: { column: '总计', total: 51, rightSum: 52, difference: -1 },
            suggestion: { messageId: 'singleFix', data: { from: 11, to: 10, mends: 2 } },
          },
        ],
      },
      {
        name: 'one case moved between two columns of a result row: no single cell explains it, none is proposed',
        report: { applications: { results: { disclosed: [19, 2, 0, 1, 1, 1, 24] } } },
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/total/0',
            data: { column: '自然人', total: 40, rightSum: 41, difference: -1 },
            suggestion: null,
          },
          {
            messageId: 'mismatch',
            path: '/applications/results/total/1',
            data: { column: '商业企业', total: 5, rightSum: 4, difference: 1 },
            suggestion: null,
          },
        ],
      },
      {
        name: 'a blank cell of a result row counts as 0, and filling it is proposed',
        report: { applications: { results: { partially_disclosed: [4, null, 0, 0, 0, 0, 5] } } },
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/applications/results/partially_disclosed/1',
            data: { column: '商业企业', total: 5, rightSum: 4, difference: 1 },
            suggestion: { messageId: 'singleFixBlank', data: { from: null, to: 1, mends: 2 } },
          },
        ],
      },
    ],
  },
  { unreachable: { singleFixOne: 'every cell of table 三 is in a row relation and a column relation, so a fix mends two or more' } },
);

testRule(
  applicationsRowTotal,
  {
    valid: clean,
    invalid: [
      {
        name: 'two row totals off in opposite directions (column total still holds)',
        text: edit(
          BUSY,
          row(DISCLOSED, '[18, 3, 0, 1, 1, 1, 24]', '[18, 3, 0, 1, 1, 1, 25]'),
          row('    partially_disclosed:   ', '[4, 1, 0, 0, 0, 0, 5]', '[4, 1, 0, 0, 0, 0, 4]'),
        ),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/disclosed/6',
            line: 31,
            column: 48,
            data: { row: '表三「（一）予以公开」', total: 25, sum: [18, 3, 0, 1, 1, 1], rightSum: 24, difference: 1 },
          },
          {
            messageId: 'mismatch',
            path: '/applications/results/partially_disclosed/6',
            line: 32,
            column: 47,
            data: { total: 4, rightSum: 5, difference: -1 },
          },
        ],
      },
      {
        name: '予以公开 自然人 +1: the cell itself is pointed at, with the fix',
        text: edit(BUSY, row(DISCLOSED, '[18, 3, 0, 1, 1, 1, 24]', '[19, 3, 0, 1, 1, 1, 24]')),
        errors: [
          {
            messageId: 'mismatch',
            path: '/applications/results/disclosed/0',
            line: 31,
            column: 29,
            data: { total: 24, rightSum: 25, difference: -1 },
            suggestion: { messageId: 'singleFix', data: { cell: '表三「（一）予以公开」「自然人」', from: 19, to: 18, mends: 2 } },
          },
        ],
      },
      {
        name: 'a blank row total counts as 0, and filling it is proposed',
        report: { applications: { results: { disclosed: [18, 3, 0, 1, 1, 1, null] } } },
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/applications/results/disclosed/6',
            data: { row: '表三「（一）予以公开」', total: 0, rightSum: 24, difference: -24, blanks: ['表三「（一）予以公开」「总计」'] },
            suggestion: { messageId: 'singleFixBlank', data: { from: null, to: 24, mends: 2 } },
          },
        ],
      },
    ],
  },
  { unreachable: { singleFixOne: 'every cell of table 三 is in a row relation and a column relation, so a fix mends two or more' } },
);

testRule(
  appealsTotal,
  {
    valid: clean,
    invalid: [
      {
        name: '行政复议 总计 one too many',
        text: edit(BUSY, row(RECONSIDERATION, '[2, 1, 0, 1, 4]', '[2, 1, 0, 1, 5]')),
        errors: [
          {
            messageId: 'mismatch',
            path: '/appeals/reconsideration/4',
            line: 61,
            column: 50,
            data: { group: '表四「行政复议」', total: 5, sum: [2, 1, 0, 1], rightSum: 4, difference: 1 },
          },
        ],
      },
      {
        name: 'a blank total counts as 0',
        text: edit(BUSY, row(DIRECT, '[1, 0, 0, 0, 1]', '[1, 0, 0, 0, null]')),
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/appeals/litigation_direct/4',
            line: 62,
            column: 50,
            data: { total: 0, rightSum: 1, blanks: ['表四「行政诉讼 未经复议直接起诉」「总计」'] },
          },
        ],
      },
      {
        name: 'a 总计 of 0 under 1 + 1: only the total can be mended without a negative count, so it is proposed',
        report: { appeals: { reconsideration: [1, 1, 0, 0, 0] } },
        errors: [
          {
            messageId: 'mismatch',
            path: '/appeals/reconsideration/4',
            data: { group: '表四「行政复议」', total: 0, sum: [1, 1, 0, 0], difference: -2 },
            suggestion: { messageId: 'singleFixOne', data: { cell: '表四「行政复议」「总计」', from: 0, to: 2, mends: 1 } },
          },
        ],
      },
      {
        name: 'the same with the total left blank: filling it is proposed',
        report: { appeals: { reconsideration: [1, 1, 0, 0, null] } },
        errors: [
          {
            messageId: 'mismatchWithBlanks',
            path: '/appeals/reconsideration/4',
            data: { blanks: ['表四「行政复议」「总计」'] },
            suggestion: { messageId: 'singleFixBlank', data: { from: null, to: 2, mends: 1 } },
          },
        ],
      },
    ],
  },
  { unreachable: { singleFix: 'each cell of table 四 is in one relation only, so a fix mends one' } },
);
