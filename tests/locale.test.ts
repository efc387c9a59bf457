import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CliIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

/**
 * One language per run: under --locale zh-CN, what lint, show, explain and SARIF say to a person has no
 * English in it. Identifiers stay as they are: rule ids, paths, the report's keys, option names,
 * acronyms (YAML, UTF-8), code (`…`) and the examples of a rule's page.
 */
const FIXTURES = [
  'fixtures/sample-2023.yaml',
  ...['valid', 'invalid'].flatMap((folder) =>
    readdirSync(join(ROOT, 'fixtures', folder))
      .filter((name) => /\.(?:ya?ml|json)$/.test(name))
      .map((name) => `fixtures/${folder}/${name}`),
  ),
];

const REPORT_KEYS = new Set<string>();
(function collectKeys(node: unknown): void {
  if (Array.isArray(node)) node.forEach(collectKeys);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) REPORT_KEYS.add(name);
      collectKeys(value);
    }
  }
})(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** The Latin words of a text that are not identifiers, paths, keys, acronyms or code. */
export function englishWords(text: string, quoted: string = ''): string[] {
  const prose = text
    .replace(/\bgov-report(?:-[a-z]+)*(?: [a-z]+)?/g, ' ')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/`[^`\n]*`/g, ' ')
    // Quoted examples of what a report might say (“XXL”, “xxgk”), not words of ours.
    .replace(/“[^”]*”/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?:[\w.~-]*\/)+[\w.<>~-]*|[\w-]+\.(?:ya?ml|json|md|txt|html|docx)\b/g, ' ')
    .replace(/(?<![\w-])--?[a-z][\w-]*/g, ' ');
  return (prose.match(/[A-Z][A-Z_'-]*[A-Z0-9]|[A-Z]/gi) ?? []).filter((word) => {
    if (RULE_IDS.has(word) || REPORT_KEYS.has(word) || quoted.includes(word)) return false;
    // Proper names (products a page tells the reader to use, the Dice coefficient) and the command.
    if (/^(?:Windows|Code|Excel|Word|WPS|Notepad|Markdown|Dice|lint)$/.test(word)) return false;
    if (/[_\d]/.test(word) || /^[A-Z0-9_-]+$/.test(word)) return false; // snake_case, UTF-8, YAML, GB18030, NUL
    if (/^(?:gov-report|null|true|false|agency_kind|template|agency|year|published|Tab|XX)$/.test(word)) return false;
    if (/^[a-z]+(?:-[a-z]+)+$/.test(word) && RULE_IDS.has(word)) return false;
    return word.length > 1;
  });
}

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { COLUMNS: '100' },
    cwd: ROOT,
    stdoutIsTTY: false,
    readStdin: () => Promise.resolve(new Uint8Array()),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** `quoted`: the report linted, whose own words (an unknown rule named in a directive …) may be quoted back. */
const assertChinese = (text: string, what: string, quoted = '') => assert.deepEqual([...new Set(englishWords(text, quoted))], [], what);
/** A fixture's own words: its values and its directives, not the comments that describe it. */
const textOf = (fixture: string) =>
  readFileSync(join(ROOT, fixture), 'latin1')
    .split('\n')
    .map((line) => (line.includes('gov-report-disable') ? line : line.replace(/(?:^|\s)#.*$/, '')))
    .join('\n');

describe('one language per run: zh-CN', () => {
  it('the scanner finds English and lets identifiers pass', () => {
    assert.deepEqual(englishWords('Missing part 「一、总体情况」'), ['Missing', 'part']);
    assert.deepEqual(
      englishWords('表三 applications-row-total 缺少键 other_matters（reports/2023.yaml，YAML，UTF-8，`null`，--no-ignore）'),
      [],
    );
  });

  it('lint, every fixture, every format a person reads (stylish, compact, junit)', async () => {
    for (const fixture of FIXTURES) {
      for (const format of ['stylish', 'compact']) {
        const result = await run(['lint', fixture, '--locale', 'zh-CN', '--no-config', '--format', format]);
        assertChinese(result.stdout + result.stderr, `${fixture} ${format}`, textOf(fixture));
      }
    }
  });

  it('the texts of SARIF: results, rule descriptions and help', async () => {
    for (const fixture of FIXTURES) {
      const result = await run(['lint', fixture, '--locale', 'zh-CN', '--no-config', '--format', 'sarif']);
      const log = JSON.parse(result.stdout) as {
        runs: {
          tool: { driver: { rules: { shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
          results: { message: { text: string } }[];
        }[];
      };
      const [runLog] = log.runs;
      const texts = [
        ...runLog!.results.map((r) => r.message.text),
        ...runLog!.tool.driver.rules.flatMap((r) => [r.shortDescription.text, r.fullDescription.text, r.help.text]),
      ];
      assertChinese(texts.join('\n'), fixture, textOf(fixture));
    }
  });

  it('show, every fixture', async () => {
    for (const fixture of FIXTURES) {
      const result = await run(['show', fixture, '--locale', 'zh-CN', '--no-config', '--no-color']);
      assertChinese(result.stdout + result.stderr, fixture, textOf(fixture));
    }
  });

  it('explain, every rule, its prose (the examples are code)', async () => {
    for (const rule of RULES) {
      const result = await run(['explain', rule.id, '--locale', 'zh-CN', '--no-color']);
      const prose = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('    '))
        .join('\n');
      assertChinese(prose, rule.id);
    }
  });

  it('explain --locale en has no Chinese paragraph', async () => {
    const result = await run(['explain', 'blank-cell', '--locale', 'en', '--no-color']);
    assert.doesNotMatch(result.stdout, /空白格含义不明/);
    assert.match(result.stdout, /A blank cell is ambiguous/);
  });

  it('rules', async () => {
    const result = await run(['rules', '--locale', 'zh-CN', '--no-color']);
    assertChinese(result.stdout, 'rules');
  });
});
