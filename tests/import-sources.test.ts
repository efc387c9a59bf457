/**
 * Import of PDF, the bounds on what any input may expand to (Word archives, web pages, PDF), what
 * lint makes of the cells import could not read (`not_recovered`), and the reading that follows the
 * template rather than the layout: radicals, headings by their words, digits run together.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { ImportError, importReport, renderImport } from '../src/import/index.js';
import { pageRows, type TextPiece } from '../src/import/read/pdf.js';
import { checkZipBounds, MAX_EXPANDED } from '../src/import/read/zip-bounds.js';
import { textRows } from '../src/import/read/text.js';
import { foldRadicals } from '../src/import/text/radicals.js';
import { pdfOfPages, zeroBomb, zipOf } from '../scripts/hostile-inputs.mjs';
import { BUSY, edit, lintText, ROOT, runCli, runMain, scratchFolder, STACK_TRACE } from './helpers.js';

const PDFS = join(ROOT, 'fixtures/import-pdf');
const pdf = (name: string) => new Uint8Array(readFileSync(join(PDFS, name)));
const importText = (text: string) => importReport(new TextEncoder().encode(text));
const scratch = scratchFolder('gov-report-import-sources-');

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await importReport(bytes);
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error.message;
  }
  assert.fail('the input was not refused');
}

/** The import command refusing an input, on this thread (which has pdf.js loaded already). */
async function oneLineExit2(args: string[], pattern: RegExp): Promise<void> {
  const run = await runMain(args);
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, pattern);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, STACK_TRACE);
}

