import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { readCells } from '../src/import/tables/cells.js';
import { tableGrid } from '../src/import/read/html.js';
import { importReport, type ImportResult, renderImport } from '../src/import/index.js';
import { findLabels } from '../src/import/tables/labels.js';
import { normalize } from '../src/import/text/normalize.js';
import { detectSource } from '../src/import/read/detect.js';
import { splitDigits } from '../src/import/tables/split-digits.js';
import { textRows } from '../src/import/read/text.js';
import type { Token } from '../src/import/tables/tokens.js';
import { lintText, ROOT, runCli, runMain, STACK_TRACE } from './helpers.js';

// The subprocess tests run the bundle: `npm run build` first.

const FIXTURES = join(ROOT, 'fixtures/import');
let scratch = '';

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gov-report-import-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const importText = (text: string) => importReport(new TextEncoder().encode(text));
const MODELINE = /^# yaml-language-server: \$schema=\S*schemas\/report\.schema\.json\n/;
/** The command's output, whose first line is the `$schema` modeline (as from init). */
function withoutModeline(text: string): string {
  assert.match(text, MODELINE);
  return text.replace(MODELINE, '');
}
const pointers = (result: ImportResult) => result.missing.map((m) => m.pointer);

/** Every input form, each a report written for these tests, with the YAML it must import to. */
const FORMS = [
  ['html-merged.html', 'HTML with merged cells, blanks as &nbsp; and <o:p></o:p>, site chrome around it'],
  ['gbk.html', 'a GBK page (2019 template) declared by <meta http-equiv>'],
  ['word.docx', 'a Word document with merged cells'],
  ['markdown.md', 'converter Markdown: invented headers, a table cut in two, table 四 in three parts'],
  ['tabs.txt', 'a page copied with tabs between cells, merged cells shifting the rows'],
  ['one-cell-per-line.txt', 'a page copied one cell per line, an empty cell an empty line'],
  ['pipes.txt', 'pipes between cells, 1、 headings, 其它 and a misspelt label'],
  ['run-together.txt', 'a crawler dump with the digits of each row run together'],
  ['pdf-text.txt', 'PDF text: one row per line, wrapped labels, page footers, a broken header'],
] as const;

describe('import: every input form', () => {
  for (const [file, form] of FORMS) {
    it(`${file}: ${form}`, async () => {
      const result = await importReport(new Uint8Array(readFileSync(join(FIXTURES, file))));
      const expected = readFileSync(join(FIXTURES, `${file.replace(/\.[^.]+$/, '')}.expected.yaml`), 'utf8');
      assert.equal(renderImport(result), expected);
      if (file === 'run-together.txt') {
        // The one row whose digits no total can settle: 21325 into three cells.
        assert.deepEqual(result.missing, [
          { pointer: '/proactive/normative_documents', reason: 'the digits “21325” can be cut into 3 cells in more than one way' },
        ]);
      } else {
        assert.deepEqual(result.missing, []);
      }
    });
  }

  it('every expected report is valid YAML in our format (no parse or schema finding)', () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.yaml'))) {
      const diagnostics = lintText(readFileSync(join(FIXTURES, file), 'utf8'));
      assert.deepEqual(
        diagnostics.filter((d) => d.ruleId === 'parse' || d.ruleId === 'schema'),
        [],
        file,
      );
    }
  });

  it('keeps a wrong total as the source writes it (word.docx: （七）总计 one short in 自然人)', () => {
    const diagnostics = lintText(readFileSync(join(FIXTURES, 'word.expected.yaml'), 'utf8'));
    assert.ok(diagnostics.some((d) => d.ruleId === 'applications-results-total'));
  });

  const seed = join(ROOT, '..', 'shared', 'seed');
  it('the seed report imports completely and lints with no error', { skip: !existsSync(seed) && 'no ../shared/seed here' }, async () => {
    for (const file of readdirSync(seed)) {
      const result = await importReport(new Uint8Array(readFileSync(join(seed, file))));
      assert.deepEqual(result.missing, [], file);
      const errors = lintText(renderImport(result)).filter((d) => d.severity === 'error');
      assert.deepEqual(errors, [], file);
    }
  });
});

