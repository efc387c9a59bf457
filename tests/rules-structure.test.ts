import { blankCell } from '../src/rules/blank-cell.js';
import { disableDirective } from '../src/rules/disable-directive.js';
import { encoding } from '../src/rules/encoding.js';
import { parseRule } from '../src/rules/parse.js';
import { requiredSections } from '../src/rules/required-sections.js';
import { schemaRule } from '../src/rules/schema.js';
import { BUSY, edit, encodeGb18030, encodeUtf16, readFixture, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

const REPORT_2019 = readFixture('valid/report-2019-template.yaml');

const clean = [
  { name: 'the sample report', text: SAMPLE },
  { name: 'a busy report', text: BUSY },
];

testRule(
  parseRule,
  {
    valid: [...clean, { name: 'JSON is YAML', text: '{"template": "2021", "agency": "示例局", "year": 2023}' }],
    invalid: [
      {
        name: 'an unclosed flow sequence is reported at its opening bracket',
        text: 'template: "2021"\napplications:\n  new: [1, 2\n  carried_over: [0]\n',
        errors: [{ messageId: 'indentation', path: '', line: 3, column: 8 }],
      },
      {
        name: 'an unclosed quote is reported where it opens',
        text: 'template: "2021"\nagency: "示例局\nyear: 2023\n',
        errors: [{ messageId: 'missingCharacter', path: '', line: 2, column: 9 }],
      },
      {
        name: 'a duplicate key names both places',
        text: 'year: 2023\nagency: 局\nyear: 2024\n',
        errors: [{ messageId: 'duplicateKey', path: '', line: 3, column: 1, data: { detail: '"year" at 1:1 and 3:1' } }],
      },
      {
        name: 'numbers that are not plain decimal',
        text: 'agency: 局\nlicensing: 0x10\npunishment: 1e3\nenforcement: +5\n',
        errors: [
          { messageId: 'numberFormat', path: '', line: 2, column: 12, data: { detail: '0x10' } },
          { messageId: 'numberFormat', path: '', line: 3, column: 13, data: { detail: '1e3' } },
          { messageId: 'numberFormat', path: '', line: 4, column: 14, data: { detail: '+5' } },
        ],
      },
      {
        name: 'two documents',
        text: 'year: 2023\n---\nyear: 2024\n',
        errors: [{ messageId: 'multipleDocuments', path: '', line: 2, column: 1 }],
      },
      { name: 'a tag', text: 'year: !!binary 2023\n', errors: [{ messageId: 'tag', path: '', line: 1, column: 7 }] },
      {
        name: 'even a core-schema tag',
        text: 'agency: 局\nyear: !!str 2023\n',
        errors: [{ messageId: 'tag', path: '', line: 2, column: 7 }],
      },
      {
        name: 'an alias bomb',
        text: [
          'a: &a [x, x, x, x, x, x, x, x, x, x]',
          ...Array.from(
            { length: 8 },
            (_, i) =>
              `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
                .fill(`*${String.fromCharCode(97 + i)}`)
                .join(', ')}]`,
          ),
        ].join('\n'),
        errors: [{ messageId: 'resourceLimit', path: '', line: 1, column: 1 }],
      },
      {
        name: 'brackets nested too deep: reported at the first one past the limit',
        text: `a: "[[["\nb: ${'['.repeat(100000)}${']'.repeat(100000)}`,
        errors: [{ messageId: 'resourceLimit', path: '', line: 2, column: 68 }],
      },
      {
        name: 'block nesting too deep: reported where the indentation passes the limit',
        text: `a:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}1\n`,
        errors: [{ messageId: 'resourceLimit', path: '', line: 258, column: 258 }],
      },
      {
        name: 'compact nested sequences too deep',
        text: `a: ${'- '.repeat(100)}1\nb:\n  ${'- '.repeat(100)}1\n`,
        errors: [{ messageId: 'resourceLimit', path: '', line: 3, column: 131 }],
      },
      {
        name: 'JSON with a missing comma',
        text: '{\n  "template": "2021"\n  "year": 2023\n}\n',
        errors: [{ messageId: 'missingCharacter', path: '', line: 3, column: 3 }],
      },
      {
        name: 'a tab in the indentation',
        text: 'template: "2021"\napplications:\n\tnew: [1]\n',
        errors: [{ messageId: 'tabIndent', path: '' }],
      },
      {
        name: 'a key that runs over two lines (a missing colon)',
        text: 'agency: x\nyear 2023\nfoo: 1\n',
        errors: [{ messageId: 'keyLine', path: '' }],
      },
      {
        name: 'a value starting with a reserved character',
        text: 'agency: @x\n',
        errors: [{ messageId: 'unexpected', path: '', line: 1, column: 9 }],
      },
      { name: 'an invalid escape inside double quotes', text: 'agency: "\\q"\n', errors: [{ messageId: 'escape', path: '' }] },
      {
        name: 'a mistake the parser names with no message of ours keeps its code',
        text: 'a: &x\n  - 1\nb: !foo *x\n',
        errors: [{ messageId: 'syntax', path: '' }],
      },
      {
        name: 'a merge key, at the key',
        text: 'a: &a { x: 1 }\nb:\n  <<: *a\n',
        errors: [{ messageId: 'mergeKey', path: '', line: 3, column: 3, data: { detail: '<<' } }],
      },
      {
        name: 'an alias ending in a colon',
        text: 'a: &x 1\nb: *x:\n',
        errors: [{ messageId: 'alias', path: '', line: 2, column: 6, data: { detail: 'Alias ending in : is ambiguous' } }],
      },
      {
        name: 'a NUL byte: a binary file, not a report',
        text: new Uint8Array([0x61, 0x3a, 0x20, 0x00, 0x01]),
        errors: [
          { messageId: 'binary', path: '', line: 1, column: 1, data: { detail: 'a NUL byte at byte 3: a binary file, not a report' } },
        ],
      },
      {
        name: 'bytes that are neither UTF-8 nor GB18030',
        text: new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xff, 0x80, 0x0a]),
        errors: [{ messageId: 'encoding', path: '', line: 1, column: 1, data: { detail: 'byte 3 is neither UTF-8 nor GB18030 text' } }],
      },
    ],
  },
  { unreachable: { duplicateKeyUnplaced: 'yaml reports DUPLICATE_KEY only for scalar keys, and every scalar key has a place' } },
);

