import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseNumber, compact } from '../src/narrative/text.js';
import { extractClaims, jurisdictionOf } from '../src/narrative/claims.js';
import { labelOf } from '../src/narrative/quantities.js';
import { narrativeConsistency } from '../src/rules/narrative-consistency.js';
import { BUSY, edit, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

// BUSY (a department's 2022 report): 一 52 (自然人 40), 二 3, （一）24, （二）5, （三）5, （四）11, （五）3, （六）3,
// （七）51, 四 4; 行政复议 4, 行政诉讼 1 + 0. Its line 13 reads:
const LINE_13 = '  （二）依申请公开。全年新收政府信息公开申请52件，上年结转3件，办结51件，结转下年度4件。';
const line13 = (text: string) => edit(BUSY, [LINE_13, text]);
/** Adds lines after line 13 (they become lines 14, 15 …). */
const after13 = (...lines: string[]) => edit(BUSY, [LINE_13, [LINE_13, ...lines].join('\n')]);
const NEW_TOTAL = '表三「一、本年新收政府信息公开申请数量」「总计」';

testRule(narrativeConsistency, {
  valid: [
    { name: 'the sample report (“未收到政府信息公开申请”, and none in the table)', text: SAMPLE },
    { name: 'a busy report whose text agrees with its tables', text: BUSY },
    {
      name: 'results and appeals that agree, in a following line',
      text: after13(
        '  其中予以公开24件，部分公开5件，不予公开5件，无法提供11件，不予处理3件，其他处理3件。',
        '  全年因政府信息公开被申请行政复议4件，被提起行政诉讼1件；申请人中自然人40件。',
      ),
    },
    {
      name: 'changes, shares, parts, other objects and approximations are not the table’s figures',
      text: after13(
        '  新收申请数量同比增加5件，占全市的3%；其中通过网络申请30件、信函申请10件，涉及食品安全的申请20件。',
        '  全年办理人大代表建议12件、政协提案9件，受理投诉举报1300余件，主动公开政府信息312条。',
      ),
    },
    { name: 'another year’s figure', text: after13('  2021年新收政府信息公开申请40件，较上年增长30%。') },
    { name: 'several years together', text: after13('  近三年共收到政府信息公开申请150件。') },
    { name: 'a whole county’s figure in a department’s report', text: after13('  全县共收到政府信息公开申请860件，各部门均按期答复。') },
    {
      name: 'reconsideration cases the body decides, not cases about its disclosure',
      text: after13('  全年共办理行政复议案件35件，其中涉及政府信息公开的2件。'),
    },
    {
      name: 'a table that does not balance is left to the arithmetic rules',
      text: edit(BUSY, ['  carried_forward:         [2, 2, 0, 0, 0, 0, 4]', '  carried_forward:         [2, 2, 0, 0, 0, 0, 5]']),
    },
    {
      name: 'a blank cell cannot vouch for a figure',
      text: edit(line13('  （二）依申请公开。全年新收政府信息公开申请50件，上年结转3件，办结51件，结转下年度4件。'), [
        '  new:                     [40, 6, 0, 1, 3, 2, 52]',
        '  new:                     [40, 6, 0, 1, 3, 2, null]',
      ]),
    },
    { name: 'an outcome of appeals is not their total', text: after13('  全年未发生行政复议被纠错、行政诉讼败诉的情况。') },
    {
      name: 'in a people’s government’s report a figure for 全县 that the tables do not explain may count more bodies than the table',
      text: edit(after13('  全县共收到政府信息公开申请60件。'), ['agency: 示例县市场监督管理局', 'agency: 示例县人民政府']),
    },
    {
      name: '“all concluded” said of the new ones, with some carried over from last year: unverifiable',
      text: line13('  （二）依申请公开。全年新收政府信息公开申请52件，均已办结。'),
    },
    { name: '“all answered on time” is not “none carried forward”', text: after13('  所有政府信息公开申请均已按期答复。') },
    { name: '共办理 N 件 as new plus carried over', text: after13('  全年共办理政府信息公开申请55件。') },
    { name: '共办理 N 件 as the applications received, said loosely', text: after13('  全年共办理政府信息公开申请52件。') },
    {
      name: 'applicants counted among new and carried-over applications together are not a column of 一',
      text: line13('  （二）依申请公开。全年收到政府信息公开申请55件（含上年结转3件），其中自然人申请42件，法人或其他组织申请13件。'),
    },
    { name: 'a motto repeating a Chinese numeral', text: after13('  坚持收到一件、登记一件、办结一件，做到件件有着落。') },
    { name: '延期答复 is a part of the answers', text: after13('  其中延期答复2件。') },
  ],
  invalid: [
    {
      name: 'new applications that count last year’s too: the message says so',
      text: line13('  （二）依申请公开。全年新收政府信息公开申请55件，上年结转3件，办结51件，结转下年度4件。'),
      errors: [
        {
          messageId: 'mismatchCarriedOver',
          line: 13,
          column: 14,
          data: { claim: '新收政府信息公开申请55件', quantity: NEW_TOTAL, stated: 55, table: 52, difference: 3, carriedOver: 3 },
        },
      ],
    },
    {
      name: 'settled and carried forward',
      text: line13('  （二）依申请公开。全年新收政府信息公开申请52件，上年结转3件，办结50件，结转下年度5件。'),
      errors: [
        {
          messageId: 'mismatch',
          line: 13,
          column: 35,
          data: { claim: '办结50件', quantity: '表三「（七）总计」「总计」', stated: 50, table: 51, difference: -1 },
        },
        {
          messageId: 'mismatch',
          line: 13,
          column: 41,
          data: { claim: '结转下年度5件', quantity: '表三「四、结转下年度继续办理」「总计」', stated: 5, table: 4, difference: 1 },
        },
      ],
    },
    {
      name: 'a result row with sub-items is compared with their sum',
      text: after13('  其中予以公开24件，部分公开5件，不予公开6件，无法提供11件。'),
      errors: [
        {
          messageId: 'mismatch',
          line: 14,
          column: 20,
          data: { claim: '不予公开6件', quantity: '表三「（三）不予公开」各项的「总计」之和', stated: 6, table: 5, difference: 1 },
        },
      ],
    },
    {
      name: 'disclosed and partly disclosed stated together',
      text: after13('  其中予以公开及部分公开30件。'),
      errors: [
        {
          messageId: 'mismatch',
          line: 14,
          column: 5,
          data: {
            quantity: '表三「（一）予以公开」「总计」与「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」「总计」之和',
            stated: 30,
            table: 29,
          },
        },
      ],
    },
    {
      name: 'appeals',
      text: after13('  全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。'),
      errors: [
        {
          messageId: 'mismatch',
          line: 14,
          column: 15,
          data: { claim: '行政复议3件', quantity: '表四「行政复议」「总计」', stated: 3, table: 4 },
        },
        {
          messageId: 'mismatch',
          line: 14,
          column: 25,
          data: {
            claim: '行政诉讼2件',
            quantity: '表四「行政诉讼 未经复议直接起诉」「总计」与「行政诉讼 复议后起诉」「总计」之和',
            stated: 2,
            table: 1,
          },
        },
      ],
    },
    {
      name: '“none” where the table has some',
      text: after13('  全年未发生因政府信息公开引起的行政复议、行政诉讼。'),
      errors: [{ messageId: 'none', line: 14, column: 5, data: { stated: 0, table: 5, difference: -5 } }],
    },
    {
      name: '“no applications” where the table has 52',
      text: line13('  （二）依申请公开。全年未收到政府信息公开申请。'),
      errors: [
        { messageId: 'none', line: 13, column: 14, data: { claim: '未收到政府信息公开申请', quantity: NEW_TOTAL, stated: 0, table: 52 } },
      ],
    },
    {
      name: 'Chinese numerals, and applicants counted after new applications',
      text: line13('  （二）依申请公开。全年新收政府信息公开申请五十二件，其中自然人申请三十八件。'),
      errors: [
        {
          messageId: 'mismatch',
          line: 13,
          column: 31,
          data: {
            claim: '自然人申请三十八件',
            quantity: '表三「一、本年新收政府信息公开申请数量」「自然人」',
            stated: 38,
            table: 40,
            difference: -2,
          },
        },
      ],
    },
    {
      name: 'a claim wrapped across two lines of a block text is reported where it starts',
      text: line13('  （二）依申请公开。全年新收政府信息公开申\n  请50件，上年结转3件，办结51件，结转下年度4件。'),
      errors: [{ messageId: 'mismatch', line: 13, column: 14, data: { claim: '新收政府信息公开申请50件', stated: 50, table: 52 } }],
    },
    {
      name: 'in a people’s government’s report a figure for 全县 is compared when the tables explain it (new + carried over)',
      text: edit(after13('  全县共收到政府信息公开申请55件。'), ['agency: 示例县市场监督管理局', 'agency: 示例县人民政府']),
      errors: [{ messageId: 'mismatchCarriedOver', line: 14, column: 6, data: { stated: 55, table: 52, carriedOver: 3 } }],
    },
    {
      name: '共办理 N 件 matches none of its readings: each is named',
      text: after13('  全年共办理政府信息公开申请60件。'),
      errors: [
        {
          messageId: 'mismatchReadings',
          line: 14,
          column: 6,
          data: {
            quantity: '表三「（七）总计」「总计」',
            stated: 60,
            table: 51,
            otherQuantities: [
              '表三「一、本年新收政府信息公开申请数量」「总计」与「二、上年结转政府信息公开申请数量」「总计」之和',
              NEW_TOTAL,
            ],
            otherTables: [55, 52],
          },
        },
      ],
    },
    {
      name: '“all applications concluded” while some are carried forward',
      text: after13('  所有政府信息公开申请均已办结。'),
      errors: [
        {
          messageId: 'notAllConcluded',
          line: 14,
          column: 3,
          data: { claim: '所有政府信息公开申请均已办结', quantity: '表三「四、结转下年度继续办理」「总计」', stated: 0, table: 4 },
        },
      ],
    },
    {
      name: '“all concluded” said of the new ones, with nothing carried over: nothing may be carried forward',
      text: edit(
        line13('  （二）依申请公开。全年新收政府信息公开申请52件，均已办结。'),
        ['  carried_over:            [2, 1, 0, 0, 0, 0, 3]', '  carried_over:            [0, 0, 0, 0, 0, 0, 0]'],
        ['  carried_forward:         [2, 2, 0, 0, 0, 0, 4]', '  carried_forward:         [0, 1, 0, 0, 0, 0, 1]'],
      ),
      errors: [{ messageId: 'notAllConcluded', line: 13, column: 28, data: { claim: '均已办结', stated: 0, table: 1 } }],
    },
    {
      name: 'a one-line text in 六',
      text: edit(BUSY, [
        'other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。',
        'other_matters: 本年度因政府信息公开被提起行政诉讼3件，未收取信息处理费。',
      ]),
      errors: [{ messageId: 'mismatch', line: 69, column: 29, data: { claim: '行政诉讼3件', stated: 3, table: 1, difference: 2 } }],
    },
  ],
});

describe('narrative-consistency: reading the claims', () => {
  const read = (text: string, settings: Parameters<typeof extractClaims>[1] = { year: 2023 }) =>
    extractClaims(text, settings).map((c) => `${c.quantity}=${c.stated}`);

  const cases: [string, string[]][] = [
    ['全年新收政府信息公开申请52件，上年结转3件，办结51件，结转下年度4件。', ['new=52', 'carriedOver=3', 'total=51', 'carriedForward=4']],
    [
      '2023年共收到政府信息公开申请一百零五件，其中自然人申请九十八件，法人或其他组织申请七件。',
      ['new=105', 'naturalPerson=98', 'legalPerson=7'],
    ],
    ['本年度共受理依申请公开事项１２件，全部按时答复。', ['new=12']],
    ['共收到政府信息公开申请两件，均已按期答复。', ['new=2']],
    ['全年共收到公民、法人或其他组织提出的政府信息公开申请46件。', ['new=46']],
    ['（二）依申请公开情况\n全年共收到申请8件，办结7件，1件结转下年度继续办理。', ['new=8', 'total=7', 'carriedForward=1']],
    ['全年收到政府信息公开申请20件。截至12月31日，尚有3件正在办理中。', ['new=20', 'carriedForward=3']],
    ['共收到政府信息公开申请58件（含上年结转6件）。', ['newAndCarriedOver=58', 'carriedOver=6']],
    ['全年共办理政府信息公开申请58件（其中上年结转6件），收到政府信息公开申请40件（不含重复申请）。', ['newAndCarriedOver=58']],
    [
      '办结政府信息公开申请40件，其中予以公开25件，不予处理1件，其他处理1件。',
      ['total=40', 'disclosed=25', 'notProcessed=1', 'otherwiseHandled=1'],
    ],
    ['收到的52件政府信息公开申请中，有30件予以公开。', ['disclosed=30']],
    ['因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。', ['reconsideration=2', 'litigation=1']],
    ['全年未发生因政府信息公开引起的行政复议、行政诉讼。', ['appeals=0']],
    ['本年度无依申请公开事项。', ['new=0']],
    ['2023年结转至2024年继续办理的政府信息公开申请3件。', ['carriedForward=3']],
    // not claims about the tables
    ['全年主动公开政府信息312条，其中不予公开的0条。', []],
    ['收到政府信息公开申请数量同比增加5件。', []],
    ['全市共受理政府信息公开申请1200件。', []],
    ['全年共收到网上政府信息公开申请30件、信函申请5件。', []],
    ['2022年收到政府信息公开申请30件。', []],
    ['上年度收到政府信息公开申请30件。', []],
    ['本机关收到其他机关转来的政府信息公开申请2件。', []],
    ['受理不动产登记申请300件，办结290件。', []],
    ['全年处理群众来信来访50件，答复网民留言36件。', []],
    ['受理并办结政府信息公开申请10件。', []],
    ['共收到政府信息公开申请10件，需办理12件。', ['new=10']],
    ['全年收到政府信息公开申请30余件，上年结转的3件中，2件已办结，1件结转下年度。', ['carriedOver=3']],
    ['局属单位共收到政府信息公开申请12件。', []],
    ['未来将加强行政复议应诉工作，全年出庭应诉行政诉讼12件。', []],
    ['对未收到答复的申请人，我局逐一电话联系。', []],
    ['根据〔2023〕12号文件，在20个工作日内答复。', []],
    ['因政府信息公开被申请行政复议2件，已办结1件。', ['reconsideration=2']],
  ];
  for (const [text, expected] of cases) {
    it(text.replace(/\n/g, '⏎'), () => assert.deepEqual(read(text), expected));
  }

  it('the scope of a people’s government, a street office and a department', () => {
    const text = '全县共收到政府信息公开申请60件。';
    assert.deepEqual(read(text, { year: 2023, jurisdiction: jurisdictionOf('示例县人民政府') }), ['new=60']);
    assert.deepEqual(read(text, { year: 2023, jurisdiction: jurisdictionOf('示例县某某街道办事处') }), []);
    assert.deepEqual(read(text, { year: 2023, jurisdiction: jurisdictionOf('示例县财政局') }), []);
    assert.equal(jurisdictionOf('示例县人民政府办公室'), undefined);
    assert.equal(jurisdictionOf('某实验区'), '区');
    assert.equal(jurisdictionOf('示例县人民政府', 'department'), undefined);
  });

  it('the span is the claim in the original text, line breaks and full-width forms included', () => {
    const text = '我局严格按照条例规定登记和办理，全年共收到政府信息公开申\n请１２件。';
    const [claim] = extractClaims(text, { year: 2023 });
    assert.equal(text.slice(...claim!.span), '收到政府信息公开申\n请１２件');
    assert.equal(claim!.phrase, '收到政府信息公开申请１２件');
  });

  it('Chinese numerals', () => {
    const values = ['一', '两', '十', '十二', '二十', '二十三', '一百', '一百零五', '一百一十', '三千零二', '一〇五'].map(chineseNumber);
    assert.deepEqual(values, [1, 2, 10, 12, 20, 23, 100, 105, 110, 3002, 105]);
    assert.deepEqual(['十十', '二三十', '百百'].map(chineseNumber), [undefined, undefined, undefined]);
  });

  it('a heading line is not joined to the next; a wrapped line is', () => {
    assert.equal(compact('（二）依申请公开\n全年收到申请5件').text, '(二)依申请公开\n全年收到申请5件');
    assert.equal(
      compact('我局严格按照条例规定办理各类政府信息公开申请，全年共收\n到申请5件').text,
      '我局严格按照条例规定办理各类政府信息公开申请,全年共收到申请5件',
    );
  });

  it('labels of the 2019 template', () => {
    assert.equal(labelOf('otherwiseHandled', '2019'), '表三「（六）其他处理」「总计」');
    assert.equal(labelOf('otherwiseHandled', '2021'), '表三「（六）其他处理」各项的「总计」之和');
  });
});
