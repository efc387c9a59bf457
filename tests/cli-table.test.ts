/**
 * The linear truncate that src/format/cli-table.ts gives cli-table3: the same result as cli-table3's own
 * over families of generated texts (FUZZ_RUNS raises the number of runs), and the same drawing of `show`
 * and `rules` as with the original swapped back in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import utils from 'cli-table3/src/utils.js';
import Table, { fastTruncate, originalTruncate } from '../src/format/cli-table.js';
import { wrapToWidth } from '../src/format/wrap.js';
import { BUSY, edit, runMain, scratchFolder } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** Characters string-width measures one at a time: ASCII, CJK, full-width forms, controls, combining marks, single-character emoji. */
const MEASURABLE = [
  ...'aZ7 #*.-中国申请，。、（）「」Ａ０〰〽㊗',
  '\n',
  '\t',
  '\r',
  '\u0001',
  '\u007f',
  '\u0085',
  '\u0301',
  '⌚',
  '☝',
  '©',
  '\u00a0',
];
/** What chalk and others write, and codes with no meaning to cli-table3's state. */
const COLOUR_CODES = [
  ...['31m', '39m', '1m', '22m', '7m', '27m', '3m', '23m', '4m', '24m', '9m', '29m', '41m', '49m', '90m', '107m', '0m', 'm'],
  ...['1;31m', '38;5;208m', '48;2;1;2;3m', '2m', ';m', '0;1;2;3;4;5m'],
].map((code) => `\u001b[${code}`);
/** What the fast truncate leaves to the original: emoji sequences, surrogates, other escape sequences. */
const UNSURE = [
  ...['😀', '👍🏽', '1\ufe0f\u20e3', '#\u20e3', '☺\ufe0f', '〰\ufe0f', '㊗\ufe0f', '⛹\ufe0f\u200d♀\ufe0f', '⛹\u200d♀', '👨\u200d👩'],
  ...['\u200d', '\ufe0f', '\u20e3', '\ud83d', '\ude00', '𠀀'],
  ...['\u001b]8;;https://example.org\u0007', '\u001b]8;;\u0007', '\u001b[2K', '\u001b[1;2;3;4;5;6;7m', '\u009b31m', '\u001b', '\u001b[31'],
];

/** Texts of up to `maxLength` pieces: characters, colour codes (`codes` in 12), and with `unsure` what is left to the original. */
const text = (maxLength: number, { minLength = 0, codes = 3, unsure = false } = {}) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...MEASURABLE), weight: 12 },
        { arbitrary: fc.constantFrom(...COLOUR_CODES), weight: codes },
        ...(unsure
          ? [
              { arbitrary: fc.constantFrom(...UNSURE), weight: 2 },
              { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
            ]
          : []),
      ),
      { minLength, maxLength, size: 'max' },
    )
    .map((pieces) => pieces.join(''));
const truncateChar = fc.constantFrom(undefined, '…', '', '~', '...', '中', '⌚', '\u001b[2m…\u001b[22m');

/** Our own sentences, repeated to a few KB of Chinese. */
const SENTENCES = [
  '我局持续完善政府信息公开工作机制，细化公开目录，推动重点领域信息及时准确发布。',
  '围绕群众关切加强政策解读和回应，通过门户网站和政务新媒体发布办事指南和常见问题解答。',
  '落实保密审查制度，对拟公开信息逐条核对，确保公开内容准确、规范、完整。',
];
const longText = (lines: number) =>
  Array.from({ length: lines }, (_, i) => `  ${SENTENCES[i % SENTENCES.length]!}${SENTENCES[(i + 1) % SENTENCES.length]!}`).join('\n');

/** What `run` returns, and how many times it measured a text through cli-table3's utils (the original measures with its own functions). */
function measuring<T>(run: () => T): { result: T; measured: number } {
  const strlen = utils.strlen;
  let measured = 0;
  utils.strlen = (value) => (measured++, strlen(value));
  try {
    return { result: run(), measured };
  } finally {
    utils.strlen = strlen;
  }
}