describe('import: run-together digits', () => {
  it('cuts a row one way when the row total allows only one', () => {
    assert.deepEqual(splitDigits(['640020470'], 7, [7]).cuts, [[64, 0, 0, 2, 0, 4, 70]]);
  });

  it('takes a cut that is the only one possible, even when the row does not add up (the linter reports it)', () => {
    const result = splitDigits(['1230008'], 7, [7]);
    assert.equal(result.forced, true);
    assert.deepEqual(result.cuts, [[1, 2, 3, 0, 0, 0, 8]]);
  });

  it('never joins across a space the copy kept, and never reads a leading zero', () => {
    assert.deepEqual(splitDigits(['230', '000023'], 7, [7]).cuts, [[23, 0, 0, 0, 0, 0, 23]]);
    assert.deepEqual(splitDigits(['0', '0', '00', '00', '0'], 7, [7]).cuts, [[0, 0, 0, 0, 0, 0, 0]]);
    assert.deepEqual(splitDigits(['023'], 2, []).cuts, [[0, 23]]);
    assert.deepEqual(splitDigits(['05'], 1, []).cuts, []);
  });

  it('cuts table 四 by the total of each of its three groups', () => {
    assert.deepEqual(splitDigits(['10203120001200000'], 15, [5, 5, 5]).cuts, [[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]);
  });

  it('never cuts a row wrongly: the true cells are always among the cuts, and a single cut is them', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const cells = Array.from({ length: 6 }, () => (random(3) === 0 ? random(130) : 0));
      const row = [...cells, cells.reduce((a, b) => a + b, 0)];
      // Some borders kept as spaces, the others lost.
      const tokens = [String(row[0])];
      for (const value of row.slice(1)) {
        if (random(4) === 0) tokens.push(String(value));
        else tokens[tokens.length - 1] += String(value);
      }
      const { cuts, truncated } = splitDigits(tokens, 7, [7]);
      if (truncated) continue;
      assert.ok(
        cuts.some((c) => c.join() === row.join()),
        `${tokens.join(' ')} → ${row.join(' ')}`,
      );
      if (cuts.length === 1) assert.deepEqual(cuts[0], row);
    }
  });

  it('leaves an ambiguous row null and says why', () => {
    const value = (raw: string) => ({ kind: 'value', raw, value: Number(raw), run: raw.length > 1 }) as const;
    const read = readCells({ tokens: [value('270020130')] }, 7, [7]);
    assert.deepEqual(read.cells, [null, null, null, null, null, null, null]);
    assert.match(read.missing[0]!, /“270020130” can be cut into 7 cells that add up in 2 ways \(2 7 0 0 20 1 30 \/ 27 0 0 2 0 1 30\)/);
    assert.equal(read.candidates?.length, 2);
    const noTotal = readCells({ tokens: [value('693665')] }, 3, []);
    assert.deepEqual(noTotal.cells, [null, null, null]);
    assert.match(noTotal.missing[0]!, /more than one way/);
  });

  it('lets the totals of table 三 settle a row only when exactly one choice agrees with them', async () => {
    const report = (disclosed: string, total: string) =>
      [
        '二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
        `一、本年新收政府信息公开申请数量270020130二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开${disclosed}`,
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000',
        '4.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000',
        '（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000',
        '（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000',
        `（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计${total}四、结转下年度继续办理0000000`,
        '四、政府信息公开行政复议、行政诉讼情况',
      ].join('');
    // （一） is written out: the leaf sum settles （七）, and 一 + 二 = （七） + 四 settles 一.
    const settled = await importText(report('27 0 0 2 0 1 30', '270020130'));
    const applications = settled.report.applications as { new: number[]; results: { total: number[] } };
    assert.deepEqual(applications.new, [27, 0, 0, 2, 0, 1, 30]);
    assert.deepEqual(applications.results.total, [27, 0, 0, 2, 0, 1, 30]);
    // All three run together the same way: every choice agrees with the totals, so none is taken.
    const open = await importText(report('270020130', '270020130'));
    for (const pointer of ['/applications/new', '/applications/results/disclosed', '/applications/results/total']) {
      const entry = open.missing.find((m) => m.pointer === pointer);
      assert.match(entry?.reason ?? '', /in 2 ways .*and the totals of the table do not decide/, pointer);
    }
    assert.deepEqual((open.report.applications as { new: unknown[] }).new, [null, null, null, null, null, null, null]);
  });
});

