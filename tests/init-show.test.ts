/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- these tests edit report data in place by known paths (any depth, any cell); the assertions that follow check it */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { blankReport } from '../src/model/blank-report.js';
import { displayWidth } from '../src/format/width.js';
import { loadReport } from '../src/load/parse.js';
import { renderReport } from '../src/model/render-yaml.js';
import type { Report } from '../src/model/schema.js';
import { reportSchemaOf } from '../src/model/schema.js';
import { APPEAL_ROWS, TEMPLATES, type TemplateId } from '../src/model/template.js';
import { assertOneLineOnStderr, BUSY, edit, lintText, readFixture, ROOT, runCli, SAMPLE, scratchFolder } from './helpers.js';

// runCli runs the CLI's main() in this process (tests/helpers.ts).

const ESC = '\u001b';
const SNAPSHOT = join(ROOT, 'tests/snapshots/show-colour.txt');
const scratchFiles = scratchFolder('gov-report-init-show-');
const write = scratchFiles.write;

/** Parses rendered text with `yaml` as strictly as the linter does, and insists the linter finds no syntax problem either. */
function load(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, strict: true });
  assert.deepEqual([...document.errors, ...document.warnings], [], text);
  assert.deepEqual(loadReport('rendered.yaml', new TextEncoder().encode(text)).syntaxProblems, [], text);
  return document.toJS();
}

function assertRoundTrip(data: unknown, options: { schemaPath?: string } = {}): string {
  const text = renderReport(data as Report, options);
  assert.deepEqual(load(text), data);
  return text;
}

const clone = <T>(value: T): T => structuredClone(value);
const yamlOf = (text: string) => parse(text) as Record<string, any>;