const ROW = '      petition:            ';
testRule(
  schemaRule,
  {
    valid: [
      ...clean,
      { name: 'the 2019-template report', text: REPORT_2019 },
      {
        name: 'blank cells are allowed by the schema',
        text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, null, ~, 0, 0, 0, 2]`]),
      },
    ],
    invalid: [
      {
        name: 'a string in a cell, with the number it looks like',
        text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}["２", 0, 0, 0, 0, 0, 2]`]),
        errors: [
          {
            messageId: 'numberAsText',
            path: '/applications/results/not_processed/petition/0',
            line: 47,
            column: 29,
            data: { label: '表三「（五）不予处理 1.信访举报投诉类申请」「自然人」', found: '"２"', suggested: 2 },
          },
        ],
      },
      {
        name: 'negative and fractional counts',
        text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, -1, 0, 0, 0, 1.5, 2]`]),
        errors: [
          { messageId: 'negative', path: '/applications/results/not_processed/petition/1', line: 47, column: 32, data: { found: '-1' } },
          { messageId: 'fractional', path: '/applications/results/not_processed/petition/5', line: 47, column: 45, data: { found: '1.5' } },
        ],
      },
      {
        name: 'a row of the wrong length',
        text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, 0, 0, 0, 0, 2]`]),
        errors: [
          {
            messageId: 'wrongLength',
            path: '/applications/results/not_processed/petition',
            line: 47,
            column: 28,
            data: { length: 7, actual: 6 },
          },
        ],
      },
      {
        name: 'a misspelt key: unknown at the key, missing at the parent',
        text: edit(BUSY, ['    disclosed:  ', '    disclosd:   ']),
        errors: [
          { messageId: 'missingKey', path: '/applications/results/disclosed', line: 30, column: 3, data: { key: 'disclosed' } },
          {
            messageId: 'unknownKeyDidYouMean',
            path: '/applications/results/disclosd',
            line: 31,
            column: 5,
            data: { key: 'disclosd', suggestion: 'disclosed' },
          },
        ],
      },
      {
        name: 'an unknown top-level key without a close match',
        text: edit(BUSY, ['year: 2022\n', 'year: 2022\nauthor: 办公室\n']),
        errors: [{ messageId: 'unknownTopKey', path: '/author', line: 6, column: 1, data: { key: 'author' } }],
      },
      {
        name: 'template, year and date of the wrong kind',
        text: edit(
          BUSY,
          ['template: "2021"', 'template: 2021  '],
          ['year: 2022', 'year: "二〇二二"'],
          ['published: 2023-01-16', 'published: 2023/01/16'],
        ),
        errors: [
          { messageId: 'wrongTemplate', path: '/template', line: 3, column: 11, data: { found: '2021' } },
          { messageId: 'badYear', path: '/year', line: 5, column: 7 },
          { messageId: 'badDate', path: '/published', line: 6, column: 12 },
        ],
      },
      {
        name: 'a cell written “/” or “—” instead of null',
        text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, "/", "—", 0, 0, 0, 2]`]),
        errors: [
          {
            messageId: 'blankAsText',
            path: '/applications/results/not_processed/petition/1',
            line: 47,
            column: 32,
            data: { found: '"/"' },
          },
          {
            messageId: 'blankAsText',
            path: '/applications/results/not_processed/petition/2',
            line: 47,
            column: 37,
            data: { found: '"—"' },
          },
        ],
      },
      {
        name: 'a missing template is a missing key',
        text: edit(BUSY, ['template: "2021"', '# no template   ']),
        errors: [{ messageId: 'missingKey', path: '/template', line: 4, column: 1, data: { key: 'template' } }],
      },
      {
        name: 'fees may have decimals but not units other than 万元',
        text: edit(BUSY, ['  fees: 12.35', '  fees: 元12']),
        errors: [{ messageId: 'notAmount', path: '/proactive/fees', line: 24, column: 9, data: { found: '"元12"' } }],
      },
      { name: 'a report that is not a mapping', text: '- 1\n- 2\n', errors: [{ messageId: 'notAMapping', path: '', line: 1, column: 1 }] },
      {
        name: 'a misspelt top-level key: missing where it belongs, unknown with the key it was meant to be',
        report: { agency: undefined, agncy: '示例局' },
        errors: [
          { messageId: 'missingKey', path: '/agency', data: { key: 'agency' } },
          { messageId: 'unknownTopKeyDidYouMean', path: '/agncy', data: { key: 'agncy', suggestion: 'agency' } },
        ],
      },
      {
        name: 'an unknown key inside a table',
        report: { applications: { foo: [1] } },
        errors: [{ messageId: 'unknownKey', path: '/applications/foo', data: { key: 'foo', parent: '表三' } }],
      },
      {
        name: 'true in a count',
        report: { proactive: { licensing: true } },
        errors: [
          {
            messageId: 'notCount',
            path: '/proactive/licensing',
            data: { label: '表二「第二十条第（五）项 行政许可 本年处理决定数量」', found: 'true' },
          },
        ],
      },
      {
        name: 'a number where text belongs',
        report: { overview: 5 },
        errors: [{ messageId: 'notText', path: '/overview', data: { label: '一、总体情况', found: '5' } }],
      },
      {
        name: 'a list where a table belongs',
        report: { appeals: [1] },
        errors: [{ messageId: 'notMapping', path: '/appeals', data: { label: '表四', found: '[1 items]' } }],
      },
      {
        name: 'a number where a row belongs, with the columns it needs',
        report: { applications: { new: 5 } },
        errors: [
          {
            messageId: 'notRow',
            path: '/applications/new',
            data: { found: '5', length: 7, columns: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] },
          },
        ],
      },
      {
        name: 'a value outside a fixed set',
        report: { agency_kind: 'xyz' },
        errors: [
          {
            messageId: 'invalid',
            path: '/agency_kind',
            data: { label: '机关类型', found: '"xyz"', detail: 'Invalid option: expected one of "department"|"government"' },
          },
        ],
      },
      {
        name: 'text in a column that may be negative (2019 template, 本年增/减)',
        base: REPORT_2019,
        report: { proactive: { licensing: { previous_items: 86, change: 'x', decisions: 1265 } } },
        errors: [
          {
            messageId: 'notSignedCount',
            path: '/proactive/licensing/change',
            data: { label: '表二「第二十条第（五）项 行政许可」「本年增/减」', found: '"x"' },
          },
        ],
      },
    ],
  },
  { unreachable: { emptyText: 'an empty text is reported as blankAsText before the schema’s own issue is looked at' } },
);

testRule(blankCell, {
  valid: clean,
  invalid: [
    {
      name: 'one diagnostic per row, listing the blank columns, at the first blank',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, null, 0, ~, 0, 0, 2]`]),
      errors: [
        {
          messageId: 'blankRow',
          path: '/applications/results/not_processed/petition/1',
          line: 47,
          column: 32,
          data: { count: 2, columns: ['商业企业', '社会公益组织'] },
        },
      ],
    },
    {
      name: 'a blank single value and a blank column of table 二',
      text: edit(BUSY, ['  punishment: 87', '  punishment:   '], ['repealed: 2,', 'repealed: ~,']),
      errors: [
        {
          messageId: 'blankProactiveRow',
          path: '/proactive/normative_documents/repealed',
          line: 20,
          column: 47,
          data: { row: '表二「第二十条第（一）项 行政规范性文件」', columns: ['本年废止件数'] },
        },
        {
          messageId: 'blankValue',
          path: '/proactive/punishment',
          line: 22,
          column: 3,
          data: { row: '表二「第二十条第（六）项 行政处罚 本年处理决定数量」' },
        },
      ],
    },
  ],
});