describe('import: sections and metadata', () => {
  it('cuts the text parts at the six headings, in the variants reports use', async () => {
    const result = await importText(
      [
        '示例街道办事处2023年度政府信息公开工作年度报告',
        '1、 总体情况',
        '全年公开信息30条。',
        '2、主动公开政府信息情况',
        '3、收到和处理政府信息公开申请情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        '五、存在问题及整改措施',
        '一是公开不够及时。',
        '六、其他报告的事项',
        '无其他需要报告的事项。',
      ].join('\n'),
    );
    assert.equal(result.report.agency, '示例街道办事处');
    assert.equal(result.report.year, 2023);
    assert.equal(result.report.overview, '全年公开信息30条。');
    assert.equal(result.report.problems, '一是公开不够及时。');
    assert.equal(result.report.other_matters, '无其他需要报告的事项。');
    // The tables' headings are there, their tables are not (pictures on the page).
    assert.deepEqual(
      result.missing.map((m) => m.reason),
      ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'].map(
        (h) => `no table under the heading ${h} (is it a picture or an attachment?)`,
      ),
    );
  });

  it('reads past a list of the six parts at the top of the report', async () => {
    const parts = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const result = await importText(
      ['本报告包括：', ...parts, parts[0], '全年公开信息12条。', parts[4], '无。', parts[5], '无其他事项。'].join('\n'),
    );
    assert.equal(result.report.overview, '全年公开信息12条。');
    assert.equal(result.report.other_matters, '无其他事项。');
  });

  it('takes the agency, year, date and address from the title and the page, never from a guess', async () => {
    const crawled = await importText(
      '标题: 示例县水利局2022年度政府信息公开工作年度报告\n发布时间: 2023-01-30 09:12\n原文链接: https://www.example.gov.cn/a.html\n一、总体情况\n无。',
    );
    assert.deepEqual(
      [crawled.report.agency, crawled.report.year, crawled.report.published, crawled.report.source],
      ['示例县水利局', 2022, '2023-01-30', 'https://www.example.gov.cn/a.html'],
    );
    const split = await importText('示例县水利局2022年度政府\n信息公开工作年度报告\n一、总体情况\n无。');
    assert.equal(split.report.agency, '示例县水利局');
    const untitled = await importText('一、总体情况\n本报告中所列数据的统计期限为2021年1月1日至12月31日。');
    assert.equal(untitled.report.agency, null);
    assert.equal(untitled.report.year, 2021);
    assert.ok(pointers(untitled).includes('/agency'));
  });
});

