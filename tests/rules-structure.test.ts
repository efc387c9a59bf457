import { blankCell } from '../src/rules/blank-cell.js';
import { parseRule } from '../src/rules/parse.js';
import { requiredSections } from '../src/rules/required-sections.js';
import { schemaRule } from '../src/rules/schema.js';
import { BUSY, edit, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

const clean = [
  { name: 'the sample report', text: SAMPLE },
  { name: 'a busy report', text: BUSY },
];

testRule(parseRule, {
  valid: [...clean, { name: 'JSON is YAML', text: '{"template": "2021", "agency": "示例局", "year": 2023}' }],
  invalid: [
    {
      name: 'an unclosed flow sequence is reported at its opening bracket',
      text: 'template: "2021"\napplications:\n  new: [1, 2\n  carried_over: [0]\n',
      errors: [{ messageId: 'syntax', line: 3, column: 8 }],
    },
    {
      name: 'an unclosed quote is reported where it opens',
      text: 'template: "2021"\nagency: "示例局\nyear: 2023\n',
      errors: [{ messageId: 'syntax', line: 2, column: 9 }],
    },
    {
      name: 'a duplicate key names both places',
      text: 'year: 2023\nagency: 局\nyear: 2024\n',
      errors: [{ messageId: 'duplicateKey', line: 3, column: 1, data: { detail: '"year" at 1:1 and 3:1' } }],
    },
    {
      name: 'numbers that are not plain decimal',
      text: 'agency: 局\nlicensing: 0x10\npunishment: 1e3\nenforcement: +5\n',
      errors: [
        { messageId: 'numberFormat', line: 2, column: 12, data: { detail: '0x10' } },
        { messageId: 'numberFormat', line: 3, column: 13, data: { detail: '1e3' } },
        { messageId: 'numberFormat', line: 4, column: 14, data: { detail: '+5' } },
      ],
    },
    { name: 'two documents', text: 'year: 2023\n---\nyear: 2024\n', errors: [{ messageId: 'multipleDocuments', line: 2, column: 1 }] },
    { name: 'a tag', text: 'year: !!binary 2023\n', errors: [{ messageId: 'tag', line: 1, column: 7 }] },
    { name: 'even a core-schema tag', text: 'agency: 局\nyear: !!str 2023\n', errors: [{ messageId: 'tag', line: 2, column: 7 }] },
    {
      name: 'an alias bomb',
      text: ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n'),
      errors: [{ messageId: 'resourceLimit', line: 1, column: 1 }],
    },
    {
      name: 'brackets nested too deep: reported at the first one past the limit',
      text: `a: "[[["\nb: ${'['.repeat(100000)}${']'.repeat(100000)}`,
      errors: [{ messageId: 'resourceLimit', line: 2, column: 68 }],
    },
    {
      name: 'block nesting too deep: reported where the indentation passes the limit',
      text: `a:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}1\n`,
      errors: [{ messageId: 'resourceLimit', line: 258, column: 258 }],
    },
    {
      name: 'compact nested sequences too deep',
      text: `a: ${'- '.repeat(100)}1\nb:\n  ${'- '.repeat(100)}1\n`,
      errors: [{ messageId: 'resourceLimit', line: 3, column: 131 }],
    },
    {
      name: 'JSON with a missing comma',
      text: '{\n  "template": "2021"\n  "year": 2023\n}\n',
      errors: [{ messageId: 'syntax', line: 3, column: 3 }],
    },
  ],
});

const ROW = '      petition:            ';
testRule(schemaRule, {
  valid: [...clean, { name: 'blank cells are allowed by the schema', text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, null, ~, 0, 0, 0, 2]`]) }],
  invalid: [
    {
      name: 'a string in a cell, with the number it looks like',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}["２", 0, 0, 0, 0, 0, 2]`]),
      errors: [{ messageId: 'numberAsText', line: 47, column: 29, data: { label: '表三「（五）不予处理 1.信访举报投诉类申请」「自然人」', found: '"２"', suggested: 2 } }],
    },
    {
      name: 'negative and fractional counts',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, -1, 0, 0, 0, 1.5, 2]`]),
      errors: [
        { messageId: 'negative', line: 47, column: 32, data: { found: '-1' } },
        { messageId: 'fractional', line: 47, column: 45, data: { found: '1.5' } },
      ],
    },
    {
      name: 'a row of the wrong length',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, 0, 0, 0, 0, 2]`]),
      errors: [{ messageId: 'wrongLength', line: 47, column: 28, data: { length: 7, actual: 6 } }],
    },
    {
      name: 'a misspelt key: unknown at the key, missing at the parent',
      text: edit(BUSY, ['    disclosed:  ', '    disclosd:   ']),
      errors: [
        { messageId: 'missingKey', line: 30, column: 3, data: { key: 'disclosed' } },
        { messageId: 'unknownKeyDidYouMean', line: 31, column: 5, data: { key: 'disclosd', suggestion: 'disclosed' } },
      ],
    },
    {
      name: 'an unknown top-level key without a close match',
      text: edit(BUSY, ['year: 2022\n', 'year: 2022\nauthor: 办公室\n']),
      errors: [{ messageId: 'unknownTopKey', line: 6, column: 1, data: { key: 'author' } }],
    },
    {
      name: 'template, year and date of the wrong kind',
      text: edit(BUSY, ['template: "2021"', 'template: 2021  '], ['year: 2022', 'year: "二〇二二"'], ['published: 2023-01-16', 'published: 2023/01/16']),
      errors: [
        { messageId: 'wrongTemplate', line: 3, column: 11, data: { found: '2021' } },
        { messageId: 'badYear', line: 5, column: 7 },
        { messageId: 'badDate', line: 6, column: 12 },
      ],
    },
    {
      name: 'a cell written “/” or “—” instead of null',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, "/", "—", 0, 0, 0, 2]`]),
      errors: [
        { messageId: 'blankAsText', line: 47, column: 32, data: { found: '"/"' } },
        { messageId: 'blankAsText', line: 47, column: 37, data: { found: '"—"' } },
      ],
    },
    {
      name: 'a missing template is a missing key',
      text: edit(BUSY, ['template: "2021"', '# no template   ']),
      errors: [{ messageId: 'missingKey', line: 4, column: 1, data: { key: 'template' } }],
    },
    {
      name: 'fees may have decimals but not units other than 万元',
      text: edit(BUSY, ['  fees: 12.35', '  fees: 元12']),
      errors: [{ messageId: 'notAmount', line: 24, column: 9, data: { found: '"元12"' } }],
    },
    { name: 'a report that is not a mapping', text: '- 1\n- 2\n', errors: [{ messageId: 'notAMapping', line: 1, column: 1 }] },
  ],
});

testRule(blankCell, {
  valid: clean,
  invalid: [
    {
      name: 'one diagnostic per row, listing the blank columns, at the first blank',
      text: edit(BUSY, [`${ROW}[2, 0, 0, 0, 0, 0, 2]`, `${ROW}[2, null, 0, ~, 0, 0, 2]`]),
      errors: [{ messageId: 'blankRow', line: 47, column: 32, data: { count: 2, columns: ['商业企业', '社会公益组织'] } }],
    },
    {
      name: 'a blank single value and a blank column of table 二',
      text: edit(BUSY, ['  punishment: 87', '  punishment:   '], ['repealed: 2,', 'repealed: ~,']),
      errors: [
        { messageId: 'blankProactiveRow', line: 20, column: 47, data: { row: '表二「第二十条第（一）项 行政规范性文件」', columns: ['本年废止件数'] } },
        { messageId: 'blankValue', line: 22, column: 3, data: { row: '表二「第二十条第（六）项 行政处罚 本年处理决定数量」' } },
      ],
    },
  ],
});

testRule(requiredSections, {
  valid: [
    ...clean,
    { name: '无 inside a longer text is fine', text: edit(BUSY, ['  本年度未收取政府信息公开信息处理费。', '  无收费情况，本年度未收取信息处理费。']) },
    { name: '六 saying only 无 is a statement, not a missing part', text: edit(BUSY, ['  本年度未收取政府信息公开信息处理费。', '  无其他需要报告的事项。']) },
    { name: '五 saying only 暂无 is problems-statement’s warning, not a missing part', text: edit(BUSY, [BUSY.slice(BUSY.indexOf('problems: |'), BUSY.indexOf('other_matters:')), 'problems: 暂无\n']) },
  ],
  invalid: [
    {
      name: 'a missing part is reported at the top of the report',
      text: edit(BUSY, ['other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。\n', '']),
      errors: [{ messageId: 'missing', line: 3, column: 1, data: { section: '六、其他需要报告的事项', key: 'other_matters' } }],
    },
    {
      name: 'an empty part',
      text: edit(BUSY, ['other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。\n', 'other_matters: "  无。 "\n'], ['appeals:                  #', 'appeals_:                 #']).replace(
        /appeals_:[^]*?\n\n/,
        'appeals:\n\n',
      ),
      errors: [{ messageId: 'empty', line: 59, column: 1, data: { section: '四、政府信息公开行政复议、行政诉讼情况' } }],
    },
    {
      name: 'an overview that says only 无',
      text: edit(BUSY, [BUSY.slice(BUSY.indexOf('overview: |'), BUSY.indexOf('proactive:')), 'overview: “无”\n\n']),
      errors: [{ messageId: 'onlyNone', line: 8, column: 11, data: { section: '一、总体情况', text: '“无”' } }],
    },
  ],
});
