import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { TextLocator } from '../src/engine/locate-text.js';
import { rangeInText, rangeOfPointer } from '../src/engine/locate.js';
import { fastData } from '../src/load/fast-parse.js';
import { parseReport } from '../src/load/parse.js';
import { toPointer } from '../src/model/pointer.js';
import { writeCorpus } from '../scripts/bench-corpus.mjs';
import { edit, filesUnder, ROOT, SAMPLE, scratchFolder } from './helpers.js';

/** Every pointer of the data, a missing key under every mapping, and an index past every row. */
function pointersOf(data: unknown, segments: (string | number)[] = []): string[] {
  const here = toPointer(segments);
  if (Array.isArray(data))
    return [here, toPointer([...segments, data.length]), ...data.flatMap((item, i) => pointersOf(item, [...segments, i]))];
  if (typeof data === 'object' && data !== null) {
    return [
      here,
      toPointer([...segments, 'no_such_key']),
      ...Object.entries(data).flatMap(([key, value]) => pointersOf(value, [...segments, key])),
    ];
  }
  return [here, toPointer([...segments, 'below_a_scalar'])];
}

function stringsOf(data: unknown, segments: (string | number)[] = []): [string, string][] {
  if (typeof data === 'string') return [[toPointer(segments), data]];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsOf(item, [...segments, i]));
  if (typeof data === 'object' && data !== null)
    return Object.entries(data).flatMap(([key, value]) => stringsOf(value, [...segments, key]));
  return [];
}

/** Compares the scan with the syntax tree on every pointer; returns the share of pointers the scan answered. */
function compare(name: string, text: string): number {
  const fast = fastData(text);
  if (!fast) return NaN;
  const document = parseReport(name, text).document!;
  const locator = TextLocator.of(text);
  if (!locator) return 0;
  let asked = 0;
  let answered = 0;
  for (const pointer of pointersOf(fast.data)) {
    for (const atKey of [false, true]) {
      asked++;
      const located = locator.rangeOfPointer(pointer, atKey);
      if (located === undefined) continue;
      answered++;
      assert.deepEqual(located, rangeOfPointer(document, pointer, atKey), `${name} ${pointer}${atKey ? ' (at key)' : ''}`);
    }
  }
  for (const [pointer, value] of stringsOf(fast.data)) {
    const spans: [number, number][] = [
      [0, 0],
      [0, 1],
      [0, value.length],
      [Math.floor(value.length / 2), value.length],
      [value.length - 1, value.length],
    ];
    for (const span of spans) {
      if (span[0] < 0 || span[1] > value.length) continue;
      const located = locator.rangeInText(pointer, value, span);
      if (located === undefined) continue;
      assert.deepEqual(located, rangeInText(document, text, pointer, span), `${name} ${pointer} text ${span.join('–')}`);
    }
  }
  return answered / asked;
}

