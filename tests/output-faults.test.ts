import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeCorpus } from '../scripts/bench-corpus.mjs';
import { ROOT, scratchFolder, STACK_TRACE } from './helpers.js';

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

describe('output faults', () => {
  const scratch = scratchFolder('gov-report-output-');
  // Enough reports with findings that the JSON is far larger than a pipe's buffer, and enough for worker threads.
  const corpus = () => join(scratch.path(), 'reports');
  const faults = () => writeCorpus(corpus(), 320, { faulty: 1 });

  it('a reader that stops early ends the lint quietly, threads or not', async () => {
    assert.equal(faults().length, 320);
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
