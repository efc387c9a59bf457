/**
 * `gov-report render`: the official layout (merged header cells, row labels, both templates), the
 * round trip through `gov-report import` (every fixture report, generated reports, HTML and Word),
 * the HTML against a validator, the Word file in LibreOffice where it is installed, and the command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { blankReport } from '../src/model/blank-report.js';
import { tableGrid } from '../src/import/read/html.js';
import { importReport } from '../src/import/index.js';
import { loadReport } from '../src/load/parse.js';
import { isPlainObject, valueAt } from '../src/model/pointer.js';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, proactiveRows, tableOf, type TemplateId, TEXT_SECTION_KEYS } from '../src/model/template.js';
import { reportDocument, textLines } from '../src/render/document.js';
import { renderDocx, renderHtml } from '../src/render/index.js';
import {
  assertOneLineOnStderr,
  edit,
  filesUnder,
  fixture,
  lintText,
  readFixture,
  ROOT,
  runCli,
  scratchFolder,
  STACK_TRACE,
} from './helpers.js';

const GENERATOR = 'gov-report test';
const utf8 = (text: string) => new TextEncoder().encode(text);

// ---- the round trip ----

/**
 * Every fixture report the round trip can be asked of: it parses and fits the template. Reports that
 * do not (a syntax error, `"１２６５"` or `"2022年"` where a number goes) are rendered as they are with
 * --force, but import reads numbers, not strings, so they cannot come back the same.
 */
const ROUND_TRIP_FIXTURES = filesUnder(join(ROOT, 'fixtures'), /\.(?:ya?ml|json)$/)
  .filter((file) => !lintText(readFileSync(file), { file }).some((d) => d.ruleId === 'parse' || d.ruleId === 'schema'))
  .map((file) => relative(join(ROOT, 'fixtures'), file));

/**
 * Agency names import cannot read from a title: only Chinese characters, `()` and `·` make an agency
 * in its title pattern, so the Latin `XX` of a placeholder agency is left out. An import gap, not a
 * rendering one (the rendered title is `XX县市场监督管理局2022年政府信息公开工作年度报告`).
 */
const AGENCY_NOT_READ_BY_IMPORT = /[A-Z0-9]/i;

/** A report with every cell the template has: a missing table or cell is a blank one, as rendered. */
function cellsOf(data: Record<string, unknown>, template: TemplateId): Record<string, unknown> {
  const blank = blankReport(template, { agency: '', year: 0 }) as unknown as Record<string, unknown>;
  const fill = (shape: unknown, value: unknown): unknown => {
    if (Array.isArray(shape)) return shape.map((_, i) => fill(0, Array.isArray(value) ? value[i] : undefined));
    if (isPlainObject(shape))
      return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fill(v, isPlainObject(value) ? value[k] : undefined)]));
    return value === undefined ? null : value;
  };
  return {
    proactive: fill(blank.proactive, data.proactive),
    applications: fill(blank.applications, data.applications),
    appeals: fill(blank.appeals, data.appeals),
  };
}

const allBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'object' && Object.values(value).every(allBlank));

async function assertRoundTrip(data: Record<string, unknown>, bytes: Uint8Array, form: 'html' | 'docx', name: string): Promise<void> {
  const result = await importReport(bytes);
  const back = result.report;
  const template = (data.template as TemplateId | undefined) ?? '2021';
  // Import reports a table without a single number as not recovered (a picture, an attachment?); its cells still come back blank.
  const notBlank = result.missing.filter((m) => !allBlank(valueAt(data, m.pointer)));
  assert.deepEqual(notBlank, [], `${name} (${form}): import missed ${JSON.stringify(notBlank.slice(0, 3))}`);
  assert.equal(back.template, template, `${name} (${form}): template`);
  assert.deepEqual(cellsOf(back, template), cellsOf(data, template), `${name} (${form}): cells`);
  for (const key of TEXT_SECTION_KEYS) {
    assert.equal(back[key], textLines(data[key]).join('\n'), `${name} (${form}): text of ${key}`);
  }
  assert.equal(back.year, data.year, `${name} (${form}): year`);
  if (!AGENCY_NOT_READ_BY_IMPORT.test(String(data.agency))) assert.equal(back.agency, data.agency, `${name} (${form}): agency`);
  assert.equal(back.published, data.published, `${name} (${form}): published`);
  if (form === 'html') assert.equal(back.source, data.source, `${name} (${form}): source`);
}

