import { feeStatement } from '../src/rules/fee-statement.js';
import { governmentAssessment } from '../src/rules/government-assessment.js';
import { placeholderText } from '../src/rules/placeholder-text.js';
import { publicationDeadline } from '../src/rules/publication-deadline.js';
import { reportYear } from '../src/rules/report-year.js';
import { templateVersion } from '../src/rules/template-version.js';
import { BUSY, edit, readFixture, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

/** A clean report of a people's government (示例市人民政府, 2023). */
const GOVERNMENT = readFixture('valid/government-2023.yaml');

const clean = [
  { name: 'the sample report', text: SAMPLE },
  { name: 'a busy report', text: BUSY },
  { name: 'a people’s government', text: GOVERNMENT },
];

// BUSY: a 2022 report of 示例县市场监督管理局 (a department), published 2023-01-16.
const BUSY_HEAD = ['template: "2021"', 'agency: 示例县市场监督管理局', 'year: 2022', 'published: 2023-01-16'] as const;
const head = (template: string, agency: string, year: string, published: string) =>
  edit(
    BUSY,
    [BUSY_HEAD[0], `template: ${template}`],
    [BUSY_HEAD[1], `agency: ${agency}`],
    [BUSY_HEAD[2], `year: ${year}`],
    [BUSY_HEAD[3], published === '' ? '' : `published: ${published}`],
  );
const SAMPLE_FIRST = '  2023年，我局按照《中华人民共和国政府信息公开条例》要求，明确专人负责政府信息公开工作，';
const sampleOverview = (line: string) => edit(SAMPLE, [SAMPLE_FIRST, line]);
const SAMPLE_OTHER = '  本年度未收取政府信息公开信息处理费。\n';

testRule(templateVersion, {
  valid: [
    ...clean,
    { name: 'a 2020 report on the 2019 template', text: head('"2019"', '示例县市场监督管理局', '2020', '2021-01-20') },
    {
      name: 'a 2020 report republished after the 2021 template was issued',
      text: head('"2021"', '示例县市场监督管理局', '2020', '2021-10-08'),
    },
    {
      name: 'a text that names both notices is about the change of template',
      text: sampleOverview('  2023年，我局不再沿用国办公开办函〔2019〕60号的格式，按国办公开办函〔2021〕30号编制本报告，'),
    },
    {
      name: 'a 2020 report may cite the 2019 notice',
      text: edit(head('"2019"', '示例局', '2020', ''), ['  2022年，我局按照', '  我局按照国办公开办函〔2019〕60号和']),
    },
    { name: 'a year that is no number is left to schema', text: head('"2019"', '示例局', '"2023年"', '') },
  ],
  invalid: [
    {
      name: 'a 2022 report on the 2019 template',
      text: head('"2019"', '示例县市场监督管理局', '2022', '2023-01-16'),
      errors: [{ messageId: 'oldTemplate', path: '/template', line: 3, column: 11, data: { year: 2022 } }],
    },
    {
      name: 'a 2020 report on the 2021 template, published before it existed',
      text: head('"2021"', '示例县市场监督管理局', '2020', '2021-01-20'),
      errors: [{ messageId: 'notYetIssued', path: '/template', line: 3, column: 11, data: { year: 2020, published: '2021-01-20' } }],
    },
    {
      name: 'a 2019 report on the 2021 template, without a publication date',
      text: head('"2021"', '示例县市场监督管理局', '2019', ''),
      errors: [{ messageId: 'notYetIssuedNoDate', path: '/template', line: 3, column: 11, data: { year: 2019 } }],
    },
    {
      name: 'table 二 of a 2021 report with rows of the 2019 template',
      text: edit(BUSY, ['  enforcement: 3          # 行政强制', '  enforcement: 3\n  procurement: { items: 2, amount: 15 }']),
      errors: [
        {
          messageId: 'oldRows',
          path: '/proactive/procurement',
          line: 24,
          column: 3,
          data: { year: 2022, labels: ['第二十条第（九）项 政府集中采购'] },
        },
      ],
    },
    {
      name: '规章 with the 2019 columns',
      text: edit(BUSY, ['{ issued: 1, repealed: 0, in_force: 12 }', '{ made: 1, published: 1, total_published: 12 }']),
      errors: [
        {
          messageId: 'oldRows',
          path: '/proactive/regulations/made',
          line: 19,
          column: 26,
          data: { labels: ['第二十条第（一）项 规章 本年新制作数量'] },
        },
      ],
    },
    {
      name: 'a 2023 report citing 国办公开办函〔2019〕60号 as its format, pointed at in the text',
      text: sampleOverview('  2023年，我局按照国办公开办函〔2019〕60号要求编制本报告，明确专人负责政府信息公开工作，'),
      errors: [
        {
          messageId: 'citesOldTemplate',
          path: '/overview',
          line: 10,
          column: 13,
          data: { text: '国办公开办函〔2019〕60号', section: '一、总体情况' },
        },
      ],
    },
  ],
});

testRule(reportYear, {
  valid: [
    ...clean,
    {
      name: 'comparisons, starting points, titles and plans',
      text: sampleOverview(
        '  2023年，我局发布信息54条，较2022年增长10%。2022年以来持续清理文件；自2021年起实行专人负责。《2022年度工作要点》已落实。2024年将继续推进。',
      ),
    },
    {
      name: 'a sentence that also names this year',
      text: sampleOverview('  2022年，我局被确定为试点单位，2023年通过验收，明确专人负责政府信息公开工作，'),
    },
    {
      name: 'last year’s problems put right',
      text: sampleOverview('  2022年，我局年报提出的两个问题已全部整改。明确专人负责政府信息公开工作，'),
    },
    {
      name: 'in 五, the passage on last year’s problems',
      text: edit(SAMPLE, [
        '  加强业务培训，规范办理流程。',
        '  加强业务培训，规范办理流程。\n  上年度问题整改情况：2022年，我局年报提出的栏目更新问题已解决。',
      ]),
    },
    { name: 'a month of last year', text: sampleOverview('  2022年12月，我局印发保密审查制度。明确专人负责政府信息公开工作，') },
    {
      name: 'years long past are not last year’s text',
      text: sampleOverview('  2019年，我局成立政务公开领导小组，明确专人负责政府信息公开工作，'),
    },
    { name: 'no year, no check', text: edit(SAMPLE, ['year: 2023', 'year: "2023"']) },
  ],
  invalid: [
    {
      name: 'a 2023 report whose 总体情况 opens with 2022年',
      text: sampleOverview('  2022年，我局按照《中华人民共和国政府信息公开条例》要求，明确专人负责政府信息公开工作，'),
      errors: [
        {
          messageId: 'pastYear',
          path: '/overview',
          line: 10,
          column: 3,
          data: { found: '2022年', foundYear: 2022, year: 2023, count: 1, section: '一、总体情况' },
        },
      ],
    },
    {
      name: '2022年度 after a heading, counted with the other places of the part',
      text: edit(sampleOverview('  2022年度，我局按照《中华人民共和国政府信息公开条例》要求，明确专人负责政府信息公开工作，'), [
        '  （一）主动公开。全年通过',
        '  （一）主动公开。2022年全年通过',
      ]),
      errors: [{ messageId: 'pastYear', path: '/overview', line: 10, column: 3, data: { found: '2022年度', count: 2 } }],
    },
    {
      name: 'a year in mid-sentence with 共 and the statistical period, in 六',
      text: edit(SAMPLE, [SAMPLE_OTHER, '  我局2022年共收到申请0件。本报告统计期限为2022年1月1日至12月31日。本年度未收取信息处理费。\n']),
      errors: [
        {
          messageId: 'pastYear',
          path: '/other_matters',
          line: 71,
          column: 5,
          data: { found: '2022年', count: 2, section: '六、其他需要报告的事项' },
        },
      ],
    },
    {
      name: 'two years back, with a space and full-width digits',
      text: sampleOverview('  ２０２１ 年，我局按照《中华人民共和国政府信息公开条例》要求，明确专人负责政府信息公开工作，'),
      errors: [{ messageId: 'pastYear', path: '/overview', line: 10, column: 3, data: { found: '２０２１年', foundYear: 2021 } }],
    },
  ],
});

testRule(placeholderText, {
  valid: [
    ...clean,
    {
      name: 'letters, multiplication and Markdown that only look like placeholders',
      text: sampleOverview(
        '  2023年，我局采购XXL码工作服，展板为3×4米，**加强组织领导**，共**5**件，网址含xxgk，明确专人负责政府信息公开工作，',
      ),
    },
    {
      name: 'a name that is asked for, not left blank',
      text: sampleOverview('  2023年，申请人未提供具体文件名称的，我局一次性告知补正，明确专人负责政府信息公开工作，'),
    },
  ],
  invalid: [
    {
      name: 'XX in the agency',
      text: edit(SAMPLE, ['agency: 示例市政务服务和大数据管理局', 'agency: XX市政务服务和大数据管理局']),
      errors: [{ messageId: 'placeholder', path: '/agency', line: 5, column: 9, data: { field: '发布机关', text: 'XX' } }],
    },
    {
      name: 'several placeholders in one part, each pointed at',
      text: sampleOverview('  ××年，（单位名称）在“具体重大政策名称”发布时开展解读，依据【 】规定，此处填写亮点，'),
      errors: [
        { messageId: 'placeholder', path: '/overview', line: 10, column: 3, data: { text: '××' } },
        { messageId: 'placeholder', path: '/overview', line: 10, column: 7, data: { text: '（单位名称）' } },
        { messageId: 'placeholder', path: '/overview', line: 10, column: 15, data: { text: '具体重大政策名称' } },
        { messageId: 'placeholder', path: '/overview', line: 10, column: 34, data: { text: '【 】' } },
        { messageId: 'placeholder', path: '/overview', line: 10, column: 40, data: { text: '此处填写' } },
      ],
    },
    {
      name: 'a date left as X月X日 in 五',
      text: edit(SAMPLE, ['  加强业务培训，规范办理流程。', '  加强业务培训，于X月X日前规范办理流程。']),
      errors: [
        {
          messageId: 'placeholder',
          path: '/problems',
          line: 68,
          column: 11,
          data: { text: 'X月X日', field: '五、存在的主要问题及改进情况' },
        },
      ],
    },
  ],
});

const UNPAID_ROW = '      unpaid_fee:          [0, 0, 0, 0, 0, 0, 0]';
const OTHER_ROW = '      other:               [1, 0, 0, 0, 0, 1, 2]';
const BUSY_OTHER = '  本年度未收取政府信息公开信息处理费。\n';
const withUnpaid = (other: string) =>
  edit(
    BUSY,
    [UNPAID_ROW, '      unpaid_fee:          [0, 0, 0, 0, 0, 1, 1]'],
    [OTHER_ROW, '      other:               [1, 0, 0, 0, 0, 0, 1]'],
    [BUSY_OTHER, other],
  );

testRule(feeStatement, {
  valid: [
    ...clean,
    { name: 'a fee notice that was not paid', text: withUnpaid('  本年度发出收费通知1件，申请人逾期未缴纳，未实际收取信息处理费。\n') },
    {
      name: 'the row’s own wording is no denial',
      text: withUnpaid('  因申请人逾期未按收费通知要求缴纳费用而不再处理的申请1件，本年度未实际收取信息处理费。\n'),
    },
    { name: 'other wording about charging', text: edit(BUSY, [BUSY_OTHER, '  本年度未发生收费情况。\n']) },
    {
      name: 'the 2019 template has no such statement to check',
      text: edit(head('"2019"', '示例局', '2020', ''), [BUSY_OTHER, '  本年度办理人大建议2件。\n']),
    },
    {
      name: 'a missing part is left to required-sections',
      text: edit(BUSY, ['other_matters: |          # 六、其他需要报告的事项\n' + BUSY_OTHER, '']),
    },
  ],
  invalid: [
    {
      name: '六 that says nothing about fees',
      text: edit(BUSY, [BUSY_OTHER, '  本年度办理人大代表建议4件、政协委员提案6件。\n']),
      errors: [{ messageId: 'missing', path: '/other_matters', line: 69, column: 1, data: { section: '六、其他需要报告的事项' } }],
    },
    {
      name: '“no fee notice” while 表三 （六）2 shows an applicant who did not pay after one',
      text: withUnpaid('  本年度未向申请人发出收费通知，未收取信息处理费。\n'),
      errors: [
        { messageId: 'contradictsUnpaid', path: '/other_matters', line: 70, column: 6, data: { text: '未向申请人发出收费通知', count: 1 } },
      ],
    },
    {
      name: '无发出收费通知',
      text: withUnpaid('  本年度无发出收费通知，无收取信息处理费。\n'),
      errors: [{ messageId: 'contradictsUnpaid', path: '/other_matters', line: 70, column: 6, data: { text: '无发出收费通知' } }],
    },
    {
      name: '收费通知0件, with the 总计 cell blank (its columns are summed)',
      text: edit(withUnpaid('  本年度收费通知0件，未收取信息处理费。\n'), ['[0, 0, 0, 0, 0, 1, 1]', '[0, 0, 0, 0, 0, 1, null]']),
      errors: [{ messageId: 'contradictsUnpaid', path: '/other_matters', line: 70, column: 6, data: { text: '收费通知0件', count: 1 } }],
    },
  ],
});

/** BUSY as the report of another body, with text that mentions none of 考核, 评议, 责任追究. */
const asBody = (agency: string, extra = '') => edit(BUSY, [BUSY_HEAD[1], `agency: ${agency}${extra}`]);

testRule(governmentAssessment, {
  valid: [
    ...clean,
    { name: 'a government office is a department', text: asBody('示例县人民政府办公室') },
    { name: 'a subdistrict office within a government’s name', text: asBody('示例市东城区人民政府东华街道办事处') },
    { name: 'a place name alone does not tell', text: asBody('示例县') },
    { name: 'agency_kind overrides the name', text: asBody('示例县人民政府', '\nagency_kind: department') },
    {
      name: 'a government with the items in other words',
      text: edit(asBody('示例县人民政府'), [
        '由主要负责人任组长。',
        '由主要负责人任组长；纳入年度考评，开展群众测评，对失职行为严肃问责。',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a county people’s government with none of the three',
      text: asBody('示例县人民政府'),
      errors: [
        {
          messageId: 'missing',
          path: '/overview',
          line: 8,
          column: 1,
          data: { agency: '示例县人民政府', missing: ['工作考核', '社会评议', '责任追究'] },
        },
      ],
    },
    {
      name: 'a township government that only mentions 考核',
      text: edit(asBody('示例镇人民政府'), ['由主要负责人任组长。', '由主要负责人任组长，纳入年度考核。']),
      errors: [{ messageId: 'missing', path: '/overview', line: 8, column: 1, data: { missing: ['社会评议', '责任追究'] } }],
    },
    {
      name: 'agency_kind: government for any name',
      text: asBody('示例开发区管委会', '\nagency_kind: government'),
      errors: [{ messageId: 'missing', path: '/overview', line: 9, column: 1, data: { agency: '示例开发区管委会' } }],
    },
  ],
});

const published = (agency: string, date: string, year = '2022') => head('"2021"', agency, year, date);

testRule(publicationDeadline, {
  valid: [
    ...clean,
    { name: 'a department on 31 January', text: published('示例县市场监督管理局', '2023-01-31') },
    { name: 'a people’s government on 31 March', text: published('示例县人民政府', '2023-03-31') },
    { name: 'a body the name does not place gets the later date', text: published('示例县', '2023-03-15') },
    { name: 'a township gets the later date too', text: published('示例街道办事处', '2023-02-20') },
    { name: 'not a calendar date: left to schema', text: published('示例县市场监督管理局', '2023-02-30') },
    { name: 'reports before the 2019 Regulations are not checked', text: published('示例县市场监督管理局', '2019-03-20', '2018') },
    { name: 'no publication date', text: published('示例县市场监督管理局', '') },
  ],
  invalid: [
    {
      name: 'a department two weeks late',
      text: published('示例县市场监督管理局', '2023-02-14'),
      errors: [
        {
          messageId: 'lateDepartment',
          path: '/published',
          line: 6,
          column: 12,
          data: { published: '2023-02-14', deadline: '2023-01-31', days: 14 },
        },
      ],
    },
    {
      name: 'a people’s government after 31 March (leap year)',
      text: published('示例县人民政府', '2024-04-02', '2023'),
      errors: [{ messageId: 'lateGovernment', path: '/published', line: 6, column: 12, data: { deadline: '2024-03-31', days: 2 } }],
    },
    {
      name: 'agency_kind: department decides over the name',
      text: edit(published('示例县人民政府', '2023-02-01'), ['year: 2022', 'year: 2022\nagency_kind: department']),
      errors: [{ messageId: 'lateDepartment', path: '/published', line: 7, column: 12, data: { days: 1 } }],
    },
    {
      name: 'a place name alone, late even by 31 March',
      text: published('示例县', '2023-04-10'),
      errors: [{ messageId: 'lateUnsure', path: '/published', line: 6, column: 12, data: { days: 10 } }],
    },
    {
      name: 'a township government',
      text: published('示例镇人民政府', '2023-05-01'),
      errors: [{ messageId: 'lateTownship', path: '/published', line: 6, column: 12, data: { days: 31 } }],
    },
    {
      name: 'published before the year ended',
      text: published('示例县市场监督管理局', '2022-12-30'),
      errors: [
        {
          messageId: 'beforeYearEnd',
          path: '/published',
          line: 6,
          column: 12,
          data: { published: '2022-12-30', year: 2022, yearEnd: '2022-12-31' },
        },
      ],
    },
  ],
});
