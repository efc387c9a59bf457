import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastData } from '../src/load/fast-parse.js';
import { loadReport, parseReport } from '../src/load/parse.js';
import { BUSY, edit, fixture, lintText } from './helpers.js';

const WRONG_TOTAL = edit(BUSY, [
  '  reconsideration:                  [2, 1, 0, 1, 4]',
  '  reconsideration:                  [2, 1, 0, 1, 5]',
]);
const positions = (text: string | Uint8Array) => lintText(text).map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('loading reports', () => {
  it('reports positions in UTF-8 with a BOM exactly as without', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(WRONG_TOTAL)]);
    assert.deepEqual(positions(withBom), ['61:50 appeals-total']);
    assert.deepEqual(positions(WRONG_TOTAL), ['61:50 appeals-total']);
  });

  it('keeps lines and columns right in CRLF files', () => {
    assert.deepEqual(positions(WRONG_TOTAL.replace(/\n/g, '\r\n')), ['61:50 appeals-total']);
  });

  it('reads UTF-16 with a BOM, little and big endian', () => {
    const utf16le = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return bytes;
    };
    const le = utf16le(WRONG_TOTAL);
    const be = new Uint8Array(le.length);
    be.set([0xfe, 0xff]);
    for (let i = 2; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    assert.deepEqual(positions(le), ['61:50 appeals-total']);
    assert.deepEqual(positions(be), ['61:50 appeals-total']);
  });

  it('reads GB18030/GBK files, with an encoding warning and the same positions', () => {
    // 示例 in GBK: ca be c0 fd (ca be is also a valid UTF-8 sequence; c0 never is).
    const bytes = new Uint8Array([...new TextEncoder().encode('agency: '), 0xca, 0xbe, 0xc0, 0xfd, 0x0a]);
    const report = loadReport('gbk.yaml', bytes);
    assert.equal(report.encoding, 'gb18030');
    assert.deepEqual(report.data, { agency: '示例' });
    assert.ok(positions(bytes).includes('1:1 encoding'));
  });

  it('turns bytes that are neither UTF-8 nor GB18030 into a parse finding, not a crash', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('agency: '), 0xff, 0xff, 0x0a]);
    const report = loadReport('bad.yaml', bytes);
    assert.equal(report.syntaxProblems[0]?.code, 'ENCODING');
    assert.match(report.syntaxProblems[0].detail, /byte 8 /);
    assert.deepEqual(positions(bytes), ['1:1 parse']);
  });

  it('reports a binary file (a NUL byte) as such', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    assert.equal(loadReport('image.png.yaml', bytes).syntaxProblems[0]?.code, 'BINARY');
    assert.deepEqual(
      lintText(bytes).map((d) => d.messageId),
      ['binary'],
    );
  });

  it('parses JSON with positions for every cell', () => {
    const json = JSON.stringify({ appeals: { reconsideration: [2, 1, 0, 1, 5] } }, null, 2);
    const diagnostics = lintText(json, { file: 'r.json' }).filter((d) => d.ruleId === 'appeals-total');
    assert.deepEqual(
      diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn]),
      [[8, 7, 8, 8]],
    );
  });

  it('an empty file is a schema finding', () => {
    assert.deepEqual(positions(''), ['1:1 schema']);
  });
});

describe('the fast parser (no positions) reads reports as the full parser does', () => {
  const files = ['sample-2023.yaml', 'valid', 'invalid', 'repository'].flatMap((entry) =>
    entry.endsWith('.yaml')
      ? [fixture(entry)]
      : readdirSync(fixture(entry), { recursive: true, encoding: 'utf8' })
          .filter((name) => /\.(?:ya?ml|json)$/.test(name))
          .map((name) => join(fixture(entry), name)),
  );
  for (const file of files) {
    it(file.slice(fixture('').length), () => {
      const text = readFileSync(file, 'utf8');
      const full = parseReport(file, text);
      const fast = fastData(text);
      if (full.syntaxProblems.length > 0) assert.equal(fast, undefined, 'a text the full parser rejects is not read fast');
      else if (fast) assert.deepEqual(fast.data, full.data);
    });
  }

  it('sends anything unusual to the full parser', () => {
    for (const text of [
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: 0x10',
      'a: 1_000',
      'a: .inf',
      '<<: {a: 1}',
      '---\na: 1',
      'a:\t1',
      'a: 1\na: 2',
      'a: [1',
    ]) {
      assert.equal(fastData(text), undefined, text);
    }
    assert.deepEqual(fastData('a: [1, ~, null]\nb: |\n  text\n'), { data: { a: [1, null, null], b: 'text\n' } });
  });
});