describe('render → import round trip', () => {
  it('covers both templates and the fixtures that fit them', () => {
    const templates = new Set(
      ROUND_TRIP_FIXTURES.map((f) => loadReport(f, readFileSync(fixture(f))).data).map((d) => (d as { template: string }).template),
    );
    assert.deepEqual([...templates].sort(), ['2019', '2021']);
    assert.ok(ROUND_TRIP_FIXTURES.length >= 30, `only ${ROUND_TRIP_FIXTURES.length} fixtures`);
  });

  for (const name of ROUND_TRIP_FIXTURES) {
    it(`${name}: HTML and Word read back to the same cells and texts`, async () => {
      const data = loadReport(name, readFileSync(fixture(name))).data as Record<string, unknown>;
      await assertRoundTrip(data, utf8(renderHtml(data, GENERATOR)), 'html', name);
      await assertRoundTrip(data, await renderDocx(data, GENERATOR), 'docx', name);
    });
  }

  it(
    'agency names with Latin letters read back',
    { todo: 'import reads only Chinese characters as the agency of a title (src/import/metadata.ts TITLE)' },
    async () => {
      const data = loadReport('x.yaml', utf8(readFixture('invalid/placeholder-text.yaml'))).data as Record<string, unknown>;
      const back = await importReport(utf8(renderHtml(data, GENERATOR)));
      assert.equal(back.report.agency, data.agency);
    },
  );

  // Generated reports: any cell blank or not, decimals where amounts go, negative changes in the
  // 2019 table 二, and text with markup characters, blank lines and punctuation.
  const TEXT_CHARS = [...'我局全年依申请办理政务公开网站发布条件，。；：、“”《》（）()0123456789abcXYZ<>&"\'%#/-_ '];
  const line = fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 30 }).map((chars) => chars.join('').replace(/\s+/g, ' ').trim());
  const text = fc.oneof(
    fc.constant(null),
    fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n')),
  );
  const count = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.nat({ max: 100_000 }) });
  const amount = fc.oneof(
    fc.constant(null),
    fc.nat({ max: 10_000_000 }).map((n) => n / 100),
  );
  const signed = fc.oneof(fc.constant(null), fc.integer({ min: -500, max: 500 }));
  const AGENCIES = ['示例县市场监督管理局', '示例市人民政府办公室', '某某街道办事处', '示例省生态环境厅'];

  function generated(template: TemplateId) {
    const proactive = Object.fromEntries<fc.Arbitrary<unknown>>(
      proactiveRows(template).map((spec) => {
        if (!spec.columns) return [spec.key, spec.kind === 'amount' ? amount : count];
        const columns = spec.columns.map(
          (c) => [c.key, spec.signedColumns?.includes(c.key) ? signed : spec.amountColumns?.includes(c.key) ? amount : count] as const,
        );
        return [spec.key, fc.record(Object.fromEntries(columns))];
      }),
    );
    const blank = blankReport(template, { agency: '', year: 0 }) as unknown as { applications: unknown; appeals: unknown };
    const cells = (shape: unknown): fc.Arbitrary<unknown> =>
      Array.isArray(shape)
        ? fc.tuple(...shape.map(() => count))
        : fc.record(Object.fromEntries(Object.entries(shape as Record<string, unknown>).map(([k, v]) => [k, cells(v)])));
    return fc
      .record({
        template: fc.constant(template),
        agency: fc.constantFrom(...AGENCIES),
        year: template === '2019' ? fc.constantFrom(2019, 2020) : fc.integer({ min: 2021, max: 2030 }),
        published: fc.option(fc.constantFrom('2024-01-20', '2023-03-31'), { nil: undefined }),
        overview: text,
        proactive: fc.record(proactive),
        applications: cells(blank.applications),
        appeals: cells(blank.appeals),
        problems: text,
        other_matters: text,
      })
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
  }

  for (const template of ['2021', '2019'] as const) {
    it(`generated ${template} reports read back the same, HTML and Word`, async () => {
      await fc.assert(
        fc.asyncProperty(generated(template), async (data) => {
          await assertRoundTrip(data, utf8(renderHtml(data, GENERATOR)), 'html', 'generated');
          await assertRoundTrip(data, await renderDocx(data, GENERATOR), 'docx', 'generated');
        }),
        { numRuns: 15, seed: 14, endOnFailure: true },
      );
    });
  }
});

