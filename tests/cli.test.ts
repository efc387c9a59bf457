import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { assertOneLineOnStderr, edit, readFixture, ROOT, runBin, runCli, SAMPLE, scratchFolder, STACK_TRACE } from './helpers.js';

const scratchFiles = scratchFolder('gov-report-cli-');
const write = scratchFiles.write;

// runBin runs the executable in a process of its own; runCli runs the same main() in this process.
describe('gov-report lint', () => {
  it('prints nothing and exits 0 on the clean sample (the executable)', () => {
    const run = runBin(['lint', 'fixtures/sample-2023.yaml']);
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
  });

  it('予以公开 自然人 +1 in the sample: exactly the two relations it breaks, at that cell', () => {
    const file = write(
      'plus-one.yaml',
      edit(SAMPLE, ['    disclosed:             [0, 0, 0, 0, 0, 0, 0]', '    disclosed:             [1, 0, 0, 0, 0, 0, 0]']),
    );
    const run = runCli(['lint', '--format', 'stylish', '--locale', 'zh-CN', file]);
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], file);
    assert.match(
      lines[1]!,
      /^ {2}32:29 {2}错误 {2}表三「自然人」列：（七）总计为 0，但（一）至（六）共 21 行办理结果之和为 1，相差 -1 — 将表三「（一）予以公开」「自然人」由 1 改为 0，可使其所在的 2 项勾稽关系同时成立 {2}applications-results-total$/,
    );
    assert.match(
      lines[2]!,
      /^ {2}32:29 {2}错误 {2}表三「（一）予以公开」：总计为 0，但 自然人 \+ 商业企业 \+ 科研机构 \+ 社会公益组织 \+ 法律服务机构 \+ 其他 = 1 \+ 0 \+ 0 \+ 0 \+ 0 \+ 0 = 1，相差 -1 .* {2}applications-row-total$/,
    );
    assert.equal(lines[3], '');
    assert.equal(lines[4], '✖ 共 2 个问题（2 个错误，0 个警告）');
    assert.equal(lines.length, 6);
  });

  it('exits 1 with every bad fixture of a directory, grouped by file in path order', () => {
    const run = runCli(['lint', 'fixtures/invalid', '--locale', 'en']);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    const files = run.stdout.split('\n').filter((l) => l.startsWith('fixtures/'));
    assert.deepEqual(files, [...files].sort());
    assert.ok(files.includes('fixtures/invalid/schema.yaml'));
    assert.match(run.stdout, /\n✖ \d+ problems \(\d+ errors, \d+ warnings\)\n$/);
  });

  it('warnings alone exit 0', () => {
    const file = write('blank.yaml', edit(SAMPLE, ['  punishment: 0 ', '  punishment: ~ ']));
    const run = runCli(['lint', '--locale', 'en', file]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /warning {2}表二「第二十条第（六）项 行政处罚 本年处理决定数量」 is blank; write 0 for zero {2}blank-cell/);
    assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
  });

  it('a syntax error is a parse finding at its line and column, exit 1', () => {
    const file = write('broken.yaml', 'template: "2021"\nagency: "示例局\nyear: 2023\n');
    const run = runCli(['lint', '--locale', 'en', file]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^ {2}2:9 {2}error {2}YAML\/JSON syntax error: .* {2}parse$/m);
    assert.doesNotMatch(run.stdout + run.stderr, STACK_TRACE);
  });

  it('hostile and odd inputs are findings, never crashes', () => {
    const cases = {
      'binary.yaml': '\u0000\u0001\u0002garbage\u0000',
      'list.json': '[1, 2, 3]',
      'empty.yml': '',
      'scalar.yaml': '42',
      'deep.json': `${'['.repeat(2000)}${']'.repeat(2000)}`,
    };
    for (const [name, text] of Object.entries(cases)) {
      const run = runCli(['lint', write(name, text)]);
      assert.equal(run.code, 1, name);
      assert.doesNotMatch(run.stdout + run.stderr, STACK_TRACE, name);
    }
  });

  it('never modifies the files it lints', () => {
    const file = write('untouched.yaml', readFixture('invalid/schema.yaml'));
    const before = readFileSync(file);
    runCli(['lint', file]);
    assert.deepEqual(readFileSync(file), before);
  });

  it('tool failures: one line on stderr and exit 2', () => {
    assertOneLineOnStderr(runCli(['lint', 'no/such/report.yaml']), /^gov-report: no such file or directory: no\/such\/report\.yaml\n$/);
    mkdirSync(join(scratchFiles.path(), 'empty-dir'));
    const empty = runCli(['lint', join(scratchFiles.path(), 'empty-dir')]);
    assert.equal(empty.code, 2);
    assertOneLineOnStderr(empty, /no reports \(\.yaml, \.yml, \.json\) found in /);
    for (const args of [
      ['lint', '--bogus', 'x.yaml'],
      ['lint', '--format', 'xml', 'x.yaml'],
      ['lint', '--locale', 'fr', 'fixtures/sample-2023.yaml'],
      ['frobnicate'],
      ['lint'],
    ]) {
      const run = runCli(args);
      assert.equal(run.code, 2, args.join(' '));
      assertOneLineOnStderr(run, /^gov-report: /);
    }
  });

  it('an unreadable file is a tool failure', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, () => {
    const file = write('secret.yaml', SAMPLE);
    chmodSync(file, 0o000);
    const run = runBin(['lint', file]);
    assert.equal(run.code, 2);
    assertOneLineOnStderr(run, /cannot read .*permission denied/);
  });

  it('picks the language from --locale, then LC_ALL / LANG', () => {
    const file = write('locale.yaml', edit(SAMPLE, ['  punishment: 0 ', '  punishment: ~ ']));
    assert.match(runCli(['lint', file], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /为空白；数据为 0 应填 0/);
    assert.match(runCli(['lint', file], { env: { LANG: 'en_US.UTF-8' } }).stdout, /is blank; write 0 for zero/);
    assert.match(runCli(['lint', file], { env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } }).stdout, /为空白/);
    assert.match(runCli(['lint', '--locale', 'en', file], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /is blank/);
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    const file = write('colour.yaml', edit(SAMPLE, ['  punishment: 0 ', '  punishment: ~ ']));
    const ESC = '\u001b[';
    assert.ok(!runCli(['lint', file]).stdout.includes(ESC), 'piped output has no colour');
    assert.ok(runCli(['lint', '--color', file]).stdout.includes(ESC), '--color forces it');
    assert.ok(runCli(['lint', file], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC), 'FORCE_COLOR forces it');
    assert.ok(!runCli(['lint', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes(ESC), 'NO_COLOR wins over FORCE_COLOR');
    assert.ok(!runCli(['lint', '--no-color', file], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC), '--no-color wins');
  });

  it('--help and --version exit 0 (the executable, whose version the bundler wrote in)', () => {
    const help = runBin(['lint', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: gov-report lint \[options\] <paths\.\.\.>/);
    const version = runBin(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('the executable against main() in this process', () => {
  it("import reads stdin through the bundle's own importer (dist/import.js) and writes what main() writes", () => {
    const input = readFileSync(join(ROOT, 'fixtures/import/pipes.txt'), 'utf8');
    const bundled = runBin(['import', '-'], { input });
    assert.deepEqual([bundled.code, bundled.stderr], [0, '']);
    assert.match(bundled.stdout, /^template: "2021"/m);
    const inProcess = runCli(['import', '-'], { input });
    assert.deepEqual([bundled.code, bundled.stdout, bundled.stderr], [inProcess.code, inProcess.stdout, inProcess.stderr]);
  });
});

describe('file size limit', () => {
  it('refuses a file over --max-file-size with one line, exit 2', () => {
    const run = runCli(['lint', 'fixtures/sample-2023.yaml', '--max-file-size', '0.001']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^gov-report: fixtures\/sample-2023\.yaml is \d+ KB, over the limit of 2 KB \(--max-file-size\)\n$/);
  });

  it('accepts it under the limit, and rejects a limit that is not a size', () => {
    assert.equal(runCli(['lint', 'fixtures/sample-2023.yaml', '--max-file-size', '1']).code, 0);
    assert.equal(runCli(['lint', 'fixtures/sample-2023.yaml', '--max-file-size', 'big']).code, 2);
  });
});

describe('worker threads', () => {
  it('give the same results, in the same order, as the main thread', () => {
    for (const folder of ['fixtures/repository', 'fixtures/invalid', 'fixtures']) {
      const inline = runCli(['lint', folder, '--threads', '0', '--format', 'json']);
      const threaded = runBin(['lint', folder, '--threads', '2', '--format', 'json']);
      assert.equal(threaded.code, inline.code, folder);
      assert.equal(threaded.stdout, inline.stdout, folder);
      assert.ok((JSON.parse(inline.stdout) as unknown[]).length > 3, folder);
    }
  });

  it('report the files they can read, and one line for each file they cannot, exit 2', () => {
    const big = write('threads/big.yaml', `${SAMPLE}\n# ${'x'.repeat(20_000)}\n`);
    const small = write('threads/small.yaml', edit(SAMPLE, ['  punishment: 0 ', '  punishment: ~ ']));
    for (const threads of ['0', '2']) {
      const run = (threads === '0' ? runCli : runBin)([
        'lint',
        big,
        small,
        '--threads',
        threads,
        '--max-file-size',
        '0.01',
        '--format',
        'compact',
      ]);
      assert.equal(run.code, 2, threads);
      assert.match(run.stdout, /small\.yaml:\d+:\d+: warning .* \[blank-cell\]/);
      assert.match(run.stderr, /^gov-report: .*big\.yaml is 2\d KB, over the limit of 11 KB \(--max-file-size\)\n$/);
    }
  });

  it("run from source (tsx) as from the bundle: main() in this process gives the bundle's output", async () => {
    const inProcess = async (args: readonly string[]) => {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        env: {},
        cwd: ROOT,
        stdoutIsTTY: false,
        readStdin: () => Promise.resolve(new Uint8Array()),
      };
      return { code: await main(args, io), stdout, stderr };
    };
    const args = ['lint', 'fixtures/repository', '--threads', '2', '--format', 'json'];
    const fromSource = await inProcess(args);
    const bundled = runBin(args);
    assert.equal(fromSource.stderr, '');
    assert.deepEqual([fromSource.code, fromSource.stdout], [bundled.code, bundled.stdout]);
    assert.ok((JSON.parse(fromSource.stdout) as unknown[]).length > 3);
  });
});