describe('import: labels, cells and grids', () => {
  const labelsIn = (text: string, table: 'proactive' | 'applications' | 'appeals') => {
    const norm = normalize(text);
    return findLabels(norm, table, 0, norm.text.length).map((m) => `${m.def.kind}:${m.def.key}`);
  };

  it('finds labels whatever their punctuation, spacing, quotes, numbering or misspelling', () => {
    assert.deepEqual(labelsIn('1．属于国家秘密', 'applications'), ['row:results.withheld.state_secret']);
    assert.deepEqual(labelsIn('2、其他法律行政止公开', 'applications'), ['row:results.withheld.prohibited_by_law']);
    assert.deepEqual(labelsIn('3.危及"三安全 一稳定"', 'applications'), ['row:results.withheld.security_stability']);
    assert.deepEqual(labelsIn('(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', 'applications'), [
      'row:results.partially_disclosed',
    ]);
    assert.deepEqual(labelsIn('第二十条  第(一)项', 'proactive'), ['item:第二十条第（一）项']);
    assert.deepEqual(labelsIn('本年(2023)制发件数', 'proactive'), ['column:issued']);
    assert.deepEqual(labelsIn('行政法复议', 'appeals'), ['group:行政复议']);
    assert.deepEqual(labelsIn('規章', 'proactive'), ['row:regulations']);
  });

  it('tells a row from a column by its number: 3.其他 and （七）总计 are rows, 其他 and 总计 columns', () => {
    assert.deepEqual(labelsIn('3.其他 其他 （七）总计 总计', 'applications'), [
      'row:results.other.other',
      'column:other',
      'row:results.total',
      'column:total',
    ]);
    // A run-together row keeps its digits; the number before the next label belongs to that label.
    assert.deepEqual(labelsIn('1.属于国家秘密00000002.其他法律行政法规禁止公开', 'applications'), [
      'row:results.withheld.state_secret',
      'row:results.withheld.prohibited_by_law',
    ]);
  });

  it('reads blanks as null and counts the padding of a pasted row out', () => {
    const t = (kind: string, raw = '') =>
      (kind === 'value'
        ? { kind, raw, value: Number(raw), run: false }
        : kind === 'empty'
          ? { kind, trusted: raw === 'trusted' }
          : { kind, raw }) as Token as never;
    const padded = readCells(
      {
        tokens: [
          t('empty'),
          t('value', '5'),
          t('empty'),
          t('blank', '/'),
          t('value', '0'),
          t('value', '0'),
          t('value', '0'),
          t('value', '5'),
          t('empty'),
        ],
      },
      7,
      [7],
    );
    assert.deepEqual(padded.cells, [5, null, null, 0, 0, 0, 5]);
    assert.ok(padded.missing.every((m) => m === undefined));
    // An empty line of text copied one cell per line is a blank cell.
    const lines = readCells(
      { tokens: [t('value', '26'), ...Array.from({ length: 5 }, () => t('empty', 'trusted')), t('value', '26')] },
      7,
      [7],
    );
    assert.deepEqual(lines.cells, [26, null, null, null, null, null, 26]);
    // Six values for seven columns: which one is missing cannot be told.
    const short = readCells({ tokens: Array.from({ length: 6 }, () => t('value', '1')) }, 7, [7]);
    assert.match(short.missing[0]!, /found 6 values for 7 columns/);
  });

  it('resolves rowspan and colspan into the grid, each merged cell once at its first row and column', () => {
    const html =
      '<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr><tr><td>E</td><td>&nbsp;</td><td><o:p></o:p></td></tr></table>';
    type Element = DefaultTreeAdapterMap['element'];
    type Node = { readonly nodeName: string } & Partial<Pick<Element, 'tagName' | 'childNodes'>>;
    const table = (function find(node: Node): Element | undefined {
      if (node.tagName === 'table') return node as Element;
      for (const child of node.childNodes ?? []) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    })(parse(html));
    assert.ok(table);
    assert.deepEqual(tableGrid(table), [
      ['A', 'B'],
      ['C', 'D'],
      ['E', '', ''],
    ]);
  });

  it('finds the values of a label alone in its table row on the next row, and nowhere else', async () => {
    const result = await importText(
      '<p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>' +
        '<tr><td>行政许可</td><td></td></tr><tr><td>517</td><td></td></tr><tr><td>行政处罚</td><td></td></tr><tr><td>行政强制</td><td>0</td></tr></table>' +
        '<p>三、收到和处理政府信息公开申请情况</p>',
    );
    const proactive = result.report.proactive as Record<string, unknown>;
    assert.equal(proactive.licensing, 517);
    assert.equal(proactive.enforcement, 0);
    // 行政处罚's own cell is empty and the next row has a label: a blank, not 行政强制's 0.
    assert.equal(proactive.punishment, null);
    assert.ok(!pointers(result).includes('/proactive/punishment'));
  });

  it('drops Markdown rules and page footers, and tells a double-spaced copy by its gaps', () => {
    const rows = textRows('| a | b |\n|---|---|\n| 1 | 2 |\n- 3 -\n第 4 页 共 9 页\nx');
    assert.deepEqual(
      rows.map((r) => r.cells),
      [['a', 'b'], ['1', '2'], ['x']],
    );
    const spaced = textRows(Array.from({ length: 12 }, (_, i) => `行${i}\n`).join('\n'));
    assert.ok(spaced.filter((r) => r.cells[0] === '').every((r) => !r.trustedEmpty));
  });
});