testRule(requiredSections, {
  valid: [
    ...clean,
    {
      name: '无 inside a longer text is fine',
      text: edit(BUSY, ['  本年度未收取政府信息公开信息处理费。', '  无收费情况，本年度未收取信息处理费。']),
    },
    {
      name: '六 saying only 无 is a statement, not a missing part',
      text: edit(BUSY, ['  本年度未收取政府信息公开信息处理费。', '  无其他需要报告的事项。']),
    },
    {
      name: '五 saying only 暂无 is problems-statement’s warning, not a missing part',
      text: edit(BUSY, [BUSY.slice(BUSY.indexOf('problems: |'), BUSY.indexOf('other_matters:')), 'problems: 暂无\n']),
    },
  ],
  invalid: [
    {
      name: 'a missing part is reported at the top of the report',
      text: edit(BUSY, ['other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。\n', '']),
      errors: [
        {
          messageId: 'missing',
          path: '/other_matters',
          line: 3,
          column: 1,
          data: { section: '六、其他需要报告的事项', key: 'other_matters' },
        },
      ],
    },
    {
      name: 'an empty part',
      text: edit(
        BUSY,
        ['other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。\n', 'other_matters: "  无。 "\n'],
        ['appeals:                  #', 'appeals_:                 #'],
      ).replace(/appeals_:[\s\S]*?\n\n/, 'appeals:\n\n'),
      errors: [{ messageId: 'empty', path: '/appeals', line: 59, column: 1, data: { section: '四、政府信息公开行政复议、行政诉讼情况' } }],
    },
    {
      name: 'an overview that says only 无',
      text: edit(BUSY, [BUSY.slice(BUSY.indexOf('overview: |'), BUSY.indexOf('proactive:')), 'overview: “无”\n\n']),
      errors: [{ messageId: 'onlyNone', path: '/overview', line: 8, column: 11, data: { section: '一、总体情况', text: '“无”' } }],
    },
  ],
});