describe('the fast truncate', () => {
  const sameAsOriginal = (input: string, width: number, char: string | undefined) =>
    assert.equal(fastTruncate(input, width, char), originalTruncate(input, width, char), JSON.stringify({ input, width, char }));

  it('gives what cli-table3’s own gives, for every width from 0 to past the text’s', () => {
    fc.assert(
      fc.property(text(30), truncateChar, (input, char) => {
        for (let width = 0; width <= utils.strlen(input) + 2; width++) {
          const fast = measuring(() => fastTruncate(input, width, char));
          // The fast walk measures the truncation character with cli-table3's strlen; the original measures with its own.
          if (utils.strlen(input) > width) assert.ok(fast.measured > 0, 'cut by the fast walk, not left to the original');
          assert.equal(fast.result, originalTruncate(input, width, char), JSON.stringify({ input, width, char }));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same on texts it leaves to the original: emoji sequences, surrogates, other escape sequences', () => {
    for (const unsure of UNSURE) {
      for (const input of [`中文${unsure}字`, `ab\u001b[31m${unsure}\u001b[39m中文`, `${unsure}${unsure}`]) {
        for (let width = 0; width <= utils.strlen(input) + 2; width++) sameAsOriginal(input, width, undefined);
      }
    }
    fc.assert(
      fc.property(text(30, { unsure: true }), truncateChar, (input, char) => {
        for (let width = 0; width <= utils.strlen(input) + 2; width++) sameAsOriginal(input, width, char);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('gives the same on long texts, with colour codes and line breaks, at any width', () => {
    fc.assert(
      fc.property(text(300, { minLength: 100, codes: 1 }), fc.nat(), truncateChar, (input, seed, char) => {
        const widest = utils.strlen(input);
        for (const width of [-1, 0, 10, seed % (widest + 3), widest - 1, widest]) sameAsOriginal(input, width, char);
      }),
      { numRuns: RUNS / 20 },
    );
  });

  it('measures a long coloured CJK text a few times, not once per character', () => {
    const long = `\u001b[1m${longText(40)}\u001b[22m\n\u001b[31m${longText(20)}\u001b[39m`;
    const fast = measuring(() => fastTruncate(long, 10));
    assert.equal(fast.result, originalTruncate(long, 10));
    // The truncation character, and each character not seen before, once (0 had it been left to the original).
    assert.ok(fast.measured > 0 && fast.measured < 100, `${fast.measured} measures of ${long.length} characters`);
  });
});

/** What `draw` prints with cli-table3's truncate set to `truncate`, and how many times cli-table3 called it. */
async function drawnWith<T>(truncate: typeof fastTruncate, draw: () => Promise<T> | T): Promise<{ drawn: T; calls: number }> {
  const installed = utils.truncate;
  let calls = 0;
  utils.truncate = (...args) => (calls++, truncate(...args));
  try {
    return { drawn: await draw(), calls };
  } finally {
    utils.truncate = installed;
  }
}

async function assertDrawnAlike<T>(draw: () => Promise<T> | T): Promise<T> {
  const fast = await drawnWith(fastTruncate, draw);
  const original = await drawnWith(originalTruncate, draw);
  assert.ok(fast.calls > 0, 'cli-table3 calls the truncate installed on its utils module');
  assert.equal(fast.calls, original.calls);
  assert.deepEqual(fast.drawn, original.drawn);
  return fast.drawn;
}

describe('tables drawn with the fast truncate', () => {
  const scratch = scratchFolder('gov-report-cli-table-');

  it('draw a cell of a long coloured CJK paragraph as the original truncate does', async () => {
    const paragraph = wrapToWidth(longText(8).replace(/\s+/g, ''), 36)
      .map((line, i) => (i % 3 === 0 ? `\u001b[31m${line}\u001b[39m` : line))
      .join('\n');
    await assertDrawnAlike(() => {
      const table = new Table({ head: ['\u001b[1m情况\u001b[22m', ''], style: { head: [], border: [] } });
      table.push([paragraph, '12'], [{ content: paragraph, colSpan: 2 }]);
      return table.toString();
    });
  });

  // The report's own texts are printed around the tables (title, findings), not in them: the cells of long
  // CJK text are the template's labels, wrapped over lines, and the highlighted cells of the wrong totals.
  it('show a report with long CJK texts and wrong totals as before, in every layout', async () => {
    const report = edit(
      BUSY,
      [/^overview: \|.*\n(?: {2}.*\n|\n)*/m.exec(BUSY)![0], `overview: |\n${longText(40)}\n\n`],
      ['agency: 示例县市场监督管理局', `agency: ${'示例县市场监督管理局政务公开办公室'.repeat(6)}`],
      ['disclosed:             [18, 3, 0, 1, 1, 1, 24]', 'disclosed:             [19, 3, 0, 1, 1, 1, 24]'],
      ['reconsideration:                  [2, 1, 0, 1, 4]', 'reconsideration:                  [2, 1, 0, 1, 5]'],
    );
    assert.ok(Buffer.byteLength(report) > Buffer.byteLength(BUSY) + 3000, 'a few KB of Chinese more');
    const file = scratch.write('long-texts.yaml', report);
    for (const locale of ['zh-CN', 'en']) {
      for (const columns of ['200', '80', '40']) {
        for (const colour of ['--color', '--no-color']) {
          const run = await assertDrawnAlike(() => runMain(['show', file, '--locale', locale, colour], { env: { COLUMNS: columns } }));
          assert.equal(run.code, 0, run.stderr);
          assert.match(run.stdout, /✗/);
        }
      }
    }
  });

  it('draw the rules, long Chinese descriptions included, as before', async () => {
    for (const locale of ['zh-CN', 'en']) {
      for (const columns of ['200', '80']) {
        const run = await assertDrawnAlike(() => runMain(['rules', '--locale', locale, '--color'], { env: { COLUMNS: columns } }));
        assert.equal(run.code, 0, run.stderr);
      }
    }
  });
});