// ---- the official layout ----

/** The rendered tables as import's grid reader sees them: each row the cells that start in it. */
function renderedTables(html: string): string[][][] {
  const tables: string[][][] = [];
  type Node = DefaultTreeAdapterMap['node'];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'table') tables.push(tableGrid(node));
    if ('childNodes' in node) (node.childNodes as Node[]).forEach(visit);
  };
  visit(parse(html));
  return tables;
}

describe('the official layout', () => {
  const sample = readFixture('sample-2023.yaml');
  const data2021 = loadReport('s.yaml', utf8(sample)).data as Record<string, unknown>;
  const data2019 = loadReport('r.yaml', utf8(readFixture('valid/report-2019-template.yaml'))).data as Record<string, unknown>;

  it('title, publication date and the six headings, in order', () => {
    const html = renderHtml(data2021, GENERATOR);
    assert.match(html, /<title>示例市政务服务和大数据管理局2023年政府信息公开工作年度报告<\/title>/);
    assert.match(html, /<h1>示例市政务服务和大数据管理局2023年政府信息公开工作年度报告<\/h1>/);
    assert.match(html, /发布日期：2024-01-20/);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings, [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('table 三: the corner note over 3 × 3, 申请人情况 over seven columns, 三、本年度办理结果 down 22 rows (2021) or 20 (2019)', () => {
    for (const [data, results] of [
      [data2021, 22],
      [data2019, 20],
    ] as const) {
      const html = renderHtml(data, GENERATOR);
      assert.match(
        html,
        new RegExp(`<td rowspan="3" colspan="3" class="note">${tableOf('2021', 'applications').note!.replace(/[()（）]/g, '.')}</td>`),
      );
      assert.match(html, /<th colspan="7" scope="colgroup" id="t3-applicants">申请人情况<\/th>/);
      assert.match(
        html,
        /<th rowspan="2" scope="col" id="t3-c-natural_person">自然人<\/th><th colspan="5" scope="colgroup" id="t3-organisations">法人或其他组织<\/th><th rowspan="2" scope="col" id="t3-c-total">总计<\/th>/,
      );
      assert.match(html, new RegExp(`<th rowspan="${results}" scope="rowgroup" id="t3-results"[^>]*>三、本年度办理结果</th>`));
      assert.match(html, /<th rowspan="8" scope="rowgroup"[^>]*>（三）不予公开<\/th>/);
      const table = renderedTables(html)[1]!;
      assert.equal(table.length, 3 + (data === data2021 ? 25 : 23), 'three header rows and the data rows');
      assert.ok(table.slice(3).every((row) => row.filter((cell) => /^\d+$/.test(cell)).length === APPLICANT_COLUMNS.length));
    }
  });

  it('table 四: 行政复议 over five, 行政诉讼 over ten in two kinds of five, one row of fifteen numbers', () => {
    const html = renderHtml(data2021, GENERATOR);
    assert.match(
      html,
      /<th colspan="5" scope="colgroup" id="t4-reconsideration"[^>]*>行政复议<\/th><th colspan="10" scope="colgroup" id="t4-group1">行政诉讼<\/th>/,
    );
    assert.match(html, /colspan="5" scope="colgroup"[^>]*>未经复议直接起诉<\/th><th colspan="5" scope="colgroup"[^>]*>复议后起诉<\/th>/);
    const table = renderedTables(html)[2]!;
    assert.equal(table.length, 4);
    assert.deepEqual(
      table[2],
      [...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map((c) => c.zh),
    );
    assert.equal(table[3]!.length, 3 * APPEAL_COLUMNS.length);
  });

  it('table 二 in each template: its 第二十条 items, column headers under 信息内容, and rows', () => {
    const rows2021 = renderedTables(renderHtml(data2021, GENERATOR))[0]!;
    assert.deepEqual(rows2021.slice(0, 3), [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
    ]);
    assert.deepEqual(rows2021.at(-2), ['信息内容', '本年收费金额（单位：万元）']);
    const rows2019 = renderedTables(renderHtml(data2019, GENERATOR))[0]!;
    const labels = rows2019.map((r) => r[0]);
    for (const label of ['第二十条第（九）项', '规范性文件', '其他对外管理服务事项', '政府集中采购'])
      assert.ok(labels.includes(label), label);
    assert.deepEqual(
      rows2019.find((r) => r[0] === '行政许可'),
      ['行政许可', '86', '-3', '1265'],
    );
    assert.deepEqual(rows2019.at(-1), ['政府集中采购', '14', '326.5']);
  });

  it('every number has headers naming its row and column; every header id is unique', () => {
    const html = renderHtml(data2021, GENERATOR);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(new Set(ids).size, ids.length);
    const cells = [...html.matchAll(/<td[^>]* headers="([^"]+)">/g)].map((m) => m[1]!.split(' '));
    assert.equal(cells.length, 10 + 25 * 7 + 15, 'table 二 10 numbers, 三 25 rows of 7, 四 15');
    for (const headers of cells) for (const id of headers) assert.ok(ids.includes(id), id);
  });

  it('blank cells stay blank and wrong totals stay wrong: nothing is computed or mended', () => {
    const text = edit(
      sample,
      ['  new:                     [0, 0, 0, 0, 0, 0, 0]', '  new:                     [3, null, 0, 0, 0, 0, 9]'],
      ['licensing: 0 ', 'licensing: null '],
    );
    const data = loadReport('x.yaml', utf8(text)).data;
    const doc = reportDocument(data);
    assert.equal(doc.cellText('/applications/new/0'), '3');
    assert.equal(doc.cellText('/applications/new/1'), '');
    assert.equal(doc.cellText('/applications/new/6'), '9');
    assert.equal(doc.cellText('/proactive/licensing'), '');
    assert.match(
      renderHtml(data, GENERATOR),
      /<td headers="t3-new t3-applicants t3-c-natural_person">3<\/td><td headers="t3-new t3-applicants t3-organisations t3-c-commercial"><\/td>/,
    );
  });

  it('a missing table is drawn blank, in full', () => {
    const data = loadReport('x.yaml', utf8(readFixture('invalid/required-sections.yaml'))).data;
    const tables = renderedTables(renderHtml(data, GENERATOR));
    assert.equal(tables.length, 3);
    assert.equal(tables[2]![3]!.length, 15);
    assert.ok(tables[2]![3]!.every((cell) => cell === ''));
  });

  it('text is escaped, never markup', () => {
    const data = { ...data2021, overview: '<script>alert(1)</script> & “引号”\n\n第二段' };
    const html = renderHtml(data, GENERATOR);
    assert.ok(!html.includes('<script>alert'));
    assert.match(html, /<p>&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; “引号”<\/p>\n<p class="gap"><\/p>\n<p>第二段<\/p>/);
  });
});

// ---- the HTML against a validator ----

describe('the rendered HTML validates', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  for (const name of ['sample-2023.yaml', 'valid/report-2019-template.yaml', 'invalid/blank-cell.yaml']) {
    it(`${name}: html-validate (recommended) finds no error`, async () => {
      const data = loadReport(name, utf8(readFixture(name))).data;
      const report = await validator.validateString(renderHtml(data, GENERATOR));
      const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      assert.deepEqual(
        errors.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
        [],
      );
    });
  }

  it('is self-contained: no script, stylesheet, font or picture from anywhere', () => {
    const html = renderHtml(loadReport('s.yaml', utf8(readFixture('sample-2023.yaml'))).data, GENERATOR);
    assert.doesNotMatch(html, /<script|<img|<link(?![^>]*rel="canonical")|@import|url\(|@font-face/i);
  });
});

// ---- the Word document ----

/** The XML of the document part of a .docx (a zip), read with fflate. */
async function documentXml(docx: Uint8Array): Promise<string> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(docx);
  assert.ok(files['word/document.xml'], 'word/document.xml');
  return strFromU8(files['word/document.xml']);
}

describe('the Word document', () => {
  it('is A4, has the merged cells of the template, and repeats table headers on each page', async () => {
    const data = loadReport('s.yaml', utf8(readFixture('sample-2023.yaml'))).data;
    const xml = await documentXml(await renderDocx(data, GENERATOR));
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /<w:gridSpan w:val="7"\/>/, '申请人情况 over seven columns');
    assert.match(xml, /<w:gridSpan w:val="10"\/>/, '行政诉讼 over ten columns');
    const restarts = xml.match(/<w:vMerge w:val="restart"\/>/g)?.length ?? 0;
    const continued = xml.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g)?.length ?? 0;
    assert.ok(restarts >= 8, `${restarts} cells merged down`);
    assert.ok(continued >= 21 + 2 + 2 + 5 + 10, `${continued} continuations`);
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(xml, /示例市政务服务和大数据管理局2023年政府信息公开工作年度报告/);
  });

  const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);
  const folder = scratchFolder('gov-report-docx-');
  it(
    'LibreOffice (headless) converts it to PDF without error',
    {
      skip: soffice ? false : 'LibreOffice is not installed (apt-get install libreoffice-writer): the PDF conversion is not checked',
      timeout: 180_000,
    },
    async () => {
      const names = ['sample-2023.yaml', 'valid/report-2019-template.yaml'];
      const documents: string[] = [];
      for (const name of names) {
        const data = loadReport(name, utf8(readFixture(name))).data;
        documents.push(folder.write(`${name.replace(/\W/g, '-')}.docx`, await renderDocx(data, GENERATOR)));
      }
      // One start of LibreOffice converts them all (its start-up is most of its time).
      const run = spawnSync(
        soffice!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${folder.path()}/lo-profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          folder.path(),
          ...documents,
        ],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      assert.equal(run.status, 0, run.stderr);
      for (const docx of documents) {
        const pdf = docx.replace(/\.docx$/, '.pdf');
        assert.ok(existsSync(pdf), `no PDF: ${run.stdout} ${run.stderr}`);
        const bytes = readFileSync(pdf);
        assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
        assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
      }
    },
  );
});

