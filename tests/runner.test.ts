/**
 * The runner's plumbing: reports grouped by agency before they are parsed (a guess that must never be
 * wrong), results handed on in the files' order as threads finish out of order, and output written file
 * by file.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { writeCorpus } from '../scripts/bench-corpus.mjs';
import { agencyKey } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { type FileOutcome, type FileTask, quickAgencyKey } from '../src/runner/batch.js';
import { InOrder } from '../src/runner/in-order.js';
import { withGroupingChecked } from '../src/runner/lint-files.js';
import { BUSY, encodeGb18030, encodeUtf16, filesUnder, ROOT, runBin, runCli, SAMPLE, scratchFolder } from './helpers.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** The agency the lint will group by: the parsed report's, none when the parser finds a fault. */
function parsedKey(bytes: Uint8Array): string | undefined {
  const report = loadReport('test.yaml', bytes);
  return report.syntaxProblems.length === 0 ? agencyKey(report.data) : undefined;
}

/** The quick reading may decline; it may never name an agency the parser does not. */
function assertNeverWrong(name: string, bytes: Uint8Array): string | undefined {
  const quick = quickAgencyKey(bytes);
  const parsed = parsedKey(bytes);
  if (quick !== undefined && parsed !== undefined) assert.equal(quick, parsed, name);
  return quick;
}

const SAMPLE_AGENCY = /^agency: (.*)$/m.exec(SAMPLE)![1]!;
const withAgencyLine = (line: string) => SAMPLE.replace(/^agency: .*$/m, line);

