import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertOneLineOnStderr, edit, runCli, SAMPLE, scratchFolder } from './helpers.js';

/** A report with one warning (a blank cell) and nothing else. */
const ONE_WARNING = edit(SAMPLE, ['  licensing: 0 ', '  licensing: ~ ']);

describe('lint options: nothing passes silently', () => {
  const scratch = scratchFolder('gov-report-options-');

  it('--max-warnings -1 is no limit, as in ESLint', () => {
    const file = scratch.write('warn.yaml', ONE_WARNING);
    assert.equal(runCli(['lint', file, '--max-warnings', '-1']).code, 0);
    assert.equal(runCli(['lint', file, '--max-warnings', '0']).code, 1);
    assertOneLineOnStderr(runCli(['lint', file, '--max-warnings', '-2']), /--max-warnings takes a whole number/);
  });

  it('a mistyped option or command is one line on stderr, with the suggestion', () => {
    assertOneLineOnStderr(
      runCli(['lint', '--formt', 'json', 'x.yaml']),
      /^gov-report: unknown option '--formt' \(Did you mean --format\?\)\n$/,
    );
    assertOneLineOnStderr(runCli(['lnit', 'x.yaml']), /^gov-report: unknown command 'lnit' \(Did you mean one of init, lint\?\)\n$/);
  });

  it('--previous that cannot be parsed, or is missing, stops the run (exit 2) instead of checking nothing', () => {
    const report = scratch.write('this.yaml', SAMPLE);
    const broken = scratch.write('last.yaml', 'template: "2021"\nagency: [\n');
    const run = runCli(['lint', report, '--previous', broken]);
    assert.equal(run.code, 2);
    assertOneLineOnStderr(run, /--previous .*last\.yaml is not valid YAML\/JSON \(\d+:\d+\)/);
    assertOneLineOnStderr(
      runCli(['lint', report, '--previous', join(scratch.path(), 'none.yaml')]),
      /no such file or directory: .*none\.yaml/,
    );
  });

  it('parse cannot be turned off or down: a broken file is never clean', () => {
    const broken = scratch.write('broken.yaml', 'template: "2021"\nagency: "示例局\n');
    assertOneLineOnStderr(runCli(['lint', broken, '--rule', 'parse=off']), /--rule parse=off: parse is always an error/);
    const config = scratch.write('cfg/.gov-report.yaml', 'root: true\nrules:\n  parse: off\n');
    const inConfig = runCli(['lint', broken, '-c', config, '--format', 'compact']);
    assert.equal(inConfig.code, 1);
    assert.match(inConfig.stdout, /error .*\[parse\]/);
  });

  it('-o is --output-file and --output alike', () => {
    const file = scratch.write('out.yaml', ONE_WARNING);
    for (const flag of ['-o', '--output-file', '--output']) {
      const target = join(scratch.path(), `results${flag}.json`);
      const run = runCli(['lint', file, '--format', 'json', flag, target]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal((JSON.parse(readFileSync(target, 'utf8')) as unknown[]).length, 1, flag);
    }
    for (const flag of ['-o', '--output', '--output-file']) {
      const run = runCli(['init', '--agency', '示例局', '--year', '2023', flag, `init${flag}.yaml`], { cwd: scratch.path() });
      assert.equal(run.code, 0, run.stderr);
      assert.match(readFileSync(join(scratch.path(), `init${flag}.yaml`), 'utf8'), /^agency: 示例局/m);
    }
  });

  it('junit: a warning passes, unless --max-warnings fails the run', () => {
    const file = scratch.write('junit.yaml', ONE_WARNING);
    const passing = runCli(['lint', file, '--format', 'junit']);
    assert.equal(passing.code, 0);
    assert.match(passing.stdout, /<testsuites name="gov-report" tests="1" failures="0"/);
    assert.match(passing.stdout, /<system-out>.*blank-cell\)<\/system-out>/);
    const failing = runCli(['lint', file, '--format', 'junit', '--max-warnings', '0']);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /<testsuites name="gov-report" tests="1" failures="1"/);
    assert.match(failing.stdout, /<failure message="[^"]*" type="warning">/);
  });

  it('json filePath is absolute, as in ESLint; stdin without a name stays <stdin>', () => {
    scratch.write('rel/report.yaml', SAMPLE);
    const run = runCli(['lint', 'rel/report.yaml', '--format', 'json'], { cwd: scratch.path() });
    assert.equal((JSON.parse(run.stdout) as { filePath: string }[])[0]!.filePath, join(scratch.path(), 'rel/report.yaml'));
    const stdin = runCli(['lint', '-', '--format', 'json'], { input: SAMPLE, cwd: scratch.path() });
    assert.equal((JSON.parse(stdin.stdout) as { filePath: string }[])[0]!.filePath, '<stdin>');
  });
});