// ---- start-up ----

describe('bundles', () => {
  it('lint starts without the renderer, the Word writer or the reviewer page: each is a bundle of its own, loaded on demand', () => {
    const bundle = (name: string) => readFileSync(join(ROOT, 'dist', name), 'utf8');
    const main = bundle('gov-report.js');
    assert.match(bundle('render.js'), /class="gap"/);
    assert.match(bundle('render-docx.js'), /gridSpan/);
    assert.match(bundle('format-html.js'), /table-with-notes/);
    for (const marker of [/class="gap"/, /gridSpan/, /table-with-notes/]) assert.doesNotMatch(main, marker);
    for (const apart of ['./render.js', './format-html.js', './import.js']) assert.ok(main.includes(`require("${apart}")`), apart);
  });

  it('zod is a bundle of its own (dist/zod.js), read only for a report the quick check refuses', () => {
    // The bundle's main() in a fresh process: a conforming report, then one that only zod can explain.
    const script = `
      const { main } = require(${JSON.stringify(join(ROOT, 'dist', 'gov-report.js'))});
      const zodLoaded = () => Object.keys(require.cache).some((file) => file.endsWith('zod.js'));
      (async () => {
        const clean = await main(['lint', 'fixtures/sample-2023.yaml']);
        const afterClean = zodLoaded();
        const invalid = await main(['lint', '--format', 'json', 'fixtures/invalid/schema.yaml']);
        console.error(JSON.stringify({ clean, afterClean, invalid, afterInvalid: zodLoaded() }));
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(run.stderr.trim().split('\n').at(-1)!), { clean: 0, afterClean: false, invalid: 1, afterInvalid: true });
    assert.match(run.stdout, /"ruleId":"schema"/);
  });
});

// ---- the command ----

describe('gov-report render', () => {
  const folder = scratchFolder('gov-report-render-');

  it('writes the HTML to stdout, exit 0', () => {
    const run = runCli(['render', fixture('sample-2023.yaml')]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(run.stdout, /<meta name="generator" content="gov-report \d+\.\d+\.\d+/);
  });

  it('writes a Word file with -o, its format told by the extension or --to', async () => {
    const out = join(folder.path(), 'out', 'report.docx');
    const run = runCli(['render', fixture('valid/report-2019-template.yaml'), '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const back = await importReport(readFileSync(out));
    assert.equal(back.template, '2019');
    assert.deepEqual(back.missing, []);
    const explicit = join(folder.path(), 'report.bin');
    assert.equal(runCli(['render', fixture('sample-2023.yaml'), '--to', 'docx', '-o', explicit]).code, 0);
    assert.equal(readFileSync(explicit).subarray(0, 2).toString(), 'PK');
    const html = join(folder.path(), 'report.html');
    assert.equal(runCli(['render', fixture('sample-2023.yaml'), '-o', html]).code, 0);
    assert.match(readFileSync(html, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('refuses a report with lint errors in one line, exit 1; renders it with --force', () => {
    const file = fixture('invalid/applications-row-total.yaml');
    const refused = runCli(['render', file]);
    assert.equal(refused.code, 1);
    assertOneLineOnStderr(
      refused,
      /^gov-report: \S+applications-row-total\.yaml has 2 lint errors: fix them \(gov-report lint \S+\) or render it anyway with --force\n$/,
    );
    const forced = runCli(['render', file, '--force']);
    assert.equal(forced.code, 0);
    assert.match(forced.stderr, /^gov-report: rendering \S+ as it is, with 2 lint errors \(--force\)\n$/);
    assert.match(
      forced.stdout,
      /<td headers="t3-results t3-results-disclosed t3-applicants t3-c-total">25<\/td>/,
      'the wrong total as written',
    );
  });

  it('renders a report with warnings only', () => {
    const run = runCli(['render', fixture('invalid/narrative-consistency.yaml')]);
    assert.equal(run.code, 0, run.stderr);
  });

  it('honours the config: a rule turned off is no error', () => {
    const dir = join(folder.path(), 'configured');
    folder.write('configured/report.yaml', readFixture('invalid/applications-row-total.yaml'));
    folder.write('configured/.gov-report.yaml', 'root: true\nrules:\n  applications-row-total: off\n');
    assert.equal(runCli(['render', 'report.yaml'], { cwd: dir }).code, 0);
    assert.equal(runCli(['render', 'report.yaml', '--no-config'], { cwd: dir }).code, 1);
  });

  it('a report that is not valid YAML cannot be rendered, even with --force: exit 1', () => {
    const run = runCli(['render', fixture('invalid/parse.yaml'), '--force']);
    assert.equal(run.code, 1);
    assertOneLineOnStderr(run, /^gov-report: cannot render \S+parse\.yaml: it is not valid YAML\/JSON/);
  });

  it('never writes over its input, also through a link: exit 2', () => {
    const input = folder.write('input.yaml', readFixture('sample-2023.yaml'));
    const before = readFileSync(input, 'utf8');
    const link = join(folder.path(), 'link.html');
    symlinkSync(input, link);
    for (const target of [input, link]) {
      const run = runCli(['render', input, '-o', target]);
      assert.equal(run.code, 2);
      assertOneLineOnStderr(run, /input files are never written/);
    }
    assert.equal(readFileSync(input, 'utf8'), before);
  });

  it('tool failures are one line, exit 2: no such file, a Word file without -o, an unknown format, an unwritable output', () => {
    const cases: [string[], RegExp][] = [
      [['render', join(folder.path(), 'missing.yaml')], /no such file/],
      [['render', fixture('sample-2023.yaml'), '--to', 'docx'], /name it with -o/],
      [['render', fixture('sample-2023.yaml'), '--to', 'pdf'], /Allowed choices are html, docx/],
      [['render', fixture('sample-2023.yaml'), '-o', folder.path()], /cannot write/],
    ];
    for (const [args, pattern] of cases) {
      const run = runCli(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, STACK_TRACE);
    }
  });

  it(
    'a full disk is one line, exit 2; a device is written to, never replaced',
    { skip: existsSync('/dev/full') ? false : 'needs /dev/full' },
    () => {
      const run = runCli(['render', fixture('sample-2023.yaml'), '-o', '/dev/full']);
      assert.equal(run.code, 2);
      assertOneLineOnStderr(run, /^gov-report: cannot write \/dev\/full: no space left on the device\n$/);
      assert.ok(statSync('/dev/full').isCharacterDevice(), '/dev/full is still the device');
    },
  );

  it('overwrites an earlier rendering in place (a rebuild), leaving no temporary file', () => {
    const out = folder.write('again/report.html', 'old');
    assert.equal(runCli(['render', fixture('sample-2023.yaml'), '-o', out]).code, 0);
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(readdirSync(join(folder.path(), 'again')), ['report.html']);
    assert.ok(statSync(out).size > 10_000);
    writeFileSync(out, '');
  });
});