describe('renderReport', () => {
  it('round-trips the sample and reproduces its layout line for line (comments of our own aside)', () => {
    const data = yamlOf(SAMPLE);
    const text = assertRoundTrip(data, { schemaPath: '../schemas/report.schema.json' });
    // The sample abbreviates three long labels and has two lines of free comment; the renderer writes the labels in full.
    const expected = edit(
      SAMPLE,
      [
        "# A sample report written for gov-report: the figures of a small county bureau's 2023 report,\n# with text of our own. It is clean: `gov-report lint` reports nothing.\n",
        '',
      ],
      ['# （二）部分公开\n', '# （二）部分公开（区分处理的，只计这一情形，不计其他情形）\n'],
      ['# 1.申请人无正当理由逾期不补正……', '# 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['# 2.申请人逾期未按收费通知要求缴纳费用……', '# 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    );
    assert.equal(text, expected.endsWith('\n') ? expected : `${expected}\n`);
  });

  it('the rendered sample lints clean', () => {
    const text = renderReport(yamlOf(SAMPLE) as Report, { schemaPath: '../schemas/report.schema.json' });
    assert.deepEqual(lintText(text), []);
  });

  it('round-trips the busy report, decimals included, and it still lints clean', () => {
    const data = yamlOf(BUSY);
    assert.equal(data.proactive.fees, 12.35);
    const text = assertRoundTrip(data);
    assert.deepEqual(lintText(text), []);
    // Rows of different widths still line up: every `[` of table 三 in one column, every comment in another.
    const tableThree = text.split('\n').filter((line) => /^ {2,}\w+: +\[(?:\d+, ){6}\d+\]/.test(line));
    assert.equal(tableThree.length, 25);
    assert.equal(new Set(tableThree.map((line) => line.indexOf('['))).size, 1);
    assert.equal(new Set(tableThree.map((line) => line.indexOf('#'))).size, 1);
  });

  it('writes the modeline only when given a schema path', () => {
    const data = yamlOf(SAMPLE);
    assert.match(
      renderReport(data as Report, { schemaPath: 'x/report.schema.json' }),
      /^# yaml-language-server: \$schema=x\/report\.schema\.json\ntemplate: "2021" /,
    );
    assert.match(renderReport(data as Report), /^template: "2021" +# 国办公开办函〔2021〕30号\n/);
  });

  it('round-trips a 2019-template report: negative changes, decimal amounts, the one-row （六）其他处理', () => {
    const data = clone(blankReport('2019', { agency: '示例县人民政府办公室', year: 2020, published: '2021-01-29' })) as Record<string, any>;
    data.source = 'https://example.gov.cn/2021/01/report.html#top';
    data.overview = '2020年，……\n';
    data.proactive.licensing = { previous_items: 12, change: -3, decisions: 1024 };
    data.proactive.fees = { previous_items: 4, change: 0 };
    data.proactive.procurement = { items: 7, amount: 1234.56 };
    data.applications.results.other = [1, 0, 0, 0, 0, 0, 1];
    assert.ok(reportSchemaOf('2019').safeParse(data).success);
    const text = assertRoundTrip(data);
    assert.match(text, /^ {4}other: +\[1, 0, 0, 0, 0, 0, 1\] +# （六）其他处理$/m);
    assert.match(
      text,
      /^ {2}procurement: +\{ items: 7, amount: 1234\.56 \} +# 第二十条第（九）项 政府集中采购：采购项目数量、采购总金额$/m,
    );
    assert.match(text, /^template: "2019" +# 国办公开办函〔2019〕60号$/m);
  });

  it('round-trips blank cells as null, wherever they are', () => {
    const data = yamlOf(SAMPLE);
    data.proactive.regulations.repealed = null;
    data.proactive.punishment = null;
    data.applications.new = [null, 0, 0, 0, 0, 0, null];
    data.applications.results.withheld.state_secret[3] = null;
    data.appeals.litigation_direct = [0, 0, null, 0, 0];
    data.other_matters = null;
    const text = assertRoundTrip(data);
    assert.match(text, /^ {2}new: +\[null, 0, 0, 0, 0, 0, null\] +# /m);
    assert.match(text, /^ {2}punishment: null +# /m);
    assert.match(text, /^other_matters: null +# 六、其他需要报告的事项$/m);
  });

  it('round-trips any numbers and any text, quoting what has to be quoted', () => {
    const texts = [
      'a\nb',
      'a\n',
      'a\n\n',
      ' leading space\n',
      '\nblank first\n',
      'a\n   \nb\n',
      'a\n   ',
      '\tt\n',
      '# no comment\n- no list\nk: v\n---\n',
      'x\r\ny',
      '😀',
      'a\u2028b',
      '   ',
      '\n',
      '',
      '"q"',
      '|\n>\n',
    ];
    const names = ['a: b', "'q'", '局 #1', '- x', 'x\ny', '@at', ' pad ', 'null', '1e3', '"', 'yes', '2021'];
    const numbers = [0, -0, 12.35, 0.1 + 0.2, 1e-7, 1e21, 2 ** 53, 99999999];
    texts.forEach((overview, i) => {
      const data = yamlOf(SAMPLE);
      data.overview = overview;
      data.problems = `${overview}。`;
      data.agency = names[i % names.length];
      data.source = names[(i + 1) % names.length];
      data.proactive.fees = numbers[i % numbers.length];
      data.applications.carried_forward = numbers.slice(0, 7);
      // Whatever an importer puts in a cell comes back: text, booleans, nested values.
      data.appeals.reconsideration = [1, 'a, b', true, [2], { k: 'v' }];
      assertRoundTrip(data);
    });
  });

  it('keeps what is missing missing', () => {
    const data = yamlOf(SAMPLE);
    delete data.published;
    delete data.appeals;
    delete data.applications.results.withheld;
    delete data.proactive.fees;
    const text = assertRoundTrip(data);
    assert.doesNotMatch(text, /appeals:|withheld:|fees:/);
  });
});

describe('blankReport', () => {
  for (const template of TEMPLATES) {
    it(`${template}: fits the schema, every cell 0, every text empty`, () => {
      const report = blankReport(template, { agency: '示例局', year: template === '2019' ? 2020 : 2023 });
      assert.ok(reportSchemaOf(template).safeParse(report).success);
      const values: unknown[] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
        else values.push(node);
      };
      walk({ ...report, template: undefined, agency: undefined, year: undefined });
      assert.deepEqual(new Set(values), new Set([undefined, 0, '']));
    });
  }
});

describe('gov-report init', () => {
  const init = (args: readonly string[], cwd = scratchFiles.path()) => runCli(['init', ...args], { cwd });

  it('writes a complete blank 2021 report to stdout, with labels, aligned rows and a modeline', () => {
    const run = init(['--agency', '示例市政务服务和大数据管理局', '--year', '2023', '--published', '2024-01-20']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    assert.match(lines[0]!, /^# yaml-language-server: \$schema=\S+schemas\/report\.schema\.json$/);
    assert.equal(lines[1], 'template: "2021"          # 国办公开办函〔2021〕30号');
    assert.match(run.stdout, /^ {2}# {2,}自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计$/m);
    assert.match(run.stdout, /^ {6}process_information: \[0, 0, 0, 0, 0, 0, 0\] {3}# 6\.属于四类过程性信息$/m);
    assert.match(run.stdout, /^overview: "" +# 一、总体情况$/m);
    const expected = blankReport('2021', { agency: '示例市政务服务和大数据管理局', year: 2023, published: '2024-01-20' });
    assert.deepEqual(load(run.stdout), expected);
  });

  it('the year defaults to last year, and the template follows the year', () => {
    const lastYear = new Date().getFullYear() - 1;
    const byDefault = yamlOf(init(['--agency', '示例局']).stdout);
    assert.equal(byDefault.year, lastYear);
    assert.equal(byDefault.template, lastYear <= 2020 ? '2019' : '2021');
    const old = yamlOf(init(['--agency', '示例局', '--year', '2020']).stdout);
    assert.equal(old.template, '2019');
    assert.deepEqual(old, blankReport('2019', { agency: '示例局', year: 2020 }));
    assert.equal(yamlOf(init(['--agency', '示例局', '--year', '2020', '--template', '2021']).stdout).template, '2021');
  });

  it('without -o, the modeline names schemas/report.schema.json of the working directory when there is one, else its address at the release', () => {
    const inRoot = init(['--agency', '示例局', '--year', '2023'], ROOT);
    assert.match(inRoot.stdout, /^# yaml-language-server: \$schema=schemas\/report\.schema\.json\n/);
    const elsewhere = init(['--agency', '示例局', '--year', '2023']);
    const path = /^# yaml-language-server: \$schema=(.+)\n/.exec(elsewhere.stdout)?.[1];
    // Never this machine's install path: the report is committed and opened elsewhere.
    assert.match(path!, /^https:\/\/\S+\/raw\/(main|v\d+\.\d+\.\d+)\/schemas\/report\.schema\.json$/);
    assert.ok(!path!.includes(ROOT), path);
  });

  it('-o writes the file with a modeline relative to it, refuses to overwrite it, and --force overwrites it', () => {
    // A project that holds the schema (as with gov-report in its node_modules): the modeline points into it.
    scratchFiles.write('schemas/report.schema.json', readFileSync(join(ROOT, 'schemas/report.schema.json')));
    const file = join(scratchFiles.path(), 'reports/2023/示例局.yaml');
    const first = init(['--agency', '示例局', '--year', '2023', '-o', 'reports/2023/示例局.yaml']);
    assert.deepEqual([first.code, first.stdout, first.stderr], [0, '', '']);
    const text = readFileSync(file, 'utf8');
    const schemaPath = /^# yaml-language-server: \$schema=(.+)\n/.exec(text)?.[1];
    assert.ok(schemaPath && !schemaPath.startsWith('/'), schemaPath);
    assert.equal(resolve(dirname(file), schemaPath), join(scratchFiles.path(), 'schemas/report.schema.json'));

    writeFileSync(file, 'mine\n');
    const again = init(['--agency', '其他局', '--year', '2023', '-o', 'reports/2023/示例局.yaml']);
    assert.equal(again.code, 2);
    assertOneLineOnStderr(again, /^gov-report: reports\/2023\/示例局\.yaml already exists \(use --force to overwrite it\)\n$/);
    assert.equal(readFileSync(file, 'utf8'), 'mine\n');

    const forced = init(['--agency', '其他局', '--year', '2023', '-o', 'reports/2023/示例局.yaml', '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(yamlOf(readFileSync(file, 'utf8')).agency, '其他局');
  });

  it('bad command lines exit 2 with one line on stderr', () => {
    const cases: [string[], RegExp][] = [
      [[], /required option '--agency <name>' not specified/],
      [['--agency', ' '], /--agency must name the publishing body/],
      [['--agency', '局', '--year', '23'], /--year takes a four-digit year/],
      [['--agency', '局', '--year', '1999'], /--year takes a four-digit year/],
      [['--agency', '局', '--template', '2020'], /--template must be 2021 or 2019, got "2020"/],
      [['--agency', '局', '--year', '2023', '--template', '2019'], /a report for 2023 uses the 2021 template/],
      [['--agency', '局', '--published', '2024-02-30'], /--published takes a date as YYYY-MM-DD, got "2024-02-30"/],
      [['--agency', '局', '--published', '2024/01/20'], /--published takes a date as YYYY-MM-DD/],
    ];
    for (const [args, pattern] of cases) {
      const run = init(args);
      assert.equal(run.code, 2, args.join(' '));
      assertOneLineOnStderr(run, pattern);
    }
  });

  for (const [template, year] of [
    ['2021', '2023'],
    ['2019', '2020'],
  ] as [TemplateId, string][]) {
    it(`acceptance (${template}): linting a fresh report finds only the three empty text parts`, () => {
      const name = `fresh-${template}.yaml`;
      const made = init(['--agency', '示例局', '--year', year, '--template', template, '-o', name]);
      assert.equal(made.code, 0, made.stderr);
      const run = runCli(['lint', '--format', 'json', '--no-config', name], { cwd: scratchFiles.path() });
      assert.equal(run.code, 1, run.stderr);
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; path: string }[] }[];
      assert.deepEqual(
        result!.messages.map((m) => [m.ruleId, m.path]),
        [
          ['required-sections', '/overview'],
          ['required-sections', '/problems'],
          ['required-sections', '/other_matters'],
        ],
      );
    });
  }
});

/** The table lines of `show` output whose row label matches. */
const rowsOf = (output: string, label: string) => output.split('\n').filter((line) => line.startsWith('│') && line.includes(label));

describe('gov-report show', () => {
  // These check the tables as published, drawn in full: in a terminal wide enough for them (width.test.ts checks narrower ones).
  const WIDE = { COLUMNS: '300' };
  it('marks exactly the cells the diagnostics point at, with the value each would need', () => {
    const run = runCli(['show', '--locale', 'zh-CN', 'fixtures/invalid/applications-row-total.yaml'], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(!run.stdout.includes(ESC));
    const tables = run.stdout.slice(0, run.stdout.indexOf('fixtures/invalid/applications-row-total.yaml'));
    const marked = tables.split('\n').filter((line) => line.includes('✗'));
    assert.equal(marked.length, 2, marked.join('\n'));
    // （一）予以公开 states 25 where its columns add up to 24; （二）部分公开 states 4 for 5; both in the 总计 column.
    const [disclosed] = rowsOf(tables, '（一）予以公开');
    assert.match(disclosed!, /│ +18 │ +3 │ +0 │ +1 │ +1 │ +1 │ 25 ✗→24 │$/);
    const [partially] = rowsOf(tables, '（二）部分公开');
    assert.match(partially!, /│ +4 │ +1 │ +0 │ +0 │ +0 │ +0 │ +4 ✗→5 │$/);
    // The diagnostics are listed under the tables.
    assert.match(run.stdout, /^ {2}32:48 {2}错误 {2}表三「（一）予以公开」：总计为 25.* {2}applications-row-total$/m);
    assert.match(run.stdout, /^ {2}33:47 {2}错误 {2}表三「（二）部分公开.* {2}applications-row-total$/m);
  });

  it('draws every row of all three tables, Chinese labels and columns aligned', () => {
    const run = runCli(['show', '--locale', 'zh-CN', 'fixtures/valid/busy-2022.yaml'], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    for (const heading of [
      '表二  二、主动公开政府信息情况',
      '表三  三、收到和处理政府信息公开申请情况',
      '表四  四、政府信息公开行政复议、行政诉讼情况',
    ]) {
      assert.ok(run.stdout.includes(heading), heading);
    }
    assert.match(rowsOf(run.stdout, '行政事业性收费')[0]!, /│ +12\.35 │$/);
    assert.match(rowsOf(run.stdout, '（七）总计')[0]!, /│ +40 │ +5 │ +0 │ +1 │ +3 │ +2 │ +51 │$/);
    assert.match(rowsOf(run.stdout, '行政复议')[0]!, /│ +2 │ +1 │ +0 │ +1 │ +4 │$/);
    for (const row of APPEAL_ROWS) assert.ok(run.stdout.includes(row.zh.split(' ').at(-1)!), row.zh);
    // Each table's lines are as wide as its border, counting a Chinese character as two columns.
    for (const block of run.stdout.split('\n\n').filter((b) => b.includes('┌'))) {
      const lines = block.split('\n').filter((l) => /^[│├┌└]/.test(l));
      assert.equal(new Set(lines.map(displayWidth)).size, 1, block);
    }
    assert.match(run.stdout, /✔ 没有发现问题\n$/);
  });

  it('the clean sample has no marker', () => {
    const run = runCli(['show', '--locale', 'en', 'fixtures/sample-2023.yaml'], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!run.stdout.includes('✗'));
    assert.match(run.stdout, /disclosed\s/);
    assert.match(run.stdout, /✔ no problems found\n$/);
  });

  it('with --color, matches the committed snapshot (UPDATE_SNAPSHOTS=1 rewrites it)', () => {
    const run = runCli(['show', '--color', '--locale', 'zh-CN', 'fixtures/invalid/appeals-total.yaml'], {
      env: { ...WIDE, FORCE_COLOR: '1' },
    });
    assert.equal(run.code, 0, run.stderr);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(SNAPSHOT)) {
      mkdirSync(dirname(SNAPSHOT), { recursive: true });
      writeFileSync(SNAPSHOT, run.stdout);
    }
    assert.equal(run.stdout, readFileSync(SNAPSHOT, 'utf8'));
    assert.ok(run.stdout.includes(`${ESC}[31m${ESC}[7m5${ESC}[27m${ESC}[39m`), 'the wrong total is red and inverse');
    assert.ok(
      run.stdout.replace(/\u001b\[[0-9;]*m/g, '').includes('5 ✗→4'),
      'colour marks the cells, and the crosses stay for those who cannot see it',
    );
  });

  it('a blank cell is a dash, marked when a diagnostic points at it', () => {
    const run = runCli(['show', '--locale', 'zh-CN', 'fixtures/invalid/blank-cell.yaml'], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    // blank-cell points at the first blank cell of a row; the others are still drawn as blanks.
    assert.match(rowsOf(run.stdout, '3.补正后申请内容仍不明确')[0]!, /│ +— ✗ │ +— │ +— │ +— │ +— │ +— │ +0 │$/);
    assert.match(rowsOf(run.stdout, '行政强制')[0]!, /│ +— ✗ │$/);
  });

  it('draws the 2019 template', () => {
    const file = write('show-2019.yaml', renderReport(blankReport('2019', { agency: '示例局', year: 2020 })));
    const run = runCli(['show', '--locale', 'zh-CN', file], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    for (const label of ['规范性文件', '其他对外管理服务事项', '本年增/减', '政府集中采购', '采购总金额', '（六）其他处理']) {
      assert.ok(run.stdout.includes(label), label);
    }
    assert.equal(rowsOf(run.stdout, '（六）其他处理')[0]!.match(/│ +0 /g)?.length, 7);
    assert.ok(!run.stdout.includes('1.申请人无正当理由'));
  });

  it('draws what there is of a malformed table, ? for what is missing or not a number', () => {
    const file = write(
      'malformed.yaml',
      edit(
        SAMPLE,
        ['  new:                     [0, 0, 0, 0, 0, 0, 0]', '  new:                     [1, 2, 3]'],
        ['  licensing: 0 ', '  licensing: "十二" '],
      ),
    );
    const run = runCli(['show', '--locale', 'zh-CN', file], { env: WIDE });
    assert.equal(run.code, 0, run.stderr);
    assert.match(rowsOf(run.stdout, '一、本年新收')[0]!, /✗ +│ +1 │ +2 │ +3 │ +\? │ +\? │ +\? │ +\? │$/);
    assert.match(rowsOf(run.stdout, '行政许可')[0]!, /│ +\? ✗ │$/);
    assert.match(run.stdout, /schema$/m);
  });

  it('a file that is not valid YAML: the parse diagnostics instead of tables, exit 1', () => {
    const file = write('broken.yaml', 'template: "2021"\nagency: "示例局\nyear: 2023\n');
    const run = runCli(['show', '--locale', 'en', file], { env: WIDE });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.ok(!run.stdout.includes('┌'));
    assert.match(run.stdout, /^ {2}2:9 {2}error {2}YAML\/JSON syntax error: .* {2}parse$/m);
    assert.equal(runCli(['show', 'fixtures/invalid/parse.yaml'], { env: WIDE }).code, 1);
  });

  it('a missing file or a directory exits 2 with one line on stderr', () => {
    assertOneLineOnStderr(runCli(['show', 'no/such/report.yaml']), /^gov-report: no such file or directory: no\/such\/report\.yaml\n$/);
    assert.equal(runCli(['show', 'no/such/report.yaml']).code, 2);
    const dir = runCli(['show', 'fixtures']);
    assert.equal(dir.code, 2);
    assertOneLineOnStderr(dir, /is a directory/);
  });

  it('honours config: a rule turned off marks nothing', () => {
    const config = write('config/.gov-report.yaml', 'rules:\n  applications-row-total: off\n');
    const report = write('config/report.yaml', readFixture('invalid/applications-row-total.yaml'));
    const withConfig = runCli(['show', '--locale', 'en', report]);
    assert.equal(withConfig.code, 0);
    assert.ok(!withConfig.stdout.includes('✗'));
    const noConfig = runCli(['show', '--locale', 'en', '--no-config', report]);
    assert.equal((noConfig.stdout.match(/✗/g) ?? []).length, 2);
    const explicit = runCli(['show', '--locale', 'en', '-c', config, 'fixtures/invalid/applications-row-total.yaml']);
    assert.ok(!explicit.stdout.includes('✗'));
  });
});
