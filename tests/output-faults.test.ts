import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, runCli, scratchFolder, STACK_TRACE } from './helpers.js';

const BIN = join(ROOT, 'bin/gov-report.js');

/** Runs the CLI with its stdout read by a reader that goes away after the first chunk, as `| head -c 1` does. */
function runIntoClosedPipe(
  args: readonly string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; received: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let received = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, received }));
  });
}

/**
 * `count` reports, eight years of each agency, each without most of its parts: a few findings apiece, and
 * quick to lint (the bundle lints this folder several times over).
 */
function writeReports(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const agency = Math.floor(i / 8);
    const year = 2021 + (i % 8);
    const file = join(dir, `agency-${agency}`, `${year}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `template: "2021"\nagency: 示例县第${agency + 1}号局\nyear: ${year}\napplications:\n  new: [1, 2]\n`);
    return file;
  });
}

describe('output faults', () => {
  const scratch = scratchFolder('gov-report-output-');
  // Enough reports with findings that the JSON is far larger than a pipe's buffer, and enough for worker threads.
  const corpus = () => join(scratch.path(), 'reports');
  const PIPE_BUFFER = 64 * 1024;

  it('a reader that stops early ends the lint quietly, threads or not', async () => {
    assert.equal(writeReports(corpus(), 320).length, 320);
    // In this process, without threads (from source each would load tsx and the sources).
    const json = runCli(['lint', '--format', 'json', '--threads', '0', corpus()]);
    assert.equal(json.code, 1);
    assert.ok(json.stdout.length > 8 * PIPE_BUFFER, `${json.stdout.length} characters of JSON`);
    assert.ok(
      (JSON.parse(json.stdout) as { errorCount: number }[]).every((result) => result.errorCount > 0),
      'findings in every report',
    );
    for (const threads of ['0', '2']) {
      const run = await runIntoClosedPipe(['lint', '--format', 'json', '--threads', threads, corpus()]);
      assert.ok(run.received > 0);
      assert.equal(run.stderr, '', `--threads ${threads}: ${run.stderr}`);
      assert.equal(run.signal, null);
      assert.equal(run.code, 1, 'the run ends as it would have: reports with findings');
    }
  });

  it('`| head -c 1` in a shell: no stack trace, nothing on stderr', () => {
    const script = '"$0" "$1" lint --format json "$2" 2>"$3" | head -c 1 >/dev/null; cat "$3"';
    const run = spawnSync('sh', ['-c', script, process.execPath, BIN, corpus(), join(scratch.path(), 'stderr.txt')], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.doesNotMatch(run.stdout, STACK_TRACE);
  });

  it('other commands stop quietly too', async () => {
    for (const args of [['schema'], ['rules'], ['--help'], ['explain', 'schema']]) {
      const run = await runIntoClosedPipe(args);
      assert.equal(run.stderr, '', `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.code, 0, args.join(' '));
    }
  });

  it('stdout on a full disk: one line on stderr and exit 2', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, () => {
    for (const args of [['lint', '--format', 'json', corpus()], ['lint', '--format', 'stylish', '--threads', '0', corpus()], ['schema']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        assert.equal(run.status, 2, args.join(' '));
        assert.match(run.stderr, /^gov-report: cannot write the results to stdout: ENOSPC\n$/);
      } finally {
        closeSync(full);
      }
    }
  });

  it(
    'a clean lint writes nothing, so a full disk does not matter to it',
    { skip: existsSync('/dev/full') ? false : 'no /dev/full here' },
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [BIN, 'lint', 'fixtures/sample-2023.yaml'], {
          cwd: ROOT,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        assert.equal(run.status, 0);
        assert.equal(run.stderr, '');
      } finally {
        closeSync(full);
      }
    },
  );
});
