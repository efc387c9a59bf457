import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseReport } from '../src/load/parse.js';
import { plainData } from '../src/load/plain-parse.js';
import { writeCorpus } from '../scripts/bench-corpus.mjs';
import { BUSY, edit, filesUnder, ROOT, SAMPLE, scratchFolder } from './helpers.js';

/** Where the plain parser answers, the full parser finds nothing wrong and reads the same data. */
function agrees(name: string, text: string): boolean {
  const plain = plainData(text);
  if (!plain) return false;
  const full = parseReport(name, text);
  assert.deepEqual(full.syntaxProblems, [], `${name}: the plain parser read a text the full parser refuses`);
  assert.deepEqual(plain.data, full.data, name);
  return true;
}

describe('the plain parser reads what the full parser reads', () => {
  const scratch = scratchFolder('gov-report-plain-');

  it('on the fixtures, and reads most of them', () => {
    const files = filesUnder(join(ROOT, 'fixtures'), /\.ya?ml$/);
    const read = files.filter((file) => agrees(relative(ROOT, file), readFileSync(file, 'utf8')));
    assert.ok(read.length >= files.length / 2, `read ${read.length} of ${files.length}`);
  });

  it('on every generated report, with faults and long texts', () => {
    writeCorpus(scratch.path(), 48, { faulty: 0.5, long: 0.25 });
    for (const file of filesUnder(scratch.path(), /\.ya?ml$/)) assert.ok(agrees(file, readFileSync(file, 'utf8')), `${file} was not read`);
  });

  it('on layouts and scalars of every kind it knows', () => {
    const variants: [string, string][] = [
      ['comments', SAMPLE.replace(/^(\s*[a-z_]+:.*)$/gm, '$1   # note')],
      [
        'quoted keys and values',
        edit(SAMPLE, ['agency:', '"agency":'], ['overview:', "'overview':"]).replace(/^(agency: )(.*)$/m, "$1'$2''s'"),
      ],
      ['flow rows without spaces', SAMPLE.replace(/, /g, ',')],
      ['folded text', edit(SAMPLE, ['overview: |', 'overview: >'])],
      ['folded text, stripped', edit(SAMPLE, ['overview: |', 'overview: >-'])],
      ['literal text, stripped', edit(SAMPLE, ['overview: |', 'overview: |-'])],
      ['indented by four', SAMPLE.replace(/^( +)/gm, '$1$1')],
      [
        'nulls, booleans and decimals',
        edit(SAMPLE, ['published: 2024-01-20', 'published: ~\nsource: null\nextra_flag: true\nratio: -1.25\nword: True\nnotes:\n']),
      ],
      ['flow mapping with quoted keys', SAMPLE.replace('{ issued: 0,', '{ "issued": 0,')],
      ['empty flow collections', edit(SAMPLE, ['published: 2024-01-20', 'published: 2024-01-20\nsome: []\nother: {}'])],
      [
        'text with colons, hashes and brackets',
        edit(SAMPLE, ['published: 2024-01-20', 'published: 2024-01-20\nsource: a:b c#d [e] {f}, g']),
      ],
      ['the busy report', BUSY],
      ['trailing blank lines and a closing comment', `${SAMPLE}\n\n# end\n\n`],
      ['no final line break', SAMPLE.trimEnd()],
    ];
    for (const [name, text] of variants) assert.ok(agrees(name, text), `${name} was not read`);
  });

  it('leaves to the full parser what it does not know', () => {
    const others: [string, string][] = [
      ['a tab', SAMPLE.replace('agency: ', 'agency:\t')],
      [
        'an anchor and an alias',
        edit(SAMPLE, ['new:                     [0,', 'new: &row                [0,']).replace(
          'carried_over:            [0, 0, 0, 0, 0, 0, 0]',
          'carried_over: *row',
        ),
      ],
      ['a tag', SAMPLE.replace('year: 2023', 'year: !!str 2023')],
      ['a hexadecimal number', SAMPLE.replace('licensing: 0 ', 'licensing: 0x10 ')],
      ['a number with an exponent', SAMPLE.replace('licensing: 0 ', 'licensing: 1e3 ')],
      ['a plus sign', SAMPLE.replace('licensing: 0 ', 'licensing: +1 ')],
      ['minus zero', SAMPLE.replace('licensing: 0 ', 'licensing: -0 ')],
      ['a repeated key', SAMPLE.replace('year: 2023', 'year: 2023\nyear: 2024')],
      ['a merge key', SAMPLE.replace('year: 2023', 'year: 2023\n<<: {}')],
      [
        'a block sequence',
        SAMPLE.replace(
          // eslint-disable-next-line regexp/no-super-linear-backtracking -- a short line of our own sample
          /^( +)new: +\[(.*)\].*$/m,
          (_, indent: string, cells: string) =>
            `${indent}new:\n${cells
              .split(', ')
              .map((c) => `${indent}  - ${c}`)
              .join('\n')}`,
        ),
      ],
      ['a multi-line plain scalar', SAMPLE.replace(/^agency: (.*)$/m, 'agency: $1\n  续行')],
      ['an escape', SAMPLE.replace(/^agency: (.*)$/m, 'agency: "$1\\t"')],
      ['a document marker', `---\n${SAMPLE}`],
      ['bad indentation', SAMPLE.replace('  regulations:', '   regulations:')],
      ['a comment glued to a value', SAMPLE.replace('year: 2023', 'year: "2023"#x')],
      ['a flow collection over two lines', SAMPLE.replace('[0, 0, 0, 0, 0, 0, 0]   # 一、', '[0, 0, 0,\n    0, 0, 0, 0]   # 一、')],
      ['CRLF line ends', SAMPLE.replace(/\n/g, '\r\n')],
    ];
    for (const [name, text] of others) assert.equal(plainData(text), undefined, name);
  });

  it('agrees with the full parser on random edits of a report', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      '#',
      ' #',
      '-',
      '- ',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '|-',
      'a',
      '1',
      '0',
      '.',
      '~',
      'null',
      'true',
      '\t',
      '&a',
      '*a',
      '!',
      '1.5',
      '-1',
      '00',
      '１',
    ];
    const editArb = fc.record({ at: fc.nat(), length: fc.nat(3), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) });
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom(SAMPLE, BUSY), fc.array(editArb, { minLength: 1, maxLength: 3 }), (base, edits) => {
        let text = base;
        for (const { at, length, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert.join('') + text.slice(position + length);
        }
        if (agrees('edited', text)) read++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500), seed: 13 },
    );
    assert.ok(read > 100, `only ${read} edited reports were read by the plain parser`);
  });
});
