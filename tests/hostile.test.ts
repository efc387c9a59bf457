/**
 * The hostile-input catalogue: every kind of broken, odd or malicious input a CI gate can meet, run
 * through the CLI's main() in process (on a thread that is given up after the case's time limit), or
 * through the built executable as a user would where the case is about the process (a read that may
 * never end, another user, capped memory, worker threads). Each entry states its exit code; every entry also
 * checks that there is no stack trace, that a tool failure (exit 2) is one line on stderr naming the
 * file, that a finding (exit 1) names the file and its position on stdout, that nothing hangs, and
 * that no input file is written.
 *
 * Entries marked `todo` describe behaviour the tool does not have yet: they run, and report, but do
 * not fail the suite.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BILLION_LAUGHS } from '../scripts/hostile-inputs.mjs';
import { BUSY, edit, encodeGb18030, encodeUtf16, ROOT, runBin, runCli, SAMPLE, STACK_TRACE, type CliRunWith } from './helpers.js';

const IS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
const ON_WINDOWS = process.platform === 'win32';

// ---- building inputs ----

const utf8 = (text: string) => new TextEncoder().encode(text);

/** 1-based line and column of `needle` inside the first line containing `lineNeedle`. */
function positionOf(text: string, lineNeedle: string, needle: string, nth = 0): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(lineNeedle));
  assert.ok(index >= 0, `no line with ${JSON.stringify(lineNeedle)}`);
  let column = -1;
  for (let i = 0; i <= nth; i++) column = lines[index]!.indexOf(needle, column + 1);
  assert.ok(column >= 0, `no ${JSON.stringify(needle)} on line ${index + 1}`);
  return { line: index + 1, column: column + 1 };
}

/** Line and column of the `item`-th value of the flow row on the line containing `lineNeedle`. */
function cellOf(text: string, lineNeedle: string, item: number): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(lineNeedle));
  assert.ok(index >= 0, `no line with ${JSON.stringify(lineNeedle)}`);
  const line = lines[index]!;
  let column = line.indexOf('[') + 1;
  for (let i = 0; i < item; i++) column = line.indexOf(',', column) + 1;
  while (line[column] === ' ') column++;
  return { line: index + 1, column: column + 1 };
}

const RECONSIDERATION = '  reconsideration:                  [0, 0, 0, 0, 0]';
/** The sample with 表四 行政复议 written as given (five cells). */
const withAppeal = (cells: string) => edit(SAMPLE, [RECONSIDERATION, `  reconsideration:                  [${cells}]`]);
/** The sample with 行政复议 总计 one too many: an appeals-total error at that cell. */
const WRONG_TOTAL = withAppeal('0, 0, 0, 0, 1');
const WRONG_TOTAL_AT = cellOf(WRONG_TOTAL, '  reconsideration:', 4);

/** A report whose 行政复议 总计 cell holds `value` (the other cells written so that 16, 15 or 1000 would balance). */
function numberCase(value: string, others = '0, 0, 0, 0'): string {
  return withAppeal(`${others}, ${value}`);
}

function nestedMaps(depth: number, indent: number): string {
  return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i * indent)}k${i}:`).join('\n')} 1\n`;
}

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

// ---- the table ----

interface Finding {
  readonly file: string;
  /** Position in the file; `any` when the tool cannot know one (bytes that are not text, a resource limit). */
  readonly at: { readonly line: number; readonly column: number } | 'any';
  readonly rule: string;
  readonly severity?: 'error' | 'warning';
  readonly message?: RegExp;
}

interface Case {
  readonly name: string;
  /** Creates the inputs in `dir` (the working directory of the run). */
  readonly make: (dir: string) => void;
  readonly args: readonly string[] | ((dir: string) => readonly string[]);
  readonly stdin?: Uint8Array;
  /** The exit code, or the codes allowed when more than one behaviour is acceptable. */
  readonly exit: 0 | 1 | 2 | readonly (0 | 1 | 2)[];
  /** exit 1 (and warnings at exit 0): findings that stdout must hold, one compact line each. */
  readonly findings?: readonly Finding[];
  /** exit 2: the file the one line on stderr must name, and what else it must say. */
  readonly failure?: { readonly file: string; readonly message?: RegExp };
  readonly stdout?: (stdout: string) => void;
  readonly todo?: string;
  readonly skip?: string | false;
  /** Run as an unprivileged user when the tests run as root (so that chmod 000 means something). */
  readonly unprivileged?: boolean;
  /**
   * The tool, if wrong, would wait for ever inside a system call (a pipe no one writes, a device without
   * end): a process of its own, which can be killed at the time limit, where a thread could not be.
   */
  readonly mayHang?: boolean;
  /**
   * Worker threads: run by the executable, whose threads start from the bundle (dist/worker.js) as users'
   * do. From source each thread would load tsx and the sources (cli.test.ts runs them so once).
   */
  readonly threads?: boolean;
  readonly timeoutMs?: number;
  /** Replaces the plain run (e.g. to cap memory). */
  readonly run?: (dir: string, args: readonly string[]) => CliRunWith;
}

