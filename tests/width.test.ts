import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { displayWidth, stripAnsi, terminalWidth } from '../src/format/width.js';
import { APPLICANT_COLUMNS, APPEAL_COLUMNS } from '../src/model/template.js';
import { ROOT } from './helpers.js';

const FIXTURES = ['valid', 'invalid'].flatMap((folder) =>
  readdirSync(join(ROOT, 'fixtures', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `fixtures/${folder}/${name}`),
);

/** Runs the CLI in-process, as a terminal of `columns` columns would. */
async function run(args: readonly string[], options: { columns?: number; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: options.env ?? {},
    cwd: ROOT,
    stdoutIsTTY: options.columns !== undefined,
    readStdin: () => Promise.resolve(new Uint8Array()),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const tooWide = (text: string, width: number) =>
  text
    .split('\n')
    .map((line) => stripAnsi(line))
    .filter((line) => displayWidth(line) > width);

describe('terminal width', () => {
  it('is the terminal’s own, else COLUMNS, else 80', () => {
    assert.equal(terminalWidth(132, { COLUMNS: '60' }), 132);
    assert.equal(terminalWidth(undefined, { COLUMNS: '60' }), 60);
    assert.equal(terminalWidth(undefined, { COLUMNS: 'wide' }), 80);
    assert.equal(terminalWidth(undefined, {}), 80);
  });
});

describe('show fits the terminal', () => {
  for (const locale of ['en', 'zh-CN']) {
    for (const width of [80, 60, 100]) {
      it(`every fixture at ${width} columns, ${locale}: no line wider (in display width)`, async () => {
        for (const fixture of FIXTURES) {
          const result = await run(['show', fixture, '--locale', locale, '--no-color'], { env: { COLUMNS: String(width) } });
          assert.notEqual(result.code, 2, `${fixture}: ${result.stderr}`);
          assert.deepEqual(tooWide(result.stdout, width), [], `${fixture} (${locale}, ${width})`);
        }
      });
    }
  }

  it('with colour too, at the width of the terminal itself', async () => {
    const result = await run(['show', 'fixtures/invalid/appeals-total.yaml', '--color'], { columns: 72 });
    assert.deepEqual(tooWide(result.stdout, 72), []);
  });

  it('breaks no English header word where the table is drawn in full', async () => {
    const result = await run(['show', 'fixtures/valid/busy-2022.yaml', '--locale', 'en', '--no-color'], { env: { COLUMNS: '200' } });
    const words = [...APPLICANT_COLUMNS, ...APPEAL_COLUMNS].flatMap((column) => column.en.split(/\s+/));
    const text = result.stdout;
    for (const word of words) assert.ok(text.includes(word), `"${word}" is whole`);
  });

  it('narrower than the full table, it keeps the Chinese labels only, then draws down the page', async () => {
    const narrow = await run(['show', 'fixtures/valid/busy-2022.yaml', '--locale', 'en', '--no-color'], { env: { COLUMNS: '80' } });
    assert.match(narrow.stdout, /│ 自然人 │/);
    assert.doesNotMatch(narrow.stdout, /natural persons/);
    const vertical = await run(['show', 'fixtures/valid/busy-2022.yaml', '--locale', 'zh-CN', '--no-color'], { env: { COLUMNS: '40' } });
    assert.match(vertical.stdout, /^ {4}自然人 \d+ {3}商业企业 \d+/m);
  });

  it('keeps the ✗ marker beside a highlighted cell with colour, as without', async () => {
    for (const colour of ['--color', '--no-color']) {
      const result = await run(['show', 'fixtures/invalid/appeals-total.yaml', colour], { env: { COLUMNS: '120' } });
      assert.match(stripAnsi(result.stdout), /5 ✗→4/, colour);
    }
  });
});

describe('rules fits the terminal', () => {
  for (const locale of ['en', 'zh-CN']) {
    for (const width of [200, 120, 80, 50, 30]) {
      it(`${locale} at ${width} columns: no line wider, no link broken`, async () => {
        const result = await run(['rules', '--locale', locale, '--no-color'], { env: { COLUMNS: String(width) } });
        assert.equal(result.code, 0);
        assert.deepEqual(tooWide(result.stdout, width), []);
        const links = result.stdout.match(/https:\/\/\S+?\.md/g) ?? [];
        assert.ok(links.length > 0 || width < 80, 'the links or where they are');
        for (const link of links) assert.match(link, /^https:\/\/\S+\/docs\/rules\/(<rule>|[a-z-]+)\.md$/);
      });
    }
  }

  it('gives every link in full where there is room', async () => {
    const result = await run(['rules', '--locale', 'en', '--no-color'], { env: { COLUMNS: '200' } });
    assert.equal(
      (result.stdout.match(/\/docs\/rules\/[a-z-]+\.md/g) ?? []).length,
      (await run(['rules', '--format', 'json'])).stdout.match(/"docs"/g)!.length,
    );
  });
});
