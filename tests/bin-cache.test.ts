import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, scratchFolder, STACK_TRACE } from './helpers.js';

/**
 * The bin keeps V8's compiled code of the bundle in dist/.cache. A cache is only a shortcut: whether it
 * is missing, damaged, from another build or impossible to write, the bin must answer the same.
 */
describe('the code cache of the bin', () => {
  const scratch = scratchFolder('gov-report-cache-');
  const install = () => join(scratch.path(), 'gov-report');
  const cacheDir = () => join(install(), 'dist', '.cache');
  const cacheFiles = () => (existsSync(cacheDir()) ? readdirSync(cacheDir()).filter((f) => f.endsWith('.bin')) : []);

  /** A copy of the installed package: the bin and the bundle, without any cache. */
  function freshInstall(): void {
    rmSync(install(), { recursive: true, force: true });
    cpSync(join(ROOT, 'bin'), join(install(), 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(install(), 'dist'), { recursive: true, filter: (source) => !source.includes('.cache') });
  }

  function lint(file: string, options: { uid?: number } = {}) {
    const run = spawnSync(process.execPath, [join(install(), 'bin/gov-report.js'), 'lint', '--format', 'compact', file], {
      cwd: ROOT,
      encoding: 'utf8',
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    assert.doesNotMatch(run.stderr, STACK_TRACE);
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  const clean = join(ROOT, 'fixtures/sample-2023.yaml');
  const faulty = join(ROOT, 'fixtures/invalid/schema.yaml');

  it('is written by the first lint and used by the next, with the same results', () => {
    freshInstall();
    const first = lint(faulty);
    assert.equal(first.code, 1);
    assert.equal(cacheFiles().length, 1, 'one cache file after the first lint');
    const written = readFileSync(join(cacheDir(), cacheFiles()[0]!));
    assert.deepEqual(lint(faulty), first);
    assert.deepEqual(readFileSync(join(cacheDir(), cacheFiles()[0]!)), written, 'a usable cache is not written again');
    assert.deepEqual(lint(clean), { code: 0, stdout: '', stderr: '' });
  });

  it('is kept only after a lint that linted a report: not after a usage error or the help', () => {
    freshInstall();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(install(), 'bin/gov-report.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run('lint', 'no-such-report.yaml').status, 2);
    assert.equal(run('lint', '--help').status, 0);
    assert.equal(run('lint', '--max-warnings', 'many', clean).status, 2);
    assert.deepEqual(cacheFiles(), [], 'no cache from runs that linted nothing');
    assert.equal(lint(clean).code, 0);
    assert.equal(cacheFiles().length, 1, 'the first lint of a report keeps it');
  });

  it('damaged, truncated or foreign caches are refused and replaced, never crash the bin', () => {
    freshInstall();
    const expected = lint(faulty);
    const file = join(cacheDir(), cacheFiles()[0]!);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    for (let i = 64; i < flipped.length; i += 101) flipped[i]! ^= 0x5a;
    const damages: [string, Buffer][] = [
      ['bytes changed inside', flipped],
      ['cut short', good.subarray(0, Math.floor(good.length / 2))],
      ['not a cache at all', Buffer.from('not a code cache')],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of damages) {
      writeFileSync(file, bytes);
      assert.deepEqual(lint(faulty), expected, name);
      assert.notDeepEqual(readFileSync(file), bytes, `${name}: the cache is written again`);
    }
  });

  it('belongs to one build: another bundle does not use it', () => {
    freshInstall();
    lint(faulty);
    const [before] = cacheFiles();
    const bundle = join(install(), 'dist/gov-report.js');
    writeFileSync(
      bundle,
      readFileSync(bundle, 'latin1').replace(
        /\/\/# build=(\w+)/,
        (_, id: string) => `//# build=${id.replace(/^./, id[0] === 'a' ? 'b' : 'a')}`,
      ),
      'latin1',
    );
    assert.deepEqual(lint(clean), { code: 0, stdout: '', stderr: '' });
    assert.equal(cacheFiles().length, 2);
    assert.ok(cacheFiles().includes(before!));
  });

  it('a bundle that names no build runs without a cache', () => {
    freshInstall();
    const bundle = join(install(), 'dist/gov-report.js');
    writeFileSync(bundle, readFileSync(bundle, 'latin1').replace(/\/\/# build=\w+\s*$/, ''), 'latin1');
    assert.equal(lint(faulty).code, 1);
    assert.deepEqual(cacheFiles(), []);
  });

  it(
    'a read-only install runs the same without writing one',
    { skip: process.getuid?.() === 0 ? false : 'needs root to run as another user' },
    () => {
      freshInstall();
      const expected = lint(faulty);
      rmSync(cacheDir(), { recursive: true, force: true });
      chmodSync(scratch.path(), 0o755);
      chmodSync(join(install(), 'dist'), 0o555);
      try {
        // nobody, who may read the install but not write to it
        assert.deepEqual(lint(faulty, { uid: 65534 }), expected);
        assert.deepEqual(cacheFiles(), []);
      } finally {
        chmodSync(join(install(), 'dist'), 0o755);
      }
    },
  );
});