describe('import: PDF', () => {
  it('reads a PDF of a report completely, and the report lints clean', async () => {
    const expected = parseYaml(BUSY) as Record<string, unknown>;
    for (const style of ['centred', 'top']) {
      const result = await importReport(pdf(`busy-2022.${style}.pdf`));
      assert.deepEqual(result.missing, [], style);
      for (const table of ['proactive', 'applications', 'appeals'])
        assert.deepEqual(result.report[table], expected[table], `${style} ${table}`);
      const findings = lintText(renderImport(result));
      assert.deepEqual(
        findings.map((d) => `${d.ruleId}: ${d.message}`),
        [],
        style,
      );
    }
  });

  it('reads a cell printed as nothing as blank, by the columns of the rows or the header around it', async () => {
    const expected = parseYaml(readFileSync(join(PDFS, 'blank-cells.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
    const result = await importReport(pdf('blank-cells.pdf'));
    for (const table of ['proactive', 'applications', 'appeals']) assert.deepEqual(result.report[table], expected[table], table);
    assert.deepEqual(result.missing, []);
  });

  it('joins the lines of one row by their positions, and never two rows', () => {
    const piece = (text: string, x: number, y: number, width = text.length * 10): TextPiece => ({ text, x, y, width, size: 10 });
    const numbers = (y: number, ...values: number[]) => values.map((v, i) => piece(String(v), 200 + 40 * i, y));
    const cells = (pieces: TextPiece[]) => pageRows(pieces).map((r) => r.cells.join('|'));
    // Centred: the numbers half a line under the label's first line join it; the label's last line,
    // under its numbers, is left apart (it could as well begin the next row); the label is found by its beginning.
    assert.deepEqual(
      cells([
        piece('1.属于国家', 0, 100),
        ...numbers(107, 1, 0, 1),
        piece('秘密', 0, 114),
        piece('2.重复申请', 0, 132),
        ...numbers(132, 2, 0, 2),
      ]),
      ['1.属于国家|1|0|1', '秘密', '2.重复申请|2|0|2'],
    );
    // As Word sets a table: no padding, rows a line apart. The end of one row's label stays out of the next.
    assert.deepEqual(
      cells([
        piece('5.要求行政机关', 0, 100),
        ...numbers(100, 0, 0, 0),
        piece('确认或重新出具', 0, 112),
        piece('已获取信息', 0, 124),
        piece('（六）其他处理', -80, 136),
        ...numbers(136, 1, 0, 1),
      ]),
      ['5.要求行政机关|0|0|0', '确认或重新出具已获取信息', '（六）其他处理|1|0|1'],
    );
    // A header wrapped in narrow cells is joined cell by cell; a wide cell over several stays apart.
    assert.deepEqual(
      cells([piece('行政复议', 10, 50, 60), piece('结果', 0, 64), piece('结果', 40, 64), piece('维持', 0, 76), piece('纠正', 40, 76)]),
      ['行政复议', '结果维持|结果纠正'],
    );
  });

  it('through the command: the YAML on stdout, exit 0', async () => {
    const run = await runMain(['import', join(PDFS, 'government-2023.centred.pdf')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^applications:/m);
    assert.doesNotMatch(run.stdout, /not_recovered/);
  });

  it('refuses a PDF without a text layer, an encrypted one and a damaged one: one line, exit 2', async () => {
    await oneLineExit2(['import', join(PDFS, 'no-text-layer.pdf')], /no-text-layer\.pdf: the PDF has no text layer .*OCR/);
    await oneLineExit2(['import', join(PDFS, 'encrypted.pdf')], /encrypted\.pdf: the PDF is encrypted with a password/);
    await oneLineExit2(['import', join(PDFS, 'damaged.pdf')], /damaged\.pdf: the PDF is damaged/);
    await oneLineExit2(['import', scratch.write('empty.pdf', '%PDF-1.7\n')], /empty\.pdf: the PDF (?:is damaged|has no text layer)/);
  });

  it('refuses a PDF of more pages than a report has, before reading them', async () => {
    assert.match(await refusal(pdfOfPages(301)), /301 pages, over the limit/);
  });
});

describe('import: bounded before expanding', () => {
  const bomb = zeroBomb(800);

  it('refuses a Word file of 800 KB that declares it expands to 800 MB, from its directory', async () => {
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
    const docx = zipOf('word/document.xml', bomb, 800 * 1024 * 1024);
    assert.match(await refusal(docx), /the Word document would expand to more than 32 MB/);
  });

  it('refuses the same bomb when it lies about its size, stopping at the bound', async () => {
    const docx = zipOf('word/document.xml', bomb, 1000);
    assert.throws(
      () => checkZipBounds(docx),
      (error: Error) => error instanceof ImportError && /expand to more than/.test(error.message),
    );
    assert.match(await refusal(docx), /the Word document would expand to more than 32 MB/);
    assert.ok(MAX_EXPANDED <= 64 * 1024 * 1024);
  });

  it('through the command: one line, exit 2', async () => {
    await oneLineExit2(
      ['import', scratch.write('bomb.docx', zipOf('word/document.xml', bomb, 1000))],
      /bomb\.docx: the Word document would expand to more than/,
    );
  });

  it('refuses a web page nested deeper, or larger, than any report', async () => {
    const nested = `<html><body>${'<div>'.repeat(200_000)}一、总体情况</body></html>`;
    assert.match(await refusal(new TextEncoder().encode(nested)), /nests its elements more than 1000 deep/);
    const spans = `<html><body>${'<span>x</span>'.repeat(500_000)}</body></html>`;
    assert.match(await refusal(new TextEncoder().encode(spans)), /more than 400000 elements/);
    const large = `<html><body><p>${'一'.repeat(17 * 1024 * 1024)}</p></body></html>`;
    assert.match(await refusal(new TextEncoder().encode(large)), /over the limit of \d+ for a report/);
    // A page of ordinary depth is read.
    const ordinary = `<html><body>${'<div>'.repeat(50)}<p>一、总体情况</p><p>无。</p>${'</div>'.repeat(50)}</body></html>`;
    assert.equal((await importText(ordinary)).report.overview, '无。');
  });
});

describe('lint: cells import could not read are unknown, not blank', () => {
  const unknownRow = edit(
    BUSY,
    ['      petition:            [2, 0, 0, 0, 0, 0, 2]', '      petition:            [null, null, null, null, null, null, null]'],
    [
      'published: 2023-01-16\n',
      'published: 2023-01-16\nnot_recovered: [/applications/results/not_processed/petition, /appeals/reconsideration/4]\n',
    ],
    ['  reconsideration:                  [2, 1, 0, 1, 4]', '  reconsideration:                  [2, 1, 0, 1, null]'],
  );

  it('gives no blank-cell finding and no arithmetic finding for them, and one note saying how much is unknown', () => {
    const findings = lintText(unknownRow);
    assert.deepEqual(
      findings.map((d) => [d.ruleId, d.path]),
      [['not-recovered', '/not_recovered']],
    );
    assert.match(findings[0]!.message, /2 places could not be read from the source on import .*8 of \d+ table cells/);
  });

  it('still reports the same cells when they are not listed: a blank is the publisher’s', () => {
    const listedNot = unknownRow.replace(/^not_recovered: .*\n/m, '');
    const rules = new Set(lintText(listedNot).map((d) => d.ruleId));
    assert.ok(rules.has('blank-cell') && rules.has('applications-results-total') && rules.has('appeals-total'), [...rules].join(', '));
  });

  it('still checks every relation that involves no unknown cell', () => {
    const wrongElsewhere = edit(unknownRow, [
      '  carried_forward:         [2, 2, 0, 0, 0, 0, 4]',
      '  carried_forward:         [2, 2, 0, 0, 0, 0, 5]',
    ]);
    const rules = lintText(wrongElsewhere).map((d) => d.ruleId);
    assert.ok(rules.includes('applications-row-total'), rules.join(', '));
  });

  it('an import that could not read a row lints without blank-cell or arithmetic findings on it', async () => {
    const text = readFileSync(join(ROOT, 'fixtures/import/run-together.txt'), 'utf8');
    const result = await importText(text);
    assert.deepEqual(result.report.not_recovered, ['/proactive/normative_documents']);
    const findings = lintText(renderImport(result)).filter((d) =>
      [
        'blank-cell',
        'not-recovered',
        'applications-balance',
        'applications-results-total',
        'applications-row-total',
        'appeals-total',
      ].includes(d.ruleId),
    );
    assert.deepEqual(
      findings.map((d) => [d.ruleId, d.path]),
      [['not-recovered', '/not_recovered']],
    );
  });
});

describe('import: following the template, not the layout', () => {
  const report = (body: string) => `示例市民政局2023年政府信息公开工作年度报告\n一、总体情况\n无。\n${body}`;

  it('folds Kangxi radicals and CJK Radicals Supplement forms into the characters they stand for', async () => {
    assert.equal(foldRadicals('⽰例市⼈⺠政府 ⾏政 ⻔户'), '示例市人民政府 行政 门户');
    const result = await importText(report('').replace('民政局', '⺠政局').replace('一、总体情况', '⼀、总体情况'));
    assert.equal(result.report.agency, '示例市民政局');
    assert.equal(result.report.overview, '无。');
  });

  it('finds the agency and year of a title broken over two or three lines', async () => {
    for (const title of ['示例市民政局2024 年政府信息公开工作\n年度报告', '示例市民政局\n2024年政府信息公开\n工作年度报告']) {
      const result = await importText(`${title}\n一、总体情况\n无。`);
      assert.deepEqual([result.report.agency, result.report.year], ['示例市民政局', 2024], title);
    }
  });

  it('finds the parts by their titles when the numbers are wrong or missing, and says so', async () => {
    const result = await importText(
      report(
        '二、主动公开政府信息情况\n无表。\n三、收到和处理政府信息公开申请情况\n无表。\n三、政府信息公开行政复议、行政诉讼情况\n无表。\n存在的主要问题及改进情况\n人手不足。\n六、其他需要报告的事项\n无。',
      ),
    );
    assert.equal(result.report.problems, '人手不足。');
    assert.equal(result.report.other_matters, '无。');
    assert.ok(
      result.remarks.some((r) => /四、政府信息公开行政复议、行政诉讼情况 is numbered 三、/.test(r)),
      result.remarks.join('\n'),
    );
    assert.ok(
      result.remarks.some((r) => /五、存在的主要问题及改进情况 is written without its number/.test(r)),
      result.remarks.join('\n'),
    );
    // 四 left out between 三 and 五 is a finding; 五 and 六 run into one heading leave 六's text unread.
    const gaps = await importText(
      report(
        '二、主动公开政府信息情况\n无表。\n三、收到和处理政府信息公开申请情况\n无表。\n五、存在的主要问题及改进情况和其他需要报告的事项\n无。',
      ),
    );
    assert.deepEqual(gaps.remarks, ['the published report has no heading 四、政府信息公开行政复议、行政诉讼情况']);
    assert.ok(gaps.missing.some((m) => m.pointer === '/other_matters'));
  });

  it('does not take a title without a number inside a sentence for a heading', async () => {
    const result = await importText(report('本机关认真做好主动公开政府信息情况的统计。\n五、存在的主要问题及改进情况\n无。'));
    assert.equal(result.report.proactive && result.missing.some((m) => m.pointer === '/proactive'), true);
  });

  it('joins a header set out in columns whose cells wrap onto a second line, cell by cell, and nothing else', () => {
    const cells = (text: string) => textRows(text).map((r) => r.cells.join('|'));
    assert.deepEqual(cells('信息      本年制    本年废    现行有\n内容      发件数    止件数    效件数'), [
      '信息内容|本年制发件数|本年废止件数|现行有效件数',
    ]);
    assert.deepEqual(cells('自然人      法人或其    总计\n            他组织'), ['自然人|法人或其他组织|总计']);
    // Numbers, a piece under two, or a paragraph of one piece: lines stay as they are.
    assert.deepEqual(cells('规章  1  0  12\n行政  2  0  3'), ['规章  1  0  12', '行政  2  0  3']);
    assert.deepEqual(cells('行政复议          行政诉讼\n结果维持  结果纠正  未经复议'), [
      '行政复议          行政诉讼',
      '结果维持  结果纠正  未经复议',
    ]);
    assert.deepEqual(cells('本机关认真落实条例。\n全年公开信息。'), ['本机关认真落实条例。', '全年公开信息。']);
  });

  it('reads a row of seven cells printed as seven digits with no space, and abbreviated labels', async () => {
    const table = [
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      '一、本年新收政府信息公开申请数量0000000',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '1.逾期不补正 0 0 0 0 0 0 0',
      '7.属于行政 0 0 0 0 0 0 0',
      '3.危及“三 0 0 0 0 0 0 0',
    ].join('\n');
    const result = await importText(report(table));
    const applications = result.report.applications as Record<string, unknown>;
    assert.deepEqual(applications.new, [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(applications.carried_over, [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual((applications.results as { other: Record<string, unknown> }).other.no_correction, [0, 0, 0, 0, 0, 0, 0]);
    // A cut that its number settles (7. in 不予公开 is 属于行政执法案卷, not 8.属于行政查询事项), and a short one after its number.
    const withheld = (applications.results as { withheld: Record<string, unknown> }).withheld;
    assert.deepEqual(
      [withheld.enforcement_files, withheld.inquiry_matters],
      [
        [0, 0, 0, 0, 0, 0, 0],
        [null, null, null, null, null, null, null],
      ],
    );
    assert.deepEqual(withheld.security_stability, [0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('import: a space inside a number', () => {
  const header =
    '三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n';
  const read = async (row: string) => {
    const result = await importText(
      `示例市民政局2023年政府信息公开工作年度报告\n一、总体情况\n无。\n${header}一、本年新收政府信息公开申请数量 ${row}\n`,
    );
    return {
      cells: (result.report.applications as Record<string, unknown>).new,
      missing: result.missing.filter((m) => m.pointer === '/applications/new'),
    };
  };

  it('joins the parts of a number when exactly one joining makes the row add up', async () => {
    assert.deepEqual((await read('1 265 3 0 0 0 0 1 268')).cells, [1265, 3, 0, 0, 0, 0, 1268]);
    assert.deepEqual((await read('22 235 0 0 0 0 0 22 235')).cells, [22235, 0, 0, 0, 0, 0, 22235]);
  });

  it('leaves the row unread, and says why, when the total allows more than one joining or none', async () => {
    const open = await read('1 1 0 0 0 0 0 1 1');
    assert.deepEqual(open.cells, [null, null, null, null, null, null, null]);
    assert.match(open.missing[0]!.reason, /can be read as 7 cells that add up in 2 ways \(1 10 0 0 0 0 11 \/ 11 0 0 0 0 0 11\)/);
    const none = await read('1 265 3 0 0 0 0 1 999');
    assert.deepEqual(none.cells, [null, null, null, null, null, null, null]);
  });
});

describe('import: messages in both languages', () => {
  it('says what it could not read, and what to do, in Chinese with --locale zh-CN', () => {
    const run = runCli(['import', '--locale', 'zh-CN', join(ROOT, 'fixtures/import/run-together.txt')]);
    assert.equal(run.code, 1);
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    assert.match(lines[0]!, /表二「第二十条第（一）项 行政规范性文件」：未能读出——连在一起的数字 “21325” 拆成 3 格不止一种拆法$/);
    assert.match(
      lines[1]!,
      /1 处未能读出，涉及表格单元格 3 个（表二 3）：请逐条对照原文核对并填写.*（按文本读取；按表二表头判断为 2021 版格式）$/,
    );
    assert.match(
      run.stdout,
      / {2}# 未能读出——连在一起的数字 “21325” 拆成 3 格不止一种拆法\n {2}normative_documents: \{ issued: null, repealed: null, in_force: null \}/,
    );
  });

  it('says why it cannot import at all in Chinese, one line, exit 2', async () => {
    await oneLineExit2(
      ['import', '--locale', 'zh-CN', join(PDFS, 'encrypted.pdf')],
      /^gov-report: 无法导入 .*encrypted\.pdf：PDF 设有密码/,
    );
    await oneLineExit2(['import', '--locale', 'xx', join(PDFS, 'encrypted.pdf')], /unknown locale "xx"/);
  });

  it('remarks on a misnumbered heading of the published text on stderr, in either language', () => {
    const text =
      '示例市民政局2023年政府信息公开工作年度报告\n一、总体情况\n无。\n二、主动公开政府信息情况\n无。\n三、收到和处理政府信息公开申请情况\n无。\n三、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n';
    const file = scratch.write('misnumbered.txt', text);
    assert.match(
      runCli(['import', file]).stderr,
      /misnumbered\.txt: note: the heading 四、政府信息公开行政复议、行政诉讼情况 is numbered 三、/,
    );
    assert.match(
      runCli(['import', '--locale', 'zh-CN', file]).stderr,
      /misnumbered\.txt：提示：原文标题 四、政府信息公开行政复议、行政诉讼情况 的序号写作 三、，格式中应为 四、/,
    );
  });
});
