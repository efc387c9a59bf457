import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { CliIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { RULES } from '../src/rules/index.js';
import { ROOT, runMain, scratchFolder } from './helpers.js';

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

/**
 * A usage error (exit 2, one line on stderr) of every kind, with what its line must keep: the path,
 * option or value it names. `locale: false` for the commands that take no --locale (init, schema):
 * their language comes from the environment.
 */
interface UsageCase {
  readonly what: string;
  readonly args: readonly string[];
  readonly keeps: readonly string[];
  readonly locale?: false;
}

const SCRATCH = scratchFolder('gov-report-usage-');
const RULE = RULES[0]!.id;
/** Words a usage line names as they are typed: extensions, levels, formats, schemas, commands, a placeholder. */
const TYPED =
  'yaml yml json off warn error text stylish compact sarif github junit csv html report config show root rules ignores overrides name';

const USAGE_CASES: readonly UsageCase[] = [
  { what: 'missing file', args: ['lint', '报告.yaml'], keeps: ['报告.yaml'] },
  { what: 'folder without reports', args: ['lint', 'empty'], keeps: ['empty'] },
  { what: 'glob matching nothing', args: ['lint', 'empty/*.yaml'], keeps: ['empty/*.yaml'] },
  { what: 'files that are not reports', args: ['lint', 'notes'], keeps: ['notes'] },
  { what: '--max-warnings', args: ['lint', 'report.yaml', '--max-warnings', 'abc'], keeps: ['--max-warnings', '"abc"'] },
  { what: '--threads', args: ['lint', 'report.yaml', '--threads', 'many'], keeps: ['--threads', '"many"'] },
  { what: '--max-file-size value', args: ['lint', 'report.yaml', '--max-file-size', 'big'], keeps: ['--max-file-size', '"big"'] },
  { what: '--rule form', args: ['lint', 'report.yaml', '--rule', 'loud'], keeps: ['--rule', '"loud"'] },
  { what: '--rule unknown rule', args: ['lint', 'report.yaml', '--rule', 'no-such-rule=error'], keeps: ['"no-such-rule"'] },
  { what: '--rule level', args: ['lint', 'report.yaml', '--rule', `${RULE}=loud`], keeps: [RULE, '"loud"'] },
  { what: 'too large file', args: ['lint', 'report.yaml', '--max-file-size', '0.0001'], keeps: ['report.yaml', '--max-file-size', 'KB'] },
  {
    what: 'too large, said by a worker thread',
    args: ['lint', 'many', '--threads', '2', '--max-file-size', '0.0001'],
    keeps: ['--max-file-size', 'KB'],
  },
  {
    what: 'unknown rule in a config file',
    args: ['lint', 'report.yaml', '-c', 'unknown-rule.yaml'],
    keeps: ['unknown-rule.yaml:2:3', '"no-such-rule"'],
  },
  {
    what: 'unknown key in a config file',
    args: ['lint', 'report.yaml', '-c', 'unknown-key.yaml'],
    keeps: ['unknown-key.yaml:1:1', '"rulez"'],
  },
  { what: 'bad level in a config file', args: ['lint', 'report.yaml', '-c', 'bad-level.yaml'], keeps: ['bad-level.yaml:2:', `"${RULE}"`] },
  { what: 'config file not valid YAML', args: ['lint', 'report.yaml', '-c', 'broken.yaml'], keeps: ['broken.yaml:1:'] },
  {
    what: 'config value of the wrong type',
    args: ['lint', 'report.yaml', '-c', 'wrong-type.yaml'],
    keeps: ['wrong-type.yaml:1:', '"ignores"'],
  },
  { what: 'missing config file', args: ['lint', 'report.yaml', '-c', 'nowhere.yaml'], keeps: ['nowhere.yaml'] },
  { what: '--previous not a report', args: ['lint', 'report.yaml', '--previous', 'scalar.yaml'], keeps: ['--previous', 'scalar.yaml'] },
  { what: '--stdin-filename without -', args: ['lint', 'report.yaml', '--stdin-filename', 'x.yaml'], keeps: ['--stdin-filename'] },
  { what: 'unknown rule for explain', args: ['explain', 'no-such-rule'], keeps: ['"no-such-rule"'] },
  { what: 'show --format without --claims', args: ['show', 'report.yaml', '--format', 'json'], keeps: ['--format', '--claims'] },
  { what: 'unknown format of show --claims', args: ['show', 'report.yaml', '--claims', '--format', 'xml'], keeps: ['"xml"'] },
  { what: 'unknown locale', args: ['lint', 'report.yaml', '--locale', 'fr'], keeps: ['"fr"', 'zh-CN', 'en'], locale: false },
  { what: 'init --year', args: ['init', '--agency', '某局', '--year', '19'], keeps: ['--year', '"19"'], locale: false },
  { what: 'init --template', args: ['init', '--agency', '某局', '--template', '2020'], keeps: ['--template', '"2020"'], locale: false },
  {
    what: 'init 2019 template too late',
    args: ['init', '--agency', '某局', '--year', '2023', '--template', '2019'],
    keeps: ['2023', '2021', '2019'],
    locale: false,
  },
  {
    what: 'init --published',
    args: ['init', '--agency', '某局', '--published', '2024-02-30'],
    keeps: ['--published', '"2024-02-30"'],
    locale: false,
  },
  { what: 'init --agency', args: ['init', '--agency', ' '], keeps: ['--agency'], locale: false },
  {
    what: 'init over an existing file',
    args: ['init', '--agency', '某局', '-o', 'report.yaml'],
    keeps: ['report.yaml', '--force'],
    locale: false,
  },
  { what: 'unknown schema', args: ['schema', 'nope'], keeps: ['"nope"'], locale: false },
  { what: 'commander: unknown option', args: ['lint', 'report.yaml', '--formt', 'json'], keeps: ['--formt', '--format'] },
  { what: 'commander: unknown command', args: ['lnt'], keeps: ['lnt', 'lint'] },
  { what: 'commander: missing argument', args: ['explain'], keeps: ['rule-id'] },
  { what: 'commander: option without its value', args: ['lint', 'report.yaml', '-f'], keeps: ['-f, --format <name>'] },
  { what: 'commander: invalid choice', args: ['lint', 'report.yaml', '-f', 'xml'], keeps: ['-f, --format <name>', '"xml"', 'stylish'] },
  { what: 'commander: too many arguments', args: ['explain', RULE, 'extra'], keeps: ['explain', '1', '2'] },
  { what: 'commander: missing mandatory option', args: ['init'], keeps: ['--agency <name>'], locale: false },
];

/** `--locale` right after the command, where no option before it can take it for its value. */
const withLocale = (args: readonly string[], locale: string) => [args[0]!, '--locale', locale, ...args.slice(1)];
const usageRun = (args: readonly string[], env: Record<string, string> = {}) => runMain(args, { cwd: SCRATCH.path(), env });

describe('one language per run: usage errors', () => {
  before(() => {
    SCRATCH.write('report.yaml', readFileSync(join(ROOT, 'fixtures/sample-2023.yaml')));
    SCRATCH.write('empty/README.txt', 'no reports here\n');
    SCRATCH.write('notes/a.yaml', 'just a sentence\n');
    for (const name of ['a', 'b', 'c', 'd']) SCRATCH.write(`many/${name}.yaml`, readFileSync(join(ROOT, 'fixtures/sample-2023.yaml')));
    SCRATCH.write('unknown-rule.yaml', 'rules:\n  no-such-rule: error\n');
    SCRATCH.write('unknown-key.yaml', 'rulez: {}\n');
    SCRATCH.write('bad-level.yaml', `rules:\n  ${RULE}: loud\n`);
    SCRATCH.write('broken.yaml', 'rules: [\n');
    SCRATCH.write('wrong-type.yaml', 'ignores: 3\n');
    SCRATCH.write('scalar.yaml', 'just a sentence\n');
  });

  const assertUsageLine = (result: { code: number | null; stdout: string; stderr: string }, what: string) => {
    assert.equal(result.code, 2, `${what}: ${result.stderr}`);
    assert.equal(result.stdout, '', what);
    // One line; one per file for files that could not be read, said after the others were linted.
    assert.match(result.stderr, /^(?:gov-report: [^\n]+\n)+$/, what);
  };

  for (const { what, args, keeps, locale } of USAGE_CASES) {
    it(`${what}: Chinese under --locale zh-CN and under LANG=zh_CN.UTF-8, keeping ${keeps.join(' ')}`, async () => {
      const runs = [await usageRun(args, { LANG: 'zh_CN.UTF-8' })];
      if (locale !== false)
        runs.push(await usageRun(withLocale(args, 'zh-CN')), await usageRun(args, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }));
      for (const result of runs) {
        assertUsageLine(result, what);
        assertChinese(result.stderr, what, `${keeps.join(' ')} ${TYPED}`);
        assert.match(result.stderr, /[\u4e00-\u9fff]/, `${what}: ${result.stderr}`);
        for (const kept of keeps) assert.ok(result.stderr.includes(kept), `${what} keeps ${kept}: ${result.stderr}`);
      }
      const english = await usageRun(args);
      assertUsageLine(english, what);
      // Under en no Chinese but what the line names (a path, the number of a document).
      const named = keeps.reduce((text, kept) => text.split(kept).join(' '), english.stderr.replace(/国办公开办函〔\d+〕\d+号/, ' '));
      assert.doesNotMatch(named, /[\u4e00-\u9fff]/, `${what}: ${english.stderr}`);
      if (locale !== false) assert.equal((await usageRun(withLocale(args, 'en'), { LANG: 'zh_CN.UTF-8' })).stderr, english.stderr, what);
    });
  }

  it('English lines stay as they were', async () => {
    const line = async (args: readonly string[]) => (await usageRun(args)).stderr;
    assert.equal(await line(['lint', '报告.yaml']), 'gov-report: no such file or directory: 报告.yaml\n');
    assert.equal(
      await line(['lint', 'report.yaml', '--max-warnings', 'abc']),
      'gov-report: --max-warnings takes a whole number ≥ 0 (or -1 for no limit), got "abc"\n',
    );
    assert.equal(await line(['lint', 'empty']), 'gov-report: no reports (.yaml, .yml, .json) found in empty\n');
    assert.equal(
      await line(['lint', 'report.yaml', '-c', 'unknown-rule.yaml']),
      'gov-report: invalid config unknown-rule.yaml:2:3: unknown rule "no-such-rule"\n',
    );
    assert.equal(await line(['lint', 'report.yaml', '--formt', 'json']), "gov-report: unknown option '--formt' (Did you mean --format?)\n");
    assert.equal(
      await line(['lint', 'report.yaml', '-f', 'xml']),
      "gov-report: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, compact, json, sarif, github, junit, csv, html.\n",
    );
    assert.equal(await line(['explain']), "gov-report: error: missing required argument 'rule-id'\n".replace('error: ', ''));
    assert.equal(await line(['explain', RULE, 'extra']), "gov-report: too many arguments for 'explain'. Expected 1 argument but got 2.\n");
  });

  it('the Chinese lines read as written', async () => {
    const line = async (args: readonly string[]) => (await usageRun([...args, '--locale', 'zh-CN'])).stderr;
    assert.equal(await line(['lint', '报告.yaml']), 'gov-report: 找不到文件或文件夹：报告.yaml\n');
    assert.equal(
      await line(['lint', 'report.yaml', '--max-warnings', 'abc']),
      'gov-report: --max-warnings 需要一个不小于 0 的整数（-1 表示不限），收到 "abc"\n',
    );
    assert.equal(await line(['lint', 'report.yaml', '--formt', 'json']), 'gov-report: 没有选项 --formt（是否要写 --format？）\n');
  });

  it('every UsageError in src/ is given both languages, not a plain string', () => {
    const plain: string[] = [];
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
      );
    let sites = 0;
    for (const file of files(join(ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/new UsageError\(\s*(\S)/g)) {
        sites += 1;
        // An object of texts, or (in the thread that re-throws a worker's error) the texts it carried.
        if (match[1] !== '{' && !/^new UsageError\(reply\.texts\)/.test(source.slice(match.index)))
          plain.push(`${file}: ${source.slice(match.index, match.index + 60)}`);
      }
    }
    assert.ok(sites > 30, `found only ${sites} sites: the scan is broken`);
    assert.deepEqual(plain, []);
  });
});
