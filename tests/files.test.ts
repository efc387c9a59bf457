import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { loadReport } from '../src/load/parse.js';
import { isReportContent, selectFiles } from '../src/runner/files.js';
import { assertOneLineOnStderr, edit, runCli, SAMPLE, scratchFolder } from './helpers.js';

const REPORT_2022 = edit(SAMPLE, ['year: 2023', 'year: 2022'], ['published: 2024-01-20', 'published: 2023-01-20']);
/** What the runner decides when it reads a file found in a folder. */
const looksLikeReport = (file: string) => isReportContent(loadReport(file, readFileSync(file)));
const filePaths = (stdout: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath);

describe('which files a folder or glob lints', () => {
  const scratch = scratchFolder('gov-report-files-');
  const layout = () => {
    scratch.write('.git/HEAD', 'ref: refs/heads/main\n');
    scratch.write('package.json', '{ "name": "reports", "version": "1.0.0" }\n');
    scratch.write('.github/workflows/ci.yml', 'name: ci\non: [push]\njobs: {}\n');
    scratch.write('ci/pipeline.yml', 'stages: [lint]\nlint:\n  script: [gov-report lint .]\n');
    scratch.write('data/agencies.json', '[{ "name": "示例局" }]\n');
    scratch.write('.gitignore', '# generated\nbuild/\n*.tmp.yaml\n!keep.tmp.yaml\n');
    scratch.write('build/2023.yaml', SAMPLE);
    scratch.write('reports/2023/示例局.yaml', SAMPLE);
    scratch.write('reports/2022/示例局.yaml', REPORT_2022);
    scratch.write('reports/scratch.tmp.yaml', SAMPLE);
    scratch.write('reports/keep.tmp.yaml', REPORT_2022.replace('示例市', '另一市'));
  };

  it('`lint .` lints exactly the reports: not package.json, workflows, data files or what .gitignore leaves out', () => {
    layout();
    const run = runCli(['lint', '.', '-f', 'json'], { cwd: scratch.path() });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      filePaths(run.stdout).sort(),
      ['reports/2022/示例局.yaml', 'reports/2023/示例局.yaml', 'reports/keep.tmp.yaml'].map((p) => `${scratch.path()}/${p}`),
    );
    // One note for the files that are not reports, on stderr.
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.match(
      run.stderr,
      /^gov-report: skipped 3 files that are not reports .*: ci\/pipeline\.yml, data\/agencies\.json, package\.json\n$/,
    );
  });

  it('the note speaks the language of the run', () => {
    const run = runCli(['lint', '.', '--locale', 'zh-CN'], { cwd: scratch.path() });
    assert.match(run.stderr, /^gov-report: 跳过 3 个不是年度报告的文件/);
  });

  it('a glob, quoted, lints what it matches, with .gitignore still honoured', () => {
    const all = runCli(['lint', 'reports/**/*.yaml', '-f', 'json'], { cwd: scratch.path() });
    assert.equal(all.code, 0, all.stderr);
    assert.equal(filePaths(all.stdout).length, 3);
    const one = runCli(['lint', 'reports/2023/*.yaml', '-f', 'json'], { cwd: scratch.path() });
    assert.deepEqual(filePaths(one.stdout), [`${scratch.path()}/reports/2023/示例局.yaml`]);
    const top = runCli(['lint', 'reports/*.yaml', '-f', 'json'], { cwd: scratch.path() });
    assert.deepEqual(filePaths(top.stdout), [`${scratch.path()}/reports/keep.tmp.yaml`], 'one * does not cross folders');
    const alternatives = runCli(['lint', 'reports/{2022,2023}/*.yaml', '-f', 'json'], { cwd: scratch.path() });
    assert.equal(filePaths(alternatives.stdout).length, 2);
  });

  it('a glob that matches nothing is one line and exit 2', () => {
    assertOneLineOnStderr(
      runCli(['lint', 'nowhere/**/*.yaml'], { cwd: scratch.path() }),
      /^gov-report: no reports .* matching nowhere\/\*\*\/\*\.yaml\n$/,
    );
  });

  it('--no-ignore lints what .gitignore leaves out', () => {
    const run = runCli(['lint', '.', '--no-ignore', '-f', 'json'], { cwd: scratch.path() });
    const found = filePaths(run.stdout).map((p) => p.slice(scratch.path().length + 1));
    assert.ok(found.includes('build/2023.yaml'), found.join());
    assert.ok(found.includes('reports/scratch.tmp.yaml'), found.join());
  });

  it('a file named on the command line but ignored by the config is not linted, with a warning', () => {
    scratch.write('cfg/.gov-report.yaml', 'root: true\nignores: ["drafts/**"]\n');
    scratch.write('cfg/drafts/draft.yaml', SAMPLE.replace('disclosed:             [0, 0', 'disclosed:             [1, 0'));
    const cwd = `${scratch.path()}/cfg`;
    const run = runCli(['lint', 'drafts/draft.yaml'], { cwd });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^gov-report: warning: drafts\/draft\.yaml is left out by the config's ignores .*--no-ignore/);
    const forced = runCli(['lint', 'drafts/draft.yaml', '--no-ignore'], { cwd });
    assert.equal(forced.code, 1);
    assert.match(forced.stdout, /applications-row-total/);
  });

  it('a named file is linted whatever it holds, unless --reports-only', () => {
    const named = runCli(['lint', 'package.json'], { cwd: scratch.path() });
    assert.equal(named.code, 1, 'linted as a report, as asked');
    const hook = runCli(['lint', '--reports-only', 'package.json', 'reports/2023/示例局.yaml'], { cwd: scratch.path() });
    assert.equal(hook.code, 0, hook.stdout);
    assert.match(hook.stderr, /skipped 1 file that is not a report.*package\.json/);
  });

  it('in a folder, binary, empty or keyless files are not reports: skipped, and named, not lost', () => {
    scratch.write('zoo/a-binary.yaml', new Uint8Array([0x00, 0x01]));
    scratch.write('zoo/b-empty.yml', '');
    scratch.write('zoo/c-deep.json', '['.repeat(5000));
    scratch.write('zoo/d-broken.yaml', 'template: "2021"\nagency: "示例局\nyear: 2023\n');
    const run = runCli(['lint', 'zoo', '--format', 'compact'], { cwd: scratch.path() });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^zoo\/d-broken\.yaml:2:9: error .*\[parse\]$/m, 'a broken report is still a report');
    assert.match(run.stderr, /skipped 3 files that are not reports .*: zoo\/a-binary\.yaml, zoo\/b-empty\.yml, zoo\/c-deep\.json\n$/);
  });

  it('a folder with only files that are not reports is exit 2, saying why', () => {
    assertOneLineOnStderr(runCli(['lint', 'data'], { cwd: scratch.path() }), /no reports .* found in data \(1 file that is not a report\)/);
  });
});