testRule(encoding, {
  valid: [...clean, { name: 'UTF-16 with a byte order mark is Unicode too', text: encodeUtf16(BUSY, 'le') }],
  invalid: [
    {
      name: 'a GB18030 file: read, and reported at the top',
      text: encodeGb18030(BUSY),
      errors: [{ messageId: 'gb18030', path: '', line: 1, column: 1 }],
    },
  ],
});

const TOTAL_FIVE = ['  reconsideration:                  [2, 1, 0, 1, 4]', '  reconsideration:                  [2, 1, 0, 1, 5]'] as const;
const directiveBefore = (directive: string) => edit(BUSY, [TOTAL_FIVE[0], `  # ${directive}\n${TOTAL_FIVE[1]}`]);

testRule(disableDirective, {
  valid: [
    ...clean,
    {
      name: 'a directive with a reason that suppresses a finding',
      text: directiveBefore('gov-report-disable-next-line appeals-total -- 原表如此，已与发布稿核对'),
    },
    { name: 'a directive for every rule', text: directiveBefore('gov-report-disable-next-line -- 原表如此') },
  ],
  invalid: [
    {
      name: 'no reason after --',
      text: directiveBefore('gov-report-disable-next-line appeals-total'),
      errors: [{ messageId: 'missingReason', path: '', line: 61, column: 3, data: { kind: 'next-line' } }],
    },
    {
      name: 'a rule that does not exist',
      text: directiveBefore('gov-report-disable-next-line appeals-total, apeals-total -- 原表如此'),
      errors: [{ messageId: 'unknownRule', path: '', line: 61, column: 3, data: { rule: 'apeals-total' } }],
    },
    {
      name: 'a directive with nothing to suppress',
      text: edit(BUSY, [TOTAL_FIVE[0], `  # gov-report-disable-next-line blank-cell -- 原表如此\n${TOTAL_FIVE[0]}`]),
      errors: [{ messageId: 'unused', path: '', line: 61, column: 3, data: { kind: 'next-line', rules: ['blank-cell'] } }],
    },
  ],
});