const COMMON = ['lint', '--format', 'compact', '--locale', 'en', '--no-config'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function write(dir: string, name: string, content: string | Uint8Array): void {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

const CASES: readonly Case[] = [
  // ---------- encodings ----------
  {
    name: 'encoding: UTF-8 without a BOM, clean: silent, exit 0',
    make: (d) => write(d, 'clean.yaml', SAMPLE),
    args: ['clean.yaml'],
    exit: 0,
    stdout: (out) => assert.equal(out, ''),
  },
  {
    name: 'encoding: UTF-8 with a BOM: the finding at the same line and column as without',
    make: (d) => write(d, 'bom.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(WRONG_TOTAL)])),
    args: ['bom.yaml'],
    exit: 1,
    findings: [{ file: 'bom.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: UTF-16 LE with a BOM',
    make: (d) => write(d, 'utf16le.yaml', encodeUtf16(WRONG_TOTAL, 'le')),
    args: ['utf16le.yaml'],
    exit: 1,
    findings: [{ file: 'utf16le.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: UTF-16 BE with a BOM',
    make: (d) => write(d, 'utf16be.yaml', encodeUtf16(WRONG_TOTAL, 'be')),
    args: ['utf16be.yaml'],
    exit: 1,
    findings: [{ file: 'utf16be.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: GB18030/GBK, clean: decoded, an `encoding` warning at 1:1, exit 0',
    make: (d) => write(d, 'gbk.yaml', encodeGb18030(SAMPLE)),
    args: ['gbk.yaml'],
    exit: 0,
    findings: [{ file: 'gbk.yaml', at: { line: 1, column: 1 }, rule: 'encoding', severity: 'warning', message: /GB18030/ }],
  },
  {
    name: 'encoding: GB18030/GBK with an error: the warning and the finding at its place',
    make: (d) => write(d, 'gbk-wrong.yaml', encodeGb18030(WRONG_TOTAL)),
    args: ['gbk-wrong.yaml'],
    exit: 1,
    findings: [
      { file: 'gbk-wrong.yaml', at: { line: 1, column: 1 }, rule: 'encoding', severity: 'warning' },
      { file: 'gbk-wrong.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' },
    ],
  },
  {
    name: 'encoding: CRLF line ends keep lines and columns',
    make: (d) => write(d, 'crlf.yaml', WRONG_TOTAL.replace(/\n/g, '\r\n')),
    args: ['crlf.yaml'],
    exit: 1,
    findings: [{ file: 'crlf.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: CRLF and a BOM and GB18030 text positions (busy report, row total off by one)',
    make: (d) =>
      write(
        d,
        'crlf-gbk.yaml',
        encodeGb18030(
          edit(BUSY, [
            '  reconsideration:                  [2, 1, 0, 1, 4]',
            '  reconsideration:                  [2, 1, 0, 1, 5]',
          ]).replace(/\n/g, '\r\n'),
        ),
      ),
    args: ['crlf-gbk.yaml'],
    exit: 1,
    findings: [{ file: 'crlf-gbk.yaml', at: cellOf(BUSY, '  reconsideration:', 4), rule: 'appeals-total' }],
  },
  {
    name: 'encoding: a stray carriage return before the first line is a line break, and the finding stays at its place',
    make: (d) => write(d, 'stray-cr.yaml', `\r${WRONG_TOTAL}`),
    args: ['stray-cr.yaml'],
    exit: 1,
    // A lone CR is a line break, to YAML and to editors: the finding is one line lower.
    findings: [{ file: 'stray-cr.yaml', at: { line: WRONG_TOTAL_AT.line + 1, column: WRONG_TOTAL_AT.column }, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: CR-only line ends (classic Mac) keep lines and columns',
    make: (d) => write(d, 'cr-only.yaml', WRONG_TOTAL.replace(/\n/g, '\r')),
    args: ['cr-only.yaml'],
    exit: 1,
    findings: [{ file: 'cr-only.yaml', at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
  },
  {
    name: 'encoding: bytes that are neither UTF-8 nor GB18030: a parse finding naming the byte',
    make: (d) => write(d, 'garbage.yaml', new Uint8Array([...utf8('agency: '), 0xff, 0xff, 0x0a])),
    args: ['garbage.yaml'],
    exit: 1,
    findings: [{ file: 'garbage.yaml', at: 'any', rule: 'parse', message: /byte 8\b/ }],
  },
  {
    name: 'encoding: a UTF-8 BOM and nothing else',
    make: (d) => write(d, 'bom-only.yaml', new Uint8Array([0xef, 0xbb, 0xbf])),
    args: ['bom-only.yaml'],
    exit: 1,
    findings: [{ file: 'bom-only.yaml', at: { line: 1, column: 1 }, rule: 'schema' }],
  },
  {
    name: 'encoding: UTF-16 with an odd number of bytes and a lone surrogate',
    make: (d) => write(d, 'broken16.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0x20, 0x00, 0x00, 0xd8, 0x62])),
    args: ['broken16.yaml'],
    exit: 1,
    findings: [{ file: 'broken16.yaml', at: 'any', rule: 'schema' }],
  },
  {
    name: 'encoding: a UTF-16 report without a BOM is not mistaken for text',
    make: (d) => write(d, 'utf16-nobom.yaml', encodeUtf16(SAMPLE, 'le').subarray(2)),
    args: ['utf16-nobom.yaml'],
    exit: 1,
    findings: [{ file: 'utf16-nobom.yaml', at: 'any', rule: 'parse' }],
  },

  // ---------- YAML hazards ----------
  {
    name: 'yaml: an alias bomb (billion laughs) stops at the alias limit, quickly',
    make: (d) => write(d, 'bomb.yaml', BILLION_LAUGHS),
    args: ['bomb.yaml'],
    exit: 1,
    timeoutMs: 10_000,
    findings: [{ file: 'bomb.yaml', at: 'any', rule: 'parse', message: /alias/i }],
  },
  {
    name: 'yaml: an alias bomb inside a valid report',
    make: (d) =>
      write(
        d,
        'bomb-report.yaml',
        edit(SAMPLE, ['overview: |               # 一、总体情况', `x: ${BILLION_LAUGHS.split('\n').join('\n  ')}\noverview: |`]),
      ),
    args: ['bomb-report.yaml'],
    exit: 1,
    timeoutMs: 10_000,
    findings: [{ file: 'bomb-report.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'yaml: an alias whose anchor is never set is an invalid alias, at the alias (not a resource limit)',
    make: (d) => write(d, 'dangling.yaml', edit(SAMPLE, ['overview: |               # 一、总体情况', 'x: *nowhere\noverview: |'])),
    args: ['dangling.yaml', '--locale', 'en'],
    exit: 1,
    findings: [
      {
        file: 'dangling.yaml',
        at: { line: SAMPLE.split('\n').findIndex((l) => l.startsWith('overview: |')) + 1, column: 4 },
        rule: 'parse',
        message: /Invalid YAML alias \(\*nowhere: no anchor &nowhere is set before it\)/,
      },
    ],
  },
  {
    name: 'yaml: 100 000 nested flow brackets: refused at the 65th',
    make: (d) => write(d, 'deep-flow.yaml', `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    args: ['deep-flow.yaml'],
    exit: 1,
    findings: [{ file: 'deep-flow.yaml', at: { line: 1, column: 65 }, rule: 'parse', message: /nested/ }],
  },
  {
    name: 'yaml: 50 000 nested JSON objects',
    make: (d) => write(d, 'deep.json', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}\n`),
    args: ['deep.json'],
    exit: 1,
    findings: [{ file: 'deep.json', at: { line: 1, column: 5 * 64 + 1 }, rule: 'parse', message: /nested/ }],
  },
  {
    name: 'yaml: 20 000 nested block sequences (- - - …)',
    make: (d) => write(d, 'deep-dash.yaml', `${'- '.repeat(20_000)}x\n`),
    args: ['deep-dash.yaml'],
    exit: 1,
    findings: [{ file: 'deep-dash.yaml', at: 'any', rule: 'parse', message: /nested/ }],
  },
  {
    name: 'yaml: 300 nested block mappings, two spaces each',
    make: (d) => write(d, 'deep-map.yaml', nestedMaps(300, 2)),
    args: ['deep-map.yaml'],
    exit: 1,
    findings: [{ file: 'deep-map.yaml', at: 'any', rule: 'parse', message: /nested/ }],
  },
  {
    name: 'yaml: 250 nested block mappings, one space each (under the indentation limit)',
    make: (d) => write(d, 'deep-map1.yaml', nestedMaps(250, 1)),
    args: ['deep-map1.yaml'],
    exit: 1,
    findings: [{ file: 'deep-map1.yaml', at: 'any', rule: 'schema' }],
  },
  {
    name: 'yaml: a duplicate key is a parse error at the second place',
    make: (d) => write(d, 'dup.yaml', edit(SAMPLE, ['year: 2023\n', 'year: 2023\nagency: 另一个局\n'])),
    args: ['dup.yaml'],
    exit: 1,
    findings: [
      {
        file: 'dup.yaml',
        at: positionOf(edit(SAMPLE, ['year: 2023\n', 'year: 2023\nagency: 另一个局\n']), 'agency: 另一个局', 'agency'),
        rule: 'parse',
        message: /[Dd]uplicate/,
      },
    ],
  },
  {
    name: 'yaml: a duplicate key names both places (the first agency: on line 5)',
    make: (d) => write(d, 'dup-both.yaml', edit(SAMPLE, ['year: 2023\n', 'year: 2023\nagency: 另一个局\n'])),
    args: ['dup-both.yaml'],
    exit: 1,
    findings: [{ file: 'dup-both.yaml', at: { line: 7, column: 1 }, rule: 'parse', message: /(line 5\b|\b5:1\b)/ }],
  },
  {
    name: 'yaml: a duplicate key in a JSON report',
    make: (d) => write(d, 'dup.json', '{\n  "template": "2021",\n  "year": 2023,\n  "year": 2024\n}\n'),
    args: ['dup.json'],
    exit: 1,
    findings: [{ file: 'dup.json', at: { line: 4, column: 3 }, rule: 'parse', message: /[Dd]uplicate/ }],
  },
  {
    name: 'yaml: a duplicate key inside a table row group',
    make: (d) =>
      write(
        d,
        'dup-row.yaml',
        edit(SAMPLE, [
          '      state_secret:        [0, 0, 0, 0, 0, 0, 0]   # 1.属于国家秘密\n',
          '      state_secret:        [0, 0, 0, 0, 0, 0, 0]\n      state_secret:        [1, 0, 0, 0, 0, 0, 1]\n',
        ]),
      ),
    args: ['dup-row.yaml'],
    exit: 1,
    findings: [
      {
        file: 'dup-row.yaml',
        at: positionOf(
          edit(SAMPLE, [
            '      state_secret:        [0, 0, 0, 0, 0, 0, 0]   # 1.属于国家秘密\n',
            '      state_secret:        [0, 0, 0, 0, 0, 0, 0]\n      state_secret:        [1, 0, 0, 0, 0, 0, 1]\n',
          ]),
          '[1, 0, 0, 0, 0, 0, 1]',
          'state_secret',
        ),
        rule: 'parse',
      },
    ],
  },
  {
    name: 'yaml: custom and language tags are reported, never executed',
    make: (d) =>
      write(
        d,
        'tags.yaml',
        edit(SAMPLE, [
          'agency: 示例市政务服务和大数据管理局',
          `agency: !!python/object/apply:os.system ["touch ${join(d, 'PWNED')}"]\nsource: !!js/function "function () { require('fs').writeFileSync('${join(d, 'PWNED2')}', '') }"\nagency_kind: !custom department`,
        ]),
      ),
    args: ['tags.yaml'],
    exit: 1,
    findings: [
      { file: 'tags.yaml', at: { line: 5, column: 9 }, rule: 'parse', message: /python\/object/ },
      { file: 'tags.yaml', at: { line: 6, column: 9 }, rule: 'parse', message: /js\/function/ },
      { file: 'tags.yaml', at: { line: 7, column: 14 }, rule: 'parse', message: /!custom/ },
    ],
  },
  {
    name: 'yaml: a core tag (!!str) on a count is reported too',
    make: (d) => write(d, 'core-tag.yaml', numberCase('!!str 0')),
    args: ['core-tag.yaml'],
    exit: 1,
    findings: [{ file: 'core-tag.yaml', at: cellOf(numberCase('!!str 0'), '  reconsideration:', 4), rule: 'parse' }],
  },
  {
    name: 'yaml: a merge key (<<) is reported at the key',
    make: (d) => write(d, 'merge.yaml', edit(SAMPLE, [RECONSIDERATION, '  <<: {reconsideration: [0, 0, 0, 0, 0]}'])),
    args: ['merge.yaml'],
    exit: 1,
    findings: [
      {
        file: 'merge.yaml',
        at: positionOf(edit(SAMPLE, [RECONSIDERATION, '  <<: {reconsideration: [0, 0, 0, 0, 0]}']), '  <<:', '<<'),
        rule: 'any',
        message: /<</,
      },
    ],
  },
  {
    name: 'yaml: a merge key is one `parse` finding that says merge keys are not allowed (not a cascade of missing keys)',
    make: (d) => write(d, 'merge-parse.yaml', edit(SAMPLE, [RECONSIDERATION, '  <<: {reconsideration: [0, 0, 0, 0, 0]}'])),
    args: ['merge-parse.yaml'],
    exit: 1,
    findings: [
      {
        file: 'merge-parse.yaml',
        at: positionOf(edit(SAMPLE, [RECONSIDERATION, '  <<: {reconsideration: [0, 0, 0, 0, 0]}']), '  <<:', '<<'),
        rule: 'parse',
        message: /merge/i,
      },
    ],
    stdout: (out) => assert.doesNotMatch(out, /Missing/, 'no cascade of missing-key findings'),
  },
  {
    name: 'yaml: a merge key with an alias',
    make: (d) =>
      write(
        d,
        'merge-alias.yaml',
        edit(
          SAMPLE,
          [
            'appeals:                  # 四、政府信息公开行政复议、行政诉讼情况',
            'zero: &zero {reconsideration: [0, 0, 0, 0, 0]}\nappeals:\n  <<: *zero',
          ],
          [RECONSIDERATION + '   # 行政复议\n', ''],
        ),
      ),
    args: ['merge-alias.yaml'],
    exit: 1,
    findings: [{ file: 'merge-alias.yaml', at: 'any', rule: 'any' }],
  },
  ...(['.inf', '-.inf', '.nan', '.NaN', '0b101'] as const).map((value): Case => ({
    name: `numbers: ${value} in a count is a schema error at the cell, never arithmetic on it`,
    make: (d) => write(d, 'number.yaml', numberCase(value)),
    args: ['number.yaml'],
    exit: 1,
    findings: [{ file: 'number.yaml', at: cellOf(numberCase(value), '  reconsideration:', 4), rule: 'schema' }],
    stdout: (out) => assert.doesNotMatch(out, /appeals-total/),
  })),
  // Numbers the core schema reads but a published table never writes; each would balance the row if read.
  ...(
    [
      ['1e400', '0, 0, 0, 0'],
      ['-1e400', '0, 0, 0, 0'],
      ['1e3', '1000, 0, 0, 0'],
      ['1.5e1', '15, 0, 0, 0'],
      ['0x10', '10, 6, 0, 0'],
      ['0o17', '10, 5, 0, 0'],
      ['+12', '12, 0, 0, 0'],
      ['+.5', '0, 0, 0, 0'],
    ] as const
  ).map(([value, others]): Case => ({
    name: `numbers: ${value} (where it would balance) is a parse finding at the cell, not read silently`,
    make: (d) => write(d, 'number.yaml', numberCase(value, others)),
    args: ['number.yaml'],
    exit: 1,
    findings: [
      {
        file: 'number.yaml',
        at: cellOf(numberCase(value, others), '  reconsideration:', 4),
        rule: 'parse',
        message: new RegExp(escape(value)),
      },
    ],
    stdout: (out) => assert.doesNotMatch(out, /appeals-total/),
  })),
  {
    name: 'numbers: 1_000 is a schema error at the cell',
    make: (d) => write(d, 'underscore.yaml', numberCase('1_000', '1000, 0, 0, 0')),
    args: ['underscore.yaml'],
    exit: 1,
    findings: [{ file: 'underscore.yaml', at: cellOf(numberCase('1_000', '1000, 0, 0, 0'), '  reconsideration:', 4), rule: 'schema' }],
  },
  {
    name: 'numbers: 1_000 suggests 1000',
    make: (d) => write(d, 'underscore-hint.yaml', numberCase('1_000', '1000, 0, 0, 0')),
    args: ['underscore-hint.yaml'],
    exit: 1,
    findings: [
      {
        file: 'underscore-hint.yaml',
        at: cellOf(numberCase('1_000', '1000, 0, 0, 0'), '  reconsideration:', 4),
        rule: 'schema',
        message: /write 1000\b/,
      },
    ],
  },
  {
    name: 'numbers: -0 is zero (clean, exit 0)',
    make: (d) => write(d, 'minus-zero.yaml', numberCase('-0')),
    args: ['minus-zero.yaml'],
    exit: 0,
    stdout: (out) => assert.equal(out, ''),
  },
  {
    name: 'numbers: "１２" in full-width digits is a schema error that suggests 12',
    make: (d) => write(d, 'fullwidth.yaml', numberCase('"１２"', '12, 0, 0, 0')),
    args: ['fullwidth.yaml'],
    exit: 1,
    findings: [
      {
        file: 'fullwidth.yaml',
        at: cellOf(numberCase('"１２"', '12, 0, 0, 0'), '  reconsideration:', 4),
        rule: 'schema',
        message: /write 12 /,
      },
    ],
  },
  {
    name: 'numbers: unquoted １２ in full-width digits too',
    make: (d) => write(d, 'fullwidth-plain.yaml', numberCase('１２', '12, 0, 0, 0')),
    args: ['fullwidth-plain.yaml'],
    exit: 1,
    findings: [
      {
        file: 'fullwidth-plain.yaml',
        at: cellOf(numberCase('１２', '12, 0, 0, 0'), '  reconsideration:', 4),
        rule: 'schema',
        message: /write 12 /,
      },
    ],
  },
  {
    name: 'yaml: a %YAML directive and no document',
    make: (d) => write(d, 'directive.yaml', '%YAML 1.1\n'),
    args: ['directive.yaml'],
    exit: 1,
    findings: [{ file: 'directive.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'report: a year far outside the template (300000) is a schema finding, not a failed rule',
    make: (d) => write(d, 'year.yaml', edit(SAMPLE, ['year: 2023', 'year: 300000'])),
    args: ['year.yaml'],
    exit: 1,
    findings: [
      { file: 'year.yaml', at: positionOf(edit(SAMPLE, ['year: 2023', 'year: 300000']), 'year: 300000', '300000'), rule: 'schema' },
    ],
  },
  {
    name: 'yaml: two documents in one file',
    make: (d) => write(d, 'two-docs.yaml', `${SAMPLE}---\n${SAMPLE}`),
    args: ['two-docs.yaml'],
    exit: 1,
    findings: [{ file: 'two-docs.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'yaml: an implicit key over 1024 characters is a parse error',
    make: (d) => write(d, 'long-key.yaml', `${SAMPLE}${'k'.repeat(2000)}: 1\n`),
    args: ['long-key.yaml'],
    exit: 1,
    findings: [{ file: 'long-key.yaml', at: { line: SAMPLE.split('\n').length, column: 1 }, rule: 'parse' }],
  },
  {
    name: 'yaml: a table row continued on a line indented no deeper than its key is a parse error, whichever parser reads it',
    make: (d) =>
      write(
        d,
        'continued.yaml',
        edit(SAMPLE, ['  new:                     [0, 0, 0, 0, 0, 0, 0]', '  new:                     [0, 0, 0,\n  0, 0, 0, 0]']),
      ),
    args: ['continued.yaml'],
    exit: 1,
    findings: [{ file: 'continued.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'yaml: a quoted text continued on an unindented line is a parse error, whichever parser reads it',
    make: (d) =>
      write(
        d,
        'quoted.yaml',
        edit(SAMPLE, [
          'other_matters: |          # 六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。',
          'other_matters: "本年度未收取\n政府信息公开信息处理费。"',
        ]),
      ),
    args: ['quoted.yaml'],
    exit: 1,
    findings: [{ file: 'quoted.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'yaml: a comment right after a table row (]# …) is a parse error, whichever parser reads it',
    make: (d) =>
      write(
        d,
        'comment.yaml',
        edit(SAMPLE, ['  new:                     [0, 0, 0, 0, 0, 0, 0]   #', '  new:                     [0, 0, 0, 0, 0, 0, 0]#']),
      ),
    args: ['comment.yaml'],
    exit: 1,
    findings: [{ file: 'comment.yaml', at: 'any', rule: 'parse' }],
  },
  {
    name: 'yaml: a collection as a mapping key: findings on stdout, nothing on stderr',
    make: (d) => write(d, 'collection-key.yaml', `${SAMPLE}[1, 2]: 3\n`),
    args: ['collection-key.yaml'],
    exit: 1,
    findings: [{ file: 'collection-key.yaml', at: { line: SAMPLE.split('\n').length, column: 1 }, rule: 'schema' }],
  },
  {
    name: 'yaml: a blank line of 300 spaces (trailing whitespace) is not nesting',
    make: (d) => write(d, 'spaces.yaml', edit(SAMPLE, ['year: 2023\n', `year: 2023\n${' '.repeat(300)}\n`])),
    args: ['spaces.yaml'],
    exit: 0,
    stdout: (out) => assert.equal(out, ''),
  },
  {
    name: 'yaml: a 6 MB line of text',
    make: (d) => write(d, 'long-line.yaml', edit(SAMPLE, ['  坚持以公开为常态、不公开为例外。', `  ${'很长'.repeat(1_000_000)}`])),
    args: ['long-line.yaml'],
    exit: 0,
    timeoutMs: 20_000,
  },

  // ---------- files ----------
  {
    name: 'files: a file over the default 10 MB limit is refused with a clear message',
    make: (d) => write(d, 'huge.yaml', `${SAMPLE}${`# ${'x'.repeat(1022)}\n`.repeat(11 * 1024)}`),
    args: ['huge.yaml'],
    exit: 2,
    failure: { file: 'huge.yaml', message: /10\s?MB/ },
  },
  {
    name: 'files: the size limit is configurable (--max-file-size 0.001 MB refuses the 4 KB sample)',
    make: (d) => write(d, 'small.yaml', SAMPLE),
    args: ['--max-file-size', '0.001', 'small.yaml'],
    exit: 2,
    failure: { file: 'small.yaml', message: /over the limit/ },
  },
  {
    name: 'files: a file under a configured limit is linted normally',
    make: (d) => write(d, 'under.yaml', SAMPLE),
    args: ['--max-file-size', '1', 'under.yaml'],
    exit: 0,
  },
  {
    name: 'files: the size limit holds for stdin too',
    make: () => undefined,
    args: ['--max-file-size', '0.001', '-'],
    stdin: utf8(SAMPLE),
    exit: 2,
    failure: { file: '<stdin>', message: /over the limit/ },
  },
  {
    name: 'files: a size limit that is not a number is a usage error',
    make: (d) => write(d, 'report.yaml', SAMPLE),
    args: ['--max-file-size', 'lots', 'report.yaml'],
    exit: 2,
    failure: { file: '', message: /--max-file-size/ },
  },
  {
    name: 'files: one file over the limit among others: the others are still reported',
    make: (d) => {
      write(d, 'some/a-small.yaml', 'year: [1, 2]\n');
      write(d, 'some/b-large.yaml', `${SAMPLE}${'#\n'.repeat(10_000)}`);
    },
    args: ['--max-file-size', '0.01', 'some'],
    exit: 2,
    failure: { file: join('some', 'b-large.yaml'), message: /over the limit/ },
    stdout: (out) => assert.match(out, new RegExp(`^${escape(join('some', 'a-small.yaml'))}:1:1: error .*\\[schema\\]$`, 'm')),
  },
  {
    name: 'files: a link to /dev/zero ends at once, without reading until memory runs out',
    skip: ON_WINDOWS || !existsSync('/dev/zero') ? 'needs /dev/zero' : false,
    make: (d) => symlinkSync('/dev/zero', join(d, 'zero.yaml')),
    args: ['zero.yaml'],
    exit: [1, 2],
    failure: { file: 'zero.yaml' },
    timeoutMs: 8_000,
    // Capped so that the read cannot take the machine's memory with it.
    run: (dir, args) => {
      const result = spawnSync(
        'sh',
        ['-c', 'ulimit -v 3000000; exec "$0" "$@"', process.execPath, join(ROOT, 'bin/gov-report.js'), ...args],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '' },
          encoding: 'utf8',
          timeout: 8_000,
          killSignal: 'SIGKILL',
        },
      );
      const error: NodeJS.ErrnoException | undefined = result.error;
      const timedOut = error?.code === 'ETIMEDOUT';
      return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut };
    },
  },
  {
    name: 'files: a link to /dev/zero is refused as not a regular file',
    skip: ON_WINDOWS || !existsSync('/dev/zero') ? 'needs /dev/zero' : false,
    make: (d) => symlinkSync('/dev/zero', join(d, 'zero.yaml')),
    args: ['zero.yaml'],
    exit: 2,
    failure: { file: 'zero.yaml', message: /regular file|not a file|device/i },
    mayHang: true,
    timeoutMs: 8_000,
  },
  {
    name: 'files: a binary file (PNG bytes) is a parse finding',
    make: (d) =>
      write(
        d,
        'image.yaml',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      ),
    args: ['image.yaml'],
    exit: 1,
    findings: [{ file: 'image.yaml', at: { line: 1, column: 1 }, rule: 'parse', message: /binary/ }],
  },
  {
    name: 'files: binary bytes on stdin are a finding for <stdin>',
    make: () => undefined,
    args: ['-'],
    stdin: new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]),
    exit: 1,
    findings: [{ file: '<stdin>', at: { line: 1, column: 1 }, rule: 'parse', message: /binary/ }],
  },
  {
    name: 'files: an empty file',
    make: (d) => write(d, 'empty.yaml', ''),
    args: ['empty.yaml'],
    exit: 1,
    findings: [{ file: 'empty.yaml', at: { line: 1, column: 1 }, rule: 'schema' }],
  },
  {
    name: 'files: a directory passed where a file is expected (an empty folder named like a report)',
    make: (d) => mkdirSync(join(d, 'folder.yaml')),
    args: ['folder.yaml'],
    exit: 2,
    failure: { file: 'folder.yaml' },
  },
  {
    name: 'files: a directory given as --previous',
    make: (d) => {
      mkdirSync(join(d, 'last-year.yaml'));
      write(d, 'this-year.yaml', SAMPLE);
    },
    args: ['--previous', 'last-year.yaml', 'this-year.yaml'],
    exit: 2,
    failure: { file: 'last-year.yaml', message: /directory|not a regular file/ },
  },
  {
    name: 'files: a directory given as --config',
    make: (d) => {
      mkdirSync(join(d, 'config.yaml'));
      write(d, 'report.yaml', SAMPLE);
    },
    args: () => ['lint', '--format', 'compact', '--locale', 'en', '-c', 'config.yaml', 'report.yaml'],
    exit: 2,
    failure: { file: 'config.yaml' },
  },
  {
    name: 'files: a folder named like a report inside a walked folder is walked, not read',
    make: (d) => write(d, 'reports/2023.yaml/sample.yaml', SAMPLE),
    args: ['reports'],
    exit: 0,
  },
  {
    name: 'files: a symlink loop while walking a folder ends, and the report is linted once',
    make: (d) => {
      write(d, 'tree/a/report.yaml', WRONG_TOTAL);
      symlinkSync('..', join(d, 'tree/a/up'));
      symlinkSync('.', join(d, 'tree/a/self'));
      symlinkSync('loop2.yaml', join(d, 'tree/loop1.yaml'));
      symlinkSync('loop1.yaml', join(d, 'tree/loop2.yaml'));
    },
    args: ['tree'],
    exit: 1,
    findings: [{ file: join('tree', 'a', 'report.yaml'), at: WRONG_TOTAL_AT, rule: 'appeals-total' }],
    stdout: (out) => assert.equal(out.split('\n').filter((l) => l.includes('[appeals-total]')).length, 1, out),
  },
  {
    name: 'files: a symlinked report (and a symlinked folder) inside a walked folder are linted, not silently skipped',
    make: (d) => {
      write(d, 'elsewhere/real.yaml', WRONG_TOTAL);
      write(d, 'linked/own.yaml', SAMPLE);
      symlinkSync(join(d, 'elsewhere/real.yaml'), join(d, 'linked/link.yaml'));
      symlinkSync(join(d, 'elsewhere'), join(d, 'linked/sub'));
    },
    args: ['linked'],
    exit: 1,
    findings: [
      { file: join('linked', 'link.yaml'), at: WRONG_TOTAL_AT, rule: 'appeals-total' },
      { file: join('linked', 'sub', 'real.yaml'), at: WRONG_TOTAL_AT, rule: 'appeals-total' },
    ],
  },
  {
    name: 'files: a symlink loop named on the command line: one line, exit 2',
    make: (d) => symlinkSync('self.yaml', join(d, 'self.yaml')),
    args: ['self.yaml'],
    exit: 2,
    failure: { file: 'self.yaml' },
  },
  {
    name: 'files: a symlink loop named on the command line says it is a loop',
    make: (d) => symlinkSync('self.yaml', join(d, 'self.yaml')),
    args: ['self.yaml'],
    exit: 2,
    failure: { file: 'self.yaml', message: /loop|ELOOP/i },
  },
  {
    name: 'files: a dangling symlink',
    make: (d) => symlinkSync('nowhere.yaml', join(d, 'dangling.yaml')),
    args: ['dangling.yaml'],
    exit: 2,
    failure: { file: 'dangling.yaml' },
  },
  {
    name: 'files: a missing file',
    make: () => undefined,
    args: ['missing.yaml'],
    exit: 2,
    failure: { file: 'missing.yaml', message: /no such file/ },
  },
  {
    name: 'files: an unreadable file',
    skip: ON_WINDOWS ? 'POSIX permissions' : false,
    unprivileged: true,
    make: (d) => {
      write(d, 'secret.yaml', SAMPLE);
      chmodSync(join(d, 'secret.yaml'), 0o000);
    },
    args: ['secret.yaml'],
    exit: 2,
    failure: { file: 'secret.yaml', message: /permission denied/ },
  },
  {
    name: 'files: an unreadable folder met while walking',
    skip: ON_WINDOWS ? 'POSIX permissions' : false,
    unprivileged: true,
    make: (d) => {
      write(d, 'walk/ok.yaml', SAMPLE);
      write(d, 'walk/locked/report.yaml', SAMPLE);
      chmodSync(join(d, 'walk/locked'), 0o000);
    },
    args: ['walk'],
    exit: 2,
    failure: { file: join('walk', 'locked') },
  },
  {
    name: 'files: an unreadable file among readable ones: the others are still reported',
    skip: ON_WINDOWS ? 'POSIX permissions' : false,
    unprivileged: true,
    make: (d) => {
      write(d, 'mixed/a-wrong.yaml', WRONG_TOTAL);
      write(d, 'mixed/b-secret.yaml', SAMPLE);
      chmodSync(join(d, 'mixed/b-secret.yaml'), 0o000);
    },
    args: ['mixed'],
    exit: 2,
    failure: { file: join('mixed', 'b-secret.yaml'), message: /permission denied/ },
    stdout: (out) =>
      assert.match(
        out,
        new RegExp(
          `^${escape(join('mixed', 'a-wrong.yaml'))}:${WRONG_TOTAL_AT.line}:${WRONG_TOTAL_AT.column}: error .*\\[appeals-total\\]$`,
          'm',
        ),
      ),
  },
  {
    name: 'files: a named pipe (FIFO) named on the command line does not hang the run',
    skip: ON_WINDOWS ? 'no FIFOs' : false,
    make: (d) => assert.ok(mkfifo(join(d, 'pipe.yaml')), 'mkfifo'),
    args: ['pipe.yaml'],
    exit: 2,
    failure: { file: 'pipe.yaml' },
    mayHang: true,
    timeoutMs: 10_000,
  },
  {
    name: 'files: a named pipe inside a walked folder is skipped, no hang',
    skip: ON_WINDOWS ? 'no FIFOs' : false,
    make: (d) => {
      write(d, 'with-pipe/report.yaml', SAMPLE);
      assert.ok(mkfifo(join(d, 'with-pipe/pipe.yaml')), 'mkfifo');
    },
    args: ['with-pipe'],
    exit: 0,
    mayHang: true,
    timeoutMs: 10_000,
  },
  {
    // Named one by one: in a folder, the ones that are not reports by their content are skipped (files.test.ts).
    name: 'files: every hostile file named is reported, none lost, in path order',
    make: (d) => {
      write(d, 'zoo/a-binary.yaml', new Uint8Array([0x00, 0x01]));
      write(d, 'zoo/b-syntax.yaml', 'template: "2021"\nagency: "示例局\nyear: 2023\n');
      write(d, 'zoo/c-bomb.yaml', BILLION_LAUGHS);
      write(d, 'zoo/d-gbk.yaml', encodeGb18030(SAMPLE));
      write(d, 'zoo/e-wrong.yaml', WRONG_TOTAL);
      write(d, 'zoo/f-deep.json', '['.repeat(5000));
      write(d, 'zoo/g-empty.yml', '');
    },
    args: ['a-binary.yaml', 'b-syntax.yaml', 'c-bomb.yaml', 'd-gbk.yaml', 'e-wrong.yaml', 'f-deep.json', 'g-empty.yml'].map((name) =>
      join('zoo', name),
    ),
    exit: 1,
    findings: [
      { file: join('zoo', 'a-binary.yaml'), at: { line: 1, column: 1 }, rule: 'parse' },
      { file: join('zoo', 'b-syntax.yaml'), at: { line: 2, column: 9 }, rule: 'parse' },
      { file: join('zoo', 'c-bomb.yaml'), at: 'any', rule: 'parse' },
      { file: join('zoo', 'd-gbk.yaml'), at: { line: 1, column: 1 }, rule: 'encoding', severity: 'warning' },
      { file: join('zoo', 'e-wrong.yaml'), at: WRONG_TOTAL_AT, rule: 'appeals-total' },
      { file: join('zoo', 'f-deep.json'), at: { line: 1, column: 65 }, rule: 'parse' },
      { file: join('zoo', 'g-empty.yml'), at: { line: 1, column: 1 }, rule: 'schema' },
    ],
    stdout: (out) => {
      const files = out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(0, l.indexOf(':')));
      assert.deepEqual(files, [...files].sort(), 'grouped by file in path order');
    },
  },
  {
    name: 'files: the same hostile folder through worker threads gives the same findings',
    make: (d) => {
      write(d, 'zoo/a-binary.yaml', new Uint8Array([0x00, 0x01]));
      write(d, 'zoo/c-bomb.yaml', BILLION_LAUGHS);
      write(d, 'zoo/d-gbk.yaml', encodeGb18030(SAMPLE));
      write(d, 'zoo/e-wrong.yaml', WRONG_TOTAL);
    },
    args: ['--threads', '2', ...['a-binary.yaml', 'c-bomb.yaml', 'd-gbk.yaml', 'e-wrong.yaml'].map((name) => join('zoo', name))],
    threads: true,
    exit: 1,
    findings: [
      { file: join('zoo', 'a-binary.yaml'), at: { line: 1, column: 1 }, rule: 'parse' },
      { file: join('zoo', 'c-bomb.yaml'), at: 'any', rule: 'parse' },
      { file: join('zoo', 'd-gbk.yaml'), at: { line: 1, column: 1 }, rule: 'encoding', severity: 'warning' },
      { file: join('zoo', 'e-wrong.yaml'), at: WRONG_TOTAL_AT, rule: 'appeals-total' },
    ],
  },

  // ---------- messages ----------
  {
    name: 'messages: --output-file naming the input file does not overwrite it',
    make: (d) => write(d, 'overwrite.yaml', WRONG_TOTAL),
    args: ['-o', 'overwrite.yaml', 'overwrite.yaml'],
    exit: 2,
    failure: { file: 'overwrite.yaml' },
  },
];

// ---- running the table ----

let scratch = '';
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gov-report-hostile-'));
  // An unprivileged run must be able to enter the case folders.
  chmodSync(scratch, 0o755);
});
after(() => {
  // chmod 000 folders cannot be removed by an unprivileged owner; give permissions back first.
  const restore = (path: string) => {
    try {
      if (lstatSync(path).isSymbolicLink()) return;
      chmodSync(path, 0o755);
      if (lstatSync(path).isDirectory()) for (const entry of readdirSync(path)) restore(join(path, entry));
    } catch {
      // gone already
    }
  };
  restore(scratch);
  rmSync(scratch, { recursive: true, force: true });
});

/** Every regular file below `dir` with its bytes (links and pipes are not followed or opened). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const visit = (path: string) => {
    const stats = lstatSync(path);
    if (stats.isDirectory()) {
      if ((stats.mode & 0o500) !== 0o500) return (files.set(`${path}/`, Buffer.from(String(stats.mode))), undefined);
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stats.isFile()) {
      files.set(
        path,
        (stats.mode & 0o400) === 0 ? Buffer.from(`mode ${stats.mode} size ${stats.size} mtime ${stats.mtimeMs}`) : readFileSync(path),
      );
    } else {
      files.set(path, Buffer.from(stats.isSymbolicLink() ? 'link' : 'special'));
    }
  };
  visit(dir);
  return files;
}

function compactLine(finding: Finding): RegExp {
  const at = finding.at === 'any' ? '\\d+:\\d+' : `${finding.at.line}:${finding.at.column}`;
  const severity = finding.severity ?? 'error';
  const rule = finding.rule === 'any' ? '[\\w-]+' : escape(finding.rule);
  return new RegExp(`^${escape(finding.file)}:${at}: ${severity} .*\\[${rule}\\]$`);
}

describe('hostile input: the catalogue', () => {
  CASES.forEach((c, index) => {
    it(c.name, { ...(c.todo ? { todo: c.todo } : {}), ...(c.skip ? { skip: c.skip } : {}) }, () => {
      const dir = join(scratch, `case-${index}`);
      mkdirSync(dir, { mode: 0o755 });
      chmodSync(dir, 0o755);
      c.make(dir);
      const before = snapshot(dir);
      const args = typeof c.args === 'function' ? c.args(dir) : [...COMMON, ...c.args];
      const asNobody = c.unprivileged && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
      // A read that may never end, another user or threads of the bundle take a real process; the rest run main() here.
      const asProcess = c.mayHang === true || 'uid' in asNobody || c.threads === true;
      const run = c.run
        ? c.run(dir, args)
        : (asProcess ? runBin : runCli)(args, {
            cwd: dir,
            timeoutMs: c.timeoutMs ?? 30_000,
            ...(c.stdin ? { input: c.stdin } : {}),
            ...asNobody,
          });

      assert.ok(!run.timedOut, `hung: killed after ${c.timeoutMs ?? 30_000} ms`);
      assert.equal(run.signal, null, `killed by ${run.signal}; stderr: ${run.stderr.slice(0, 500)}`);
      assert.doesNotMatch(run.stdout, STACK_TRACE, 'no stack trace on stdout');
      assert.doesNotMatch(run.stderr, STACK_TRACE, 'no stack trace on stderr');
      const allowed: readonly (number | null)[] = typeof c.exit === 'number' ? [c.exit] : c.exit;
      assert.ok(
        allowed.includes(run.code),
        `exit code ${run.code}, expected ${allowed.join(' or ')}; stdout: ${run.stdout.slice(0, 800)} stderr: ${run.stderr.slice(0, 800)}`,
      );

      if (run.code === 2) {
        const lines = run.stderr.trimEnd().split('\n');
        assert.equal(lines.length, 1, `one line on stderr: ${run.stderr}`);
        assert.match(lines[0]!, /^gov-report: /);
        if (c.failure) {
          assert.ok(lines[0]!.includes(c.failure.file), `stderr names ${c.failure.file}: ${lines[0]}`);
          if (c.failure.message) assert.match(lines[0]!, c.failure.message);
        }
      } else {
        assert.equal(run.stderr, '', 'nothing on stderr');
      }
      for (const finding of run.code === 2 ? [] : (c.findings ?? [])) {
        const lines = run.stdout.split('\n').filter((line) => compactLine(finding).test(line));
        assert.ok(
          lines.length > 0,
          `no ${finding.rule} finding at ${finding.file}:${JSON.stringify(finding.at)} in stdout:\n${run.stdout.slice(0, 2000)}`,
        );
        if (finding.message)
          assert.ok(
            lines.some((line) => finding.message!.test(line)),
            `${finding.message} in:\n${lines.join('\n')}`,
          );
      }
      if (run.code === 1) {
        // Every line of compact output names a file and a position.
        for (const line of run.stdout.split('\n').filter(Boolean)) assert.match(line, /^.+:\d+:\d+: (error|warning) .* \[[\w-]+\]$/, line);
      }
      c.stdout?.(run.stdout);

      const after = snapshot(dir);
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file created or removed');
      for (const [path, bytes] of before) assert.ok(bytes.equals(after.get(path)!), `${path} is unchanged`);
      assert.ok(!existsSync(join(dir, 'PWNED')) && !existsSync(join(dir, 'PWNED2')), 'a tag was never executed');
    });
  });
});
