import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { QUANTITY_IDS } from '../src/narrative/words.js';
import { assertOneLineOnStderr, BUSY, edit, ROOT, runCli, scratchFolder } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/claims.schema.json'), 'utf8')) as {
  definitions: { quantityId: { enum: string[] } };
};
const validate = new Ajv({ allErrors: true }).compile(schema);
const scratch = scratchFolder('gov-report-claims-');

const LINE_13 = '  （二）依申请公开。全年新收政府信息公开申请52件，上年结转3件，办结51件，结转下年度4件。';
/** The busy report with 结转下年度 stated wrongly, and a 共办理 that has two readings. */
const DIFFERING = edit(BUSY, [LINE_13, `${LINE_13.replace('结转下年度4件', '结转下年度5件')}\n  全年共办理政府信息公开申请55件。`]);

interface JsonClaim {
  text: string;
  line: number;
  column: number;
  quantity: string;
  quantityId: string;
  stated: number;
  table: number | null;
  verdict: string;
  why?: string;
  readings: { quantityId: string; table: number | null }[];
}

describe('gov-report show --claims (as a subprocess)', () => {
  it('lists every claim with its place, quantity, the two numbers and the verdict, in Chinese', () => {
    const file = scratch.write('differing.yaml', DIFFERING);
    const run = runCli(['show', '--claims', '--locale', 'zh-CN', file]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines[0], file);
    assert.match(
      lines[1]!,
      /^ {2}13:14 {2}✔ 一致 {4}“新收政府信息公开申请52件” {2}表三「一、本年新收政府信息公开申请数量」「总计」 {2}正文 52 {2}表格 52$/,
    );
    assert.match(lines[4]!, /^ {2}13:41 {2}✗ 不一致 {2}“结转下年度5件” {2}表三「四、结转下年度继续办理」「总计」 {2}正文 5 {2}表格 4$/);
    // 共办理 55 is 一 + 二 (52 + 3): it agrees under its second reading, which is shown with the others.
    assert.match(
      lines[5]!,
      /^ {2}14:6 {3}✔ 一致 {4}“办理政府信息公开申请55件” {2}表三「一、本年新收政府信息公开申请数量」「总计」与「二、上年结转政府信息公开申请数量」「总计」之和 {2}正文 55 {2}表格 55 {2}\(另一种理解: 表三「（七）总计」「总计」 表格 51; 另一种理解: 表三「一、本年新收政府信息公开申请数量」「总计」 表格 52\)$/,
    );
    assert.equal(lines.at(-1), '  共读到 5 处，1 处与表格不一致');
  });

  it('in English', () => {
    const file = scratch.write('differing-en.yaml', DIFFERING);
    const run = runCli(['show', '--claims', '--locale', 'en', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /\n {2}13:41 {2}✗ differs {2}“结转下年度5件” {2}表三「四、结转下年度继续办理」「总计」 {2}text 5 {2}table 4\n/,
    );
    assert.match(run.stdout, /\n {2}5 claims read, 1 differs from the tables\n$/);
  });

  it('says so when the text states no figure', () => {
    const file = scratch.write('none.yaml', edit(BUSY, [LINE_13, '  （二）依申请公开。依法依规办理各类申请。']));
    const run = runCli(['show', '--claims', '--locale', 'en', file]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${file}\n  no numbers about tables 三 and 四 read in the text\n`);
  });

  it('--format json: an array of reports with their claims, valid against schemas/claims.schema.json', () => {
    const file = scratch.write('differing.json.yaml', DIFFERING);
    const run = runCli(['show', '--claims', '--format', 'json', file]);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as { file: string; claims: JsonClaim[] }[];
    assert.ok(validate(output), JSON.stringify(validate.errors));
    assert.equal(output.length, 1);
    assert.equal(output[0]!.file, file);
    const claims = output[0]!.claims;
    assert.deepEqual(
      claims.map((c) => [c.line, c.column, c.quantityId, c.stated, c.table, c.verdict]),
      [
        [13, 14, 'new', 52, 52, 'agrees'],
        [13, 28, 'carriedOver', 3, 3, 'agrees'],
        [13, 35, 'total', 51, 51, 'agrees'],
        [13, 41, 'carriedForward', 5, 4, 'differs'],
        [14, 6, 'newAndCarriedOver', 55, 55, 'agrees'],
      ],
    );
    assert.deepEqual(claims[4]!.readings, [
      { quantity: '表三「（七）总计」「总计」', quantityId: 'total', table: 51 },
      {
        quantity: '表三「一、本年新收政府信息公开申请数量」「总计」与「二、上年结转政府信息公开申请数量」「总计」之和',
        quantityId: 'newAndCarriedOver',
        table: 55,
      },
      { quantity: '表三「一、本年新收政府信息公开申请数量」「总计」', quantityId: 'new', table: 52 },
    ]);
  });

  it('a table that cannot vouch for a figure makes it unverifiable (null in JSON)', () => {
    const file = scratch.write(
      'blank.yaml',
      edit(BUSY, ['  new:                     [40, 6, 0, 1, 3, 2, 52]', '  new:                     [40, 6, 0, 1, 3, 2, null]']),
    );
    const run = runCli(['show', '--claims', '--format', 'json', file]);
    const [report] = JSON.parse(run.stdout) as { claims: JsonClaim[] }[];
    assert.ok(validate([report]));
    assert.deepEqual([report!.claims[0]!.table, report!.claims[0]!.verdict, report!.claims[0]!.why], [null, 'unverifiable', 'blank']);
    const shown = runCli(['show', '--claims', '--locale', 'zh-CN', file]);
    assert.match(
      shown.stdout,
      /\n {2}13:14 {2}\? 无法核对 {2}“新收政府信息公开申请52件” {2}表三「一、本年新收政府信息公开申请数量」「总计」 {2}正文 52 {2}表格 — {2}\(表中有空白单元格\)\n/,
    );
  });

  it('a figure for a government’s whole area that the tables do not explain is unverifiable, and says why', () => {
    const text = edit(
      BUSY,
      [LINE_13, `${LINE_13}\n  全县共收到政府信息公开申请60件。`],
      ['agency: 示例县市场监督管理局', 'agency: 示例县人民政府'],
    );
    const file = scratch.write('area.yaml', text);
    const [report] = JSON.parse(runCli(['show', '--claims', '--format', 'json', file]).stdout) as {
      claims: (JsonClaim & { why?: string })[];
    }[];
    assert.ok(validate([report]));
    assert.deepEqual(report!.claims.map((c) => [c.stated, c.verdict, c.why ?? null]).at(-1), [60, 'unverifiable', 'area']);
    assert.match(
      runCli(['show', '--claims', '--locale', 'en', file]).stdout,
      /“收到政府信息公开申请60件”.*table 52 {2}\(a figure for the whole area; the table may count the body alone\)\n/,
    );
  });

  it('a file that is not YAML: its syntax problem, exit 1', () => {
    const text = runCli(['show', '--claims', '--locale', 'en', 'fixtures/invalid/parse.yaml']);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^fixtures\/invalid\/parse\.yaml\n {2}\d+:\d+ {2}YAML\/JSON syntax error/);
    const json = runCli(['show', '--claims', '--format', 'json', 'fixtures/invalid/parse.yaml']);
    assert.equal(json.code, 1);
    const output = JSON.parse(json.stdout) as { claims: unknown[]; problems: unknown[] }[];
    assert.ok(validate(output), JSON.stringify(validate.errors));
    assert.deepEqual([output[0]!.claims.length, output[0]!.problems.length > 0], [0, true]);
  });

  it('bad options and missing files: one line, exit 2', () => {
    const unknown = runCli(['show', '--claims', '--format', 'xml', 'fixtures/valid/busy-2022.yaml']);
    assert.equal(unknown.code, 2);
    assertOneLineOnStderr(unknown, /^gov-report: unknown format "xml" for show --claims \(text, json\)\n$/);
    const noClaims = runCli(['show', '--format', 'json', 'fixtures/valid/busy-2022.yaml']);
    assert.equal(noClaims.code, 2);
    assertOneLineOnStderr(noClaims, /^gov-report: --format applies to show --claims\n$/);
    const missing = runCli(['show', '--claims', 'no/such/report.yaml']);
    assert.equal(missing.code, 2);
    assertOneLineOnStderr(missing, /^gov-report: no such file or directory: no\/such\/report\.yaml\n$/);
  });

  it('the schema names every quantity the reader knows', () => {
    assert.deepEqual([...schema.definitions.quantityId.enum].sort(), [...QUANTITY_IDS].sort());
  });
});
