/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- these tests edit report data in place by known paths (any depth, any cell); the assertions that follow check it */
/**
 * The rendered tables follow the template's tables as declared in src/model/template.ts: a third
 * template with a row more in each table is drawn with it, in the Word file too, and on the reviewer
 * page. This file declares such a template, so it runs in a process of its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html as reviewerPage } from '../src/format/html.js';
import { tableGrid } from '../src/format/table-grid.js';
import { blankReport } from '../src/model/blank-report.js';
import { renderDocx, renderHtml } from '../src/render/index.js';
import { Chalk } from 'chalk';
import { RULES } from '../src/rules/index.js';

import { FUTURE } from './future-template.js';

const report = () => {
  const data = structuredClone(blankReport(FUTURE, { agency: '示例局', year: 2099 })) as Record<string, any>;
  data.applications.results.not_processed.new_case = [1, 2, 3, 4, 5, 6, 21];
  data.proactive.new_item = 7;
  data.appeals.mediation = [8, 0, 0, 0, 8];
  return data;
};

describe('a third template declared in template.ts is rendered with its new rows', () => {
  it('the grids: 表二 a new item with its header, 表三 the new case under （五）不予处理, 表四 a new group of five columns', () => {
    const proactive = tableGrid('proactive', FUTURE);
    assert.deepEqual(
      proactive.body.slice(-3).map((row) => row.map((cell) => (cell.kind === 'header' ? cell.text : cell.pointer))),
      [['第二十条第（十五）项'], ['信息内容', '本年数量'], ['示例新增事项', '/proactive/new_item']],
    );
    const applications = tableGrid('applications', FUTURE);
    assert.equal(applications.body.length, 26);
    const results = applications.body.flat().find((cell) => cell.kind === 'header' && cell.text === '三、本年度办理结果');
    assert.equal(results?.rowSpan, 23);
    const notProcessed = applications.body.flat().find((cell) => cell.kind === 'header' && cell.text === '（五）不予处理');
    assert.equal(notProcessed?.rowSpan, 6);
    const appeals = tableGrid('appeals', FUTURE);
    assert.equal(appeals.columns, 20);
    assert.equal(appeals.body[0]!.length, 20);
    assert.ok(appeals.head[0]!.some((cell) => cell.kind === 'header' && cell.text === '行政调解' && cell.colSpan === 5));
  });

  it('the web page, the Word file and the reviewer page draw them', async () => {
    const page = renderHtml(report(), 'test');
    assert.match(page, /<th scope="row" id="t3-results-not_processed-new_case"[^>]*>6\.示例新增情形<\/th>(<td[^>]*>\d+<\/td>){7}/);
    assert.match(page, />示例新增事项<\/th><td colspan="3"[^>]*>7<\/td>/);
    assert.match(page, /行政调解/);
    assert.match(page, /\.table-appeals\.cols-20 col:nth-child\(20\) \{ width: 5\.00%; \}/, 'its column widths in the style sheet');
    const docx = await renderDocx(report(), 'test');
    const { unzipSync, strFromU8 } = await import('fflate');
    assert.match(strFromU8(unzipSync(docx)['word/document.xml']!), /6\.示例新增情形/);
    const review = reviewerPage(
      [
        {
          file: 'future.yaml',
          diagnostics: [
            {
              ruleId: 'x',
              severity: 'error',
              messageId: 'x',
              message: 'new',
              path: '/applications/results/not_processed/new_case/6',
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 1,
              data: {},
            },
          ],
        },
      ],
      {
        locale: 'en',
        chalk: new Chalk({ level: 0 }),
        rules: RULES,
        cwd: '/',
        toolVersion: '0',
        reportOf: () => report(),
      },
    );
    assert.match(review, /class="hl error" data-pointer="\/applications\/results\/not_processed\/new_case\/6">21</);
  });
});