describe('looksLikeReport and selectFiles', () => {
  const scratch = scratchFolder('gov-report-sniff-');

  it('tells a report from other YAML and JSON by its keys, in any encoding', () => {
    const cases: [string, string | Uint8Array, boolean][] = [
      ['a.yaml', 'agency: 某局\n', true],
      ['b.yaml', '# 注释\n"template": "2021"\n', true],
      ['c.json', '{"year": 2023}', true],
      ['d.yaml', 'applications:\n  new: [0]\n', true],
      ['e.yaml', 'name: ci\non: push\n', false],
      ['f.json', '{"name": "x", "nested": {"notes": "agency: 1"}}', false],
      ['g.yaml', 'list:\n  year: 2023\n', false],
      ['h.yaml', new Uint8Array([0xff, 0xfe, ...[...'year: 2023\n'].flatMap((c) => [c.charCodeAt(0), 0])]), true],
      ['i.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('agency: 某局\n')]), true],
    ];
    for (const [name, text, expected] of cases) assert.equal(looksLikeReport(scratch.write(name, text)), expected, name);
  });

  it('a broken report with its keys is still a report, to be reported as broken', () => {
    assert.equal(looksLikeReport(scratch.write('broken.yaml', 'template: "2021"\nagency: [\n')), true);
  });

  it('sorts, removes repeats and keeps the path as the user spelled it', () => {
    scratch.write('set/b.yaml', 'year: 2023\n');
    scratch.write('set/a.yaml', 'year: 2022\n');
    const selection = selectFiles(['set', 'set/a.yaml', 'set/*.yaml'], scratch.path());
    assert.deepEqual(
      selection.targets.map((t) => t.shown),
      ['set/a.yaml', 'set/b.yaml'],
    );
  });
});
