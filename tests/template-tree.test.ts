/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- these tests edit report data in place by known paths (any depth, any cell); the assertions that follow check it */
/**
 * The tables are declared once, in src/model/template.ts: a third template with a new row is one
 * `defineTemplate` there, and every consumer (schema and labels, blank report, relations, YAML layout,
 * `show`, lint) follows. This file declares such a template (so it runs in a process of its own).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import type { CliIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { blankReport } from '../src/model/blank-report.js';
import { describePath } from '../src/model/labels.js';
import { applicationRows, appealRows, checkTables, relationsOf, resultLeafRows } from '../src/model/relations.js';
import { renderReport } from '../src/model/render-yaml.js';
import { reportSchemaOf } from '../src/model/schema.js';
import { rowsOf, TEMPLATES } from '../src/model/template.js';
import { FUTURE } from './future-template.js';
import { scratchFolder } from './helpers.js';

const scratch = scratchFolder('gov-report-template-tree-');

const NEW_POINTER = '/applications/results/not_processed/new_case';
const blank = () => structuredClone(blankReport(FUTURE, { agency: '示例局', year: 2099 })) as Record<string, any>;

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    // A terminal wide enough for the tables in full and each finding on one line (tests/width.test.ts checks narrow ones).
    env: { LANG: 'zh_CN.UTF-8', COLUMNS: '300' },
    cwd: scratch.path(),
    stdoutIsTTY: false,
    readStdin: () => Promise.resolve(new Uint8Array()),
  };
  return { code: await main(args, io), stdout, stderr };
}

describe('a third template declared in template.ts reaches every consumer', () => {
  it('rowsOf walks the new rows in table order, with pointer, key path, label, depth and kind', () => {
    assert.ok(TEMPLATES.includes(FUTURE));
    const rows = [...rowsOf(FUTURE, 'applications')];
    const index = rows.findIndex((r) => r.pointer === NEW_POINTER);
    assert.ok(index > 0);
    const entry = rows[index]!;
    assert.deepEqual(
      [entry.keyPath, entry.label.zh, entry.title.zh, entry.depth, entry.kind, entry.cells],
      [['results', 'not_processed', 'new_case'], '6.示例新增情形', '（五）不予处理 6.示例新增情形', 2, 'row', 'array'],
    );
    assert.equal(rows[index - 1]!.pointer, '/applications/results/not_processed/confirmation');
    assert.equal(rows[index + 1]!.pointer, '/applications/results/other');
    assert.equal([...rowsOf('2021', 'applications')].length + 1, rows.length);
    assert.equal([...rowsOf(FUTURE, 'proactive')].at(-1)!.pointer, '/proactive/new_item');
    assert.equal([...rowsOf(FUTURE, 'appeals')].at(-1)!.pointer, '/appeals/mediation');
  });

  it('blank report: the new rows are there, every cell 0', () => {
    const report = blank();
    assert.deepEqual(report.applications.results.not_processed.new_case, [0, 0, 0, 0, 0, 0, 0]);
    assert.equal(report.proactive.new_item, 0);
    assert.deepEqual(report.appeals.mediation, [0, 0, 0, 0, 0]);
    assert.equal(report.template, FUTURE);
  });

  it('schema: the new rows are required and labelled; the 2021 schema does not know them', () => {
    assert.ok(reportSchemaOf(FUTURE).safeParse(blank()).success);
    const without = blank();
    delete without.applications.results.not_processed.new_case;
    assert.equal(reportSchemaOf(FUTURE).safeParse(without).success, false);
    assert.equal(reportSchemaOf('2021').safeParse({ ...blank(), template: '2021' }).success, false);
    assert.equal(describePath(`${NEW_POINTER}/0`, FUTURE), '表三「（五）不予处理 6.示例新增情形」「自然人」');
    assert.equal(describePath('/appeals/mediation/4', FUTURE), '表四「行政调解」「总计」');
    assert.equal(describePath('/proactive/new_item', FUTURE), '表二「第二十条第（十五）项 示例新增事项 本年数量」');
  });

  it('relations: the new row has its row total and counts in （七）总计', () => {
    assert.equal(applicationRows(FUTURE).length, applicationRows('2021').length + 1);
    assert.equal(resultLeafRows(FUTURE).length, resultLeafRows('2021').length + 1);
    assert.ok(resultLeafRows(FUTURE).some((r) => r.pointer === NEW_POINTER && r.label === '（五）不予处理 6.示例新增情形'));
    assert.ok(appealRows(FUTURE).some((r) => r.pointer === '/appeals/mediation'));
    const relations = relationsOf(FUTURE);
    assert.ok(relations.some((r) => r.kind === 'applications-row-total' && r.row === NEW_POINTER));
    assert.ok(relations.some((r) => r.kind === 'appeals-total' && r.row === '/appeals/mediation'));
    const resultsTotal = relations.find((r) => r.kind === 'applications-results-total' && r.column === 0)!;
    assert.ok(resultsTotal.right.includes(`${NEW_POINTER}/0`));

    const report = blank();
    report.applications.results.not_processed.new_case = [1, 0, 0, 0, 0, 0, 1];
    const failing = checkTables(report, FUTURE).failures.map((f) => `${f.relation.kind} ${f.relation.column}`);
    assert.deepEqual(failing.sort(), ['applications-results-total 0', 'applications-results-total 6']);
  });

  it('YAML layout: the new rows in their place with their labels, read back as the same data', () => {
    const text = renderReport(blank() as never);
    assert.match(text, /^template: "2099" +# 示例年报格式〔2099〕1号$/m);
    assert.match(
      text,
      /^ {6}confirmation: +\[0, 0, 0, 0, 0, 0, 0\] +# 5\.要求行政机关确认或重新出具已获取信息\n {6}new_case: +\[0, 0, 0, 0, 0, 0, 0\] +# 6\.示例新增情形\n {4}other:/m,
    );
    assert.match(text, /^ {2}mediation: +\[0, 0, 0, 0, 0\] +# 行政调解$/m);
    assert.match(text, /^ {2}new_item: 0 +# 第二十条第（十五）项 示例新增事项 本年数量$/m);
    assert.deepEqual(parse(text), blank());
  });

  it('lint and show: the new row is checked and drawn', async () => {
    const report = blank();
    report.applications.results.not_processed.new_case = [1, 0, 0, 0, 0, 0, 1];
    const file = scratch.write('future.yaml', renderReport(report as never));
    const lint = await run(['lint', '--format', 'json', '--locale', 'en', file]);
    assert.equal(lint.code, 1, lint.stderr);
    const found = (JSON.parse(lint.stdout) as { messages: { ruleId: string; path?: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    assert.ok(found.includes('applications-results-total'), found.join());
    assert.ok(!found.includes('schema'), found.join());

    const show = await run(['show', '--locale', 'zh-CN', '--no-color', file]);
    assert.match(show.stdout, /已获取信息 +│ +│ +│ +│ +│ +│ +│ +│\n│ {5}6\.示例新增情形 +│ +1 │(?: +0 │){5} +1 │\n│ {3}（六）其他处理/);
    assert.match(show.stdout, /│ {3}（七）总计 +│ +0 ✗→1 │/);
    // The total sums one result row more than the 21 of the 2021 template.
    assert.match(show.stdout, /（七）总计为 0，但（一）至（六）共 22 行办理结果之和为 1/);
    assert.match(show.stdout, /行政调解/);
    assert.match(show.stdout, /示例新增事项/);
  });
});