describe('the text locator places findings where the syntax tree does', () => {
  const scratch = scratchFolder('gov-report-locate-');

  it('on every fixture the fast parser reads', () => {
    let compared = 0;
    for (const file of filesUnder(join(ROOT, 'fixtures'), /\.ya?ml$/)) {
      const share = compare(relative(ROOT, file), readFileSync(file, 'utf8'));
      if (!Number.isNaN(share)) compared++;
    }
    assert.ok(compared >= 20, `only ${compared} fixtures compared`);
  });

  it('on generated reports, with faults and long texts, and answers nearly every pointer there', () => {
    const faulty = new Set(writeCorpus(scratch.path(), 48, { faulty: 0.5, long: 0.25 }));
    assert.ok(faulty.size > 0);
    for (const file of filesUnder(scratch.path(), /\.ya?ml$/)) {
      const share = compare(file, readFileSync(file, 'utf8'));
      assert.ok(share > 0.95, `${file}: only ${(share * 100).toFixed(0)} % of pointers answered`);
    }
  });

  it('on the same report laid out in other ways', () => {
    const variants: [string, string][] = [
      ['comments everywhere', SAMPLE.replace(/^(\s*[a-z_]+:.*)$/gm, '$1   # note').replace(/^agency:/m, '# a comment line\nagency:')],
      ['quoted keys', edit(SAMPLE, ['agency:', '"agency":'], ['overview:', "'overview':"])],
      ['no space inside flow rows', SAMPLE.replace(/, /g, ',')],
      ['wide spaces inside flow rows', SAMPLE.replace(/\[/g, '[  ').replace(/\]/g, '  ]')],
      ['a folded text', edit(SAMPLE, ['overview: |', 'overview: >-'])],
      ['a text with a stripped final line break', edit(SAMPLE, ['overview: |', 'overview: |-'])],
      ['a quoted agency', SAMPLE.replace(/^agency: (.*)$/m, 'agency: "$1"')],
      ['a single-quoted agency with an apostrophe', SAMPLE.replace(/^agency: (.*)$/m, "agency: '$1''s office'")],
      ['indented by four', SAMPLE.replace(/^( +)/gm, '$1$1')],
      ['trailing blank lines and a closing comment', `${SAMPLE}\n\n# end\n\n`],
      ['no final line break', SAMPLE.trimEnd()],
      ['a null value', edit(SAMPLE, ['published: 2024-01-20', 'published:'])],
      [
        'a block sequence row',
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
      [
        'a flow mapping written as a block',
        SAMPLE.replace(
          /^( +)regulations: +\{ issued: 0, repealed: 0, in_force: 0 \}.*$/m,
          '$1regulations:\n$1  issued: 0\n$1  repealed: 0\n$1  in_force: 0',
        ),
      ],
    ];
    for (const [name, text] of variants) {
      assert.notEqual(text, SAMPLE, name);
      const share = compare(name, text);
      assert.ok(!Number.isNaN(share), `${name}: the fast parser should read it`);
    }
  });

  it('where the text ends with an entry whose value is empty (the syntax tree ends the root elsewhere)', () => {
    // A finding for a missing part points at the root: yaml ends it at the colon of an empty last value,
    // or past its comment and whatever spaces or lines follow; the scan must agree or give up.
    const texts = [
      'a:\n  b:\n',
      'a:\n  b:\n ',
      'x: 1\na:\n\n',
      'a:  \n',
      'a: # c\n ',
      'a:\n  b:     # c\n ',
      'a:\n  b: # c\n\n# d\n ',
      'a:\n  b:\n  # d\n ',
      `${SAMPLE.trimEnd()}\nextra:\n  withheld:   # note\n `,
      'a: |-\n\n',
      'a: 1\nb: >\n ',
    ];
    for (const text of texts) {
      assert.ok(!Number.isNaN(compare(JSON.stringify(text.slice(-40)), text)), `${JSON.stringify(text)}: the fast parser should read it`);
    }
  });

  it('where a `|` or `>` text has a line of spaces wider than its indentation (that line is text)', () => {
    const texts = [
      'a: |\n  x\n   ',
      'a: |\n  x\n   \nb: 1\n',
      'a: >\n  x\n    \n  y\n',
      'a: |-\n  x\n\n   \n',
      edit(SAMPLE, ['\n\nproactive:', '\n     \nproactive:']),
    ];
    for (const text of texts) {
      assert.ok(!Number.isNaN(compare(JSON.stringify(text.slice(0, 40)), text)), `${JSON.stringify(text)}: the fast parser should read it`);
    }
  });

  it('where a comment under the last entry is followed by more lines (the syntax tree may take them in)', () => {
    const texts = ['b:\n  c: 1\n  # e\n\n', 'b:\n  c: [1, 2]\n  # e\n ', 'a: 1\nb:\n  c: x\n    # e\n\n# f\n'];
    for (const text of texts) {
      assert.ok(!Number.isNaN(compare(JSON.stringify(text.slice(0, 40)), text)), `${JSON.stringify(text)}: the fast parser should read it`);
    }
  });
});