describe('import: sources it cannot read', () => {
  it('knows a PDF, an image, an old .doc, an empty file and binary data by their bytes', () => {
    const kind = (bytes: number[] | string) => {
      const detected = detectSource(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes));
      return detected.kind === 'unreadable' ? detected.message : detected.kind;
    };
    assert.equal(kind('%PDF-1.7\n%âãÏÓ\n'), 'pdf');
    assert.match(kind([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /image/);
    assert.match(kind([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /image/);
    assert.match(kind([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /save it as \.docx/);
    assert.match(kind(''), /empty/);
    assert.match(kind(' \n\t\n'), /empty/);
    assert.match(kind([0x41, 0x00, 0x42]), /not text/);
    assert.equal(kind('<!DOCTYPE html><p>x</p>'), 'html');
    assert.equal(kind('\ufeff<html><body>一、总体情况</body></html>'), 'html');
    assert.equal(kind('一、总体情况'), 'text');
  });

  it('reads malformed HTML as a browser would, without failing', async () => {
    const result = await importText(
      '<html><body><p>示例乡人民政府2022年政府信息公开工作年度报告<p>一、总体情况<div>全年公开信息12条。</span>' +
        '<p>二、主动公开政府信息情况<table><tr><td>第二十条第（一）项<tr><td>信息内容<td>本年制发件数<td>本年废止件数<td>现行有效件数' +
        '<tr><td>规章<td>0<td>0<td>0</td></td></td><tr><td>行政规范性文件<td>1<td>0<td>3</table></table>' +
        '<p>五、存在的主要问题及改进情况<p>无。<p>六、其他需要报告的事项<p>无</b></i>',
    );
    assert.equal(result.report.agency, '示例乡人民政府');
    assert.deepEqual((result.report.proactive as Record<string, unknown>).normative_documents, { issued: 1, repealed: 0, in_force: 3 });
    assert.ok(pointers(result).includes('/applications'));
  });
});

describe('gov-report import (the command)', () => {
  it('writes the YAML to stdout and exits 0 when the report is complete', () => {
    for (const [file, expected] of [
      ['tabs.txt', 'tabs.expected.yaml'],
      ['word.docx', 'word.expected.yaml'],
    ]) {
      const run = runCli(['import', `fixtures/import/${file}`]);
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.equal(withoutModeline(run.stdout), readFileSync(join(FIXTURES, expected!), 'utf8'));
    }
  });

  it('lists what it could not recover on stderr, marks it in the YAML, and exits 1', () => {
    const run = runCli(['import', 'fixtures/import/run-together.txt']);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      'fixtures/import/run-together.txt: 表二「第二十条第（一）项 行政规范性文件」: not recovered — the digits “21325” can be cut into 3 cells in more than one way\n' +
        'fixtures/import/run-together.txt: 1 place not recovered, 3 table cells (表二 3): check each place above in the published report and fill it in; until then not_recovered lists it and lint reads it as unknown (read as text; template 2021, told by the headers of table 二)\n',
    );
    assert.match(
      run.stdout,
      / {2}# not recovered — the digits “21325” can be cut into 3 cells in more than one way\n {2}normative_documents: \{ issued: null, repealed: null, in_force: null \}/,
    );
  });

  it('reads stdin with -, and writes -o without overwriting an existing file unless --force', () => {
    const piped = runCli(['import', '-'], { input: readFileSync(join(FIXTURES, 'pipes.txt'), 'utf8') });
    assert.equal(piped.code, 0);
    assert.equal(withoutModeline(piped.stdout), readFileSync(join(FIXTURES, 'pipes.expected.yaml'), 'utf8'));
    const out = join(scratch, 'out', 'report.yaml');
    const first = runCli(['import', 'fixtures/import/gbk.html', '-o', out]);
    assert.equal(first.code, 0);
    assert.equal(first.stdout, '');
    assert.equal(withoutModeline(readFileSync(out, 'utf8')), readFileSync(join(FIXTURES, 'gbk.expected.yaml'), 'utf8'));
    const again = runCli(['import', 'fixtures/import/gbk.html', '-o', out]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists \(use --force/);
    assert.equal(runCli(['import', 'fixtures/import/gbk.html', '-o', out, '--force']).code, 0);
  });

  it('imports a report whose result lints like any other', () => {
    const out = join(scratch, 'html.yaml');
    assert.equal(runCli(['import', 'fixtures/import/html-merged.html', '-o', out]).code, 0);
    const lint = runCli(['lint', '--no-config', '--format', 'json', out]);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages;
    assert.deepEqual([...new Set(messages.map((m) => m.ruleId))], ['blank-cell']);
  });

  const oneLine = (run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) => {
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, pattern);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.doesNotMatch(run.stderr, STACK_TRACE);
  };

  it('says clearly, in one line and exit 2, when it cannot read the file at all', async () => {
    oneLine(runCli(['import', write('empty.txt', '')]), /^gov-report: cannot import .*empty\.txt: the file is empty$/m);
    oneLine(
      // On this thread, where the PDF tests of import-sources.test.ts load pdf.js as well.
      await runMain(['import', write('report.pdf', '%PDF-1.4\n1 0 obj\n')]),
      /cannot import .*report\.pdf: the PDF (?:is damaged|has no text layer)/,
    );
    oneLine(
      runCli(['import', write('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))]),
      /the file is an image: .*OCR/,
    );
    oneLine(runCli(['import', write('notes.txt', 'Shopping list: apples, pears.\n')]), /found no part of an annual report/);
    oneLine(
      runCli([
        'import',
        write('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml'), 1, 2, 3])),
      ]),
      /the Word document could not be read/,
    );
    oneLine(runCli(['import', join(scratch, 'nowhere.txt')]), /no such file/);
    oneLine(runCli(['import']), /missing required argument/);
  });

  it('writes a report with everything missing marked when the file has no tables (exit 1)', () => {
    const run = runCli([
      'import',
      write(
        'no-tables.txt',
        '示例镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息40条。\n五、存在的主要问题及改进情况\n公开内容不够丰富。\n六、其他需要报告的事项\n无。\n',
      ),
    ]);
    assert.equal(run.code, 1);
    const report = parseYaml(run.stdout) as { overview: unknown; appeals: { reconsideration: unknown } };
    assert.equal(report.overview, '全年主动公开政府信息40条。');
    assert.deepEqual(report.appeals.reconsideration, [null, null, null, null, null]);
    assert.match(run.stdout, /# not recovered — 表三 was not found/);
    assert.match(run.stderr, /表二: not recovered — 表二 was not found/);
    assert.match(run.stderr, /3 places not recovered/);
  });
});