describe('the agency read before parsing', () => {
  it('is read without parsing from reports as people and our tools write them', () => {
    const data = loadReport('sample.yaml', encode(SAMPLE)).data;
    const plain: [string, string][] = [
      ['the sample', SAMPLE],
      ['the busy report', BUSY],
      ['pretty JSON', JSON.stringify(data, null, 2)],
      ['JSON on one line', JSON.stringify(data)],
      ['CRLF line ends', SAMPLE.replace(/\n/g, '\r\n')],
      ['a quoted value', withAgencyLine(`agency: "${SAMPLE_AGENCY}"`)],
      ['a single-quoted value with a comment', withAgencyLine(`agency: '${SAMPLE_AGENCY}'   # 机关`)],
      ['a comment after the value', withAgencyLine(`agency: ${SAMPLE_AGENCY}  # 机关`)],
      ['a document start', `---\n${SAMPLE}`],
      ['a directive and a document start', `%YAML 1.2\n---\n${SAMPLE}`],
    ];
    for (const [name, text] of plain) {
      const bytes = encode(text);
      assert.equal(assertNeverWrong(name, bytes), parsedKey(bytes), `${name}: not read without parsing`);
      assert.notEqual(parsedKey(bytes), undefined, name);
    }
  });

  it('is never wrong on the fixtures', () => {
    let read = 0;
    for (const file of filesUnder(join(ROOT, 'fixtures'), /\.(?:ya?ml|json)$/)) {
      if (assertNeverWrong(file, readFileSync(file)) !== undefined) read++;
    }
    assert.ok(read > 20, `only ${read} fixtures were read without parsing`);
  });

  it('declines, or agrees with the parser, wherever the text could be read otherwise', () => {
    const declined: [string, string | Uint8Array][] = [
      ['a plain value going on over the next line', withAgencyLine(`agency: ${SAMPLE_AGENCY}\n  第二行`)],
      ['… after a blank line', withAgencyLine(`agency: ${SAMPLE_AGENCY}\n\n  第二行`)],
      ['… after a comment line', withAgencyLine(`agency: ${SAMPLE_AGENCY}\n# 注\n  第二行`)],
      ['… after a lone CR', withAgencyLine(`agency: ${SAMPLE_AGENCY}\r\r  第二行`)],
      ['… with a tab', withAgencyLine(`agency: ${SAMPLE_AGENCY}\n\t第二行`)],
      ['an escape', withAgencyLine(`agency: "${SAMPLE_AGENCY}\\u5c40"`)],
      ['a doubled single quote', withAgencyLine(`agency: '${SAMPLE_AGENCY}''局'`)],
      ['a literal block', withAgencyLine(`agency: |\n  ${SAMPLE_AGENCY}`)],
      ['a folded block', withAgencyLine(`agency: >-\n  ${SAMPLE_AGENCY}`)],
      ['a tag', withAgencyLine(`agency: !!str ${SAMPLE_AGENCY}`)],
      ['an anchor', withAgencyLine(`agency: &a ${SAMPLE_AGENCY}`)],
      ['an alias', `name: &a ${SAMPLE_AGENCY}\n${withAgencyLine('agency: *a')}`],
      ['a flow sequence', withAgencyLine(`agency: [${SAMPLE_AGENCY}]`)],
      ['a number', withAgencyLine('agency: 12345')],
      ['null', withAgencyLine('agency: null')],
      ['a tilde', withAgencyLine('agency: ~')],
      ['true', withAgencyLine('agency: true')],
      ['a nested mapping', withAgencyLine(`agency:\n  name: ${SAMPLE_AGENCY}`)],
      ['a value with a colon and space', withAgencyLine(`agency: 甲: 乙`)],
      ['U+2028 inside the value', withAgencyLine(`agency: ${SAMPLE_AGENCY}\u2028乙`)],
      ['a second document', `agency: 甲机关\n---\n${SAMPLE}`],
      ['an indented key (inside a block)', withAgencyLine(`agency_note: |\n  agency: 乙机关\nagency: ${SAMPLE_AGENCY}`)],
      ['a flow mapping over several lines', `{\nagency: 甲机关,\nyear: 2023\n}\n`],
      ['a flow mapping with a comment', `{ # "agency": "乙"\n"agency": "甲机关" }\n`],
      ['JSON with an escape', `{"agency": "甲\\u673a关", "year": 2023}`],
      ['JSON whose first agency is nested', `{"meta": {"agency": "乙"}, "agency": "甲机关"}`],
      ['JSON with the agency only nested', `{"meta": {"agency": "乙"}}`],
      ['GB18030', encodeGb18030(SAMPLE)],
      ['UTF-16', encodeUtf16(SAMPLE, 'le')],
      ['the agency after 8 KB of comments', `${'# 注释\n'.repeat(1200)}${SAMPLE}`],
      ['the agency line cut at 8 KB', `${'#'.repeat(8180)}\nagency: ${'甲'.repeat(20)}\n  续\nyear: 2023\n`],
      ['the next line cut at 8 KB', `${'#'.repeat(8150)}\nagency: 甲机关\n${' '.repeat(60)}续\nyear: 2023\n`],
    ];
    for (const [name, text] of declined) {
      const bytes = typeof text === 'string' ? encode(text) : text;
      assertNeverWrong(name, bytes);
    }
    // Declined, not misread: these are read by the parser.
    assert.equal(quickAgencyKey(encode(withAgencyLine(`agency: ${SAMPLE_AGENCY}\n  第二行`))), undefined);
    assert.equal(quickAgencyKey(encode(`{"meta": {"agency": "乙"}}`)), undefined);
  });

  it('is never wrong on random edits around the agency line, in YAML and in JSON', () => {
    const pieces = [
      ...['\n', '\r', '\r\n', ' ', '  ', '\t', '#', ' #', ':', ': ', '"', "'", '\\', '|', '>', '-', '---', '...', ',', '[', '{', '}'],
      ...['&a', '*a', '!', '1', 'x', '甲', '\u2028', '\u0085', '\u00a0', '\ufeff', '\uFFFD'],
    ];
    const json = JSON.stringify(loadReport('sample.yaml', encode(SAMPLE)).data, null, 2);
    const bases = [
      { text: SAMPLE, at: SAMPLE.indexOf('agency:') },
      { text: json, at: json.indexOf('"agency"') },
    ];
    const edits = fc.array(
      fc.record({ offset: fc.integer({ min: -40, max: 80 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(fc.constantFrom(...bases), edits, ({ text: base, at }, changes) => {
        let text = base;
        for (const { offset, insert } of changes) {
          const position = Math.max(0, Math.min(text.length, at + offset));
          text = text.slice(0, position) + insert.join('') + text.slice(position);
        }
        assertNeverWrong('edited', encode(text)); // fast-check takes any returned value but true for a failure
        return true;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80), seed: Number(process.env.FUZZ_SEED ?? 2026) },
    );
  });
});

describe('results in the order of the files', () => {
  it('are handed on in index order whatever order they arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(40).keys()], { minLength: 40 }), (order) => {
        const delivered: number[] = [];
        const inOrder = new InOrder<{ index: number }>((item) => delivered.push(item.index));
        const arrived = new Set<number>();
        let run = 0;
        order.forEach((index, i) => {
          inOrder.add({ index });
          // Everything that could be handed on has been: the longest run 0, 1, 2 … among those arrived.
          arrived.add(index);
          while (arrived.has(run)) run++;
          assert.equal(delivered.length, run);
          assert.equal(inOrder.waiting, i + 1 - run);
        });
        assert.deepEqual(delivered, [...Array(40).keys()]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('a report grouped under another agency than it names is said, with its findings kept', () => {
    const task: FileTask = { index: 3, file: 'a/2023.yaml', absolute: '/a/2023.yaml', severities: [] };
    const outcome: FileOutcome = { index: 3, diagnostics: [], key: '甲机关' };
    assert.equal(withGroupingChecked(outcome, task, '甲机关'), outcome);
    assert.equal(withGroupingChecked({ ...outcome, key: undefined }, task, '乙机关').failure, undefined);
    const misread = withGroupingChecked(outcome, task, '乙机关');
    assert.match(misread.failure?.en ?? '', /^a\/2023\.yaml: its agency was read as "乙机关" .* as "甲机关" after, .*--threads 0/);
    assert.match(misread.failure?.['zh-CN'] ?? '', /^a\/2023\.yaml：发布机关在解析前读作 "乙机关"，解析后读作 "甲机关"，.*--threads 0/);
    assert.equal(misread.diagnosticsKept, true);
  });

  const scratch = scratchFolder('gov-report-runner-');

  it('threads give the files in path order when each agency spans folders (one folder a year)', () => {
    // 432 reports of 54 agencies over 8 years, a tenth with a fault: more than one batch of a thread, and
    // each agency's reports (linted together) far apart in path order.
    const faulty = writeCorpus(join(scratch.path(), 'by-year'), 432, { faulty: 0.1, byYear: true });
    // Through the bundle: its worker threads start from dist/worker.js, where threads from source load every module through tsx.
    const run = runBin(['lint', join(scratch.path(), 'by-year'), '--threads', '2', '--format', 'compact']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const files = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => relative(join(scratch.path(), 'by-year'), line.slice(0, line.indexOf('.yaml:') + 5)));
    assert.deepEqual(files, [...files].sort(), 'in path order');
    for (const file of faulty) assert.ok(files.includes(file), `${file} has a fault and no finding`);
    assert.ok(new Set(files.map((file) => file.split(sep)[0])).size >= 4, 'findings in several year folders');
  });

  it('an output file is written whole or not at all', () => {
    const out = join(scratch.path(), 'out', 'results.txt');
    const failed = runCli(['lint', join(scratch.path(), 'no-such-folder'), '-o', out]);
    assert.equal(failed.code, 2);
    assert.ok(!existsSync(out), 'no output file for a run that failed');
    assert.deepEqual(existsSync(join(scratch.path(), 'out')) ? readdirSync(join(scratch.path(), 'out')) : [], [], 'no temporary file left');
    const done = runCli(['lint', join(scratch.path(), 'by-year', '2021'), '-o', out, '--format', 'json']);
    assert.equal(done.stdout, '');
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length, 54);
    assert.deepEqual(readdirSync(join(scratch.path(), 'out')), ['results.txt']);
    // A folder where the file should go: one line, exit 2, the folder as it was.
    const intoFolder = runCli(['lint', join(scratch.path(), 'by-year', '2021'), '-o', join(scratch.path(), 'out')]);
    assert.equal(intoFolder.code, 2);
    assert.match(intoFolder.stderr, /^gov-report: cannot write .*out: is a directory\n$/);
    assert.deepEqual(readdirSync(join(scratch.path(), 'out')), ['results.txt']);
  });
});
