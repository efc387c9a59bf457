import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Chalk } from 'chalk';
import { findRuleDocsFolder, renderMarkdown } from '../src/cli/commands/explain.js';
import { wrapToWidth } from '../src/format/wrap.js';
import { REPOSITORY_URL } from '../src/engine/docs-url.js';
import { displayWidth } from '../src/format/width.js';
import { RULES } from '../src/rules/index.js';
import { assertOneLineOnStderr, ROOT, runBin, runCli } from './helpers.js';

// runCli runs main() in this process with the package version the bundler writes in; runBin runs the
// executable (`npm run build` first) where the bundle itself is under test.

const ESC = '\u001b';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** What ruleDocsUrl gives in the bundle, which knows the package version (from source it is 0.0.0-dev). */
const bundleDocsUrl = (id: string) => `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${id}.md`;
const pageOf = (id: string) => readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8');

describe('gov-report rules', () => {
  for (const [locale, headers, docs] of [
    ['zh-CN', ['规则', '默认级别', '说明', '错误', '警告'], '文档'],
    ['en', ['rule', 'default', 'description', 'error', 'warning'], 'docs'],
  ] as const) {
    for (const width of [80, 200]) {
      it(`draws a table in ${locale}, no colour when piped, within ${width} columns (the links in a column when they fit)`, () => {
        const run = runCli(['rules', '--locale', locale], { env: { COLUMNS: String(width) } });
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stderr, '');
        assert.ok(!run.stdout.includes(ESC), 'no escape codes when stdout is not a terminal');
        assert.match(run.stdout, /^┌.*┐\n/);
        for (const word of headers) assert.ok(run.stdout.includes(word), word);
        assert.equal(run.stdout.includes(`│ ${docs} `), width === 200, docs);
        for (const rule of RULES) assert.match(run.stdout, new RegExp(`^│ ${rule.id} +│`, 'm'), rule.id);
        for (const line of run.stdout.trimEnd().split('\n')) assert.ok(displayWidth(line) <= width, line);
      });
    }
  }

  it('the whole of each description and docs link is in the table, descriptions wrapped, links whole', () => {
    const run = runCli(['rules', '--locale', 'zh-CN'], { env: { COLUMNS: '200' } });
    const descriptionColumn = run.stdout
      .split('\n')
      .map((line) => line.split('│')[3] ?? '')
      .join('')
      .replace(/\s/g, '');
    const docsColumn = run.stdout
      .split('\n')
      .map((line) => line.split('│')[4] ?? '')
      .join('')
      .replace(/\s/g, '');
    for (const rule of RULES) {
      assert.ok(descriptionColumn.includes(rule.description['zh-CN'].replace(/\s/g, '')), rule.id);
      assert.ok(docsColumn.includes(bundleDocsUrl(rule.id)), rule.id);
    }
  });

  it('is coloured with --color, even when piped, and with FORCE_COLOR', () => {
    assert.ok(runCli(['rules', '--color']).stdout.includes(ESC));
    assert.ok(runCli(['rules'], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
    assert.ok(!runCli(['rules', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
  });

  it('--format json lists every rule with both descriptions and its docs URL (the executable)', () => {
    const run = runBin(['rules', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.endsWith('}\n]\n'));
    assert.deepEqual(
      JSON.parse(run.stdout),
      RULES.map((rule) => ({
        id: rule.id,
        severity: rule.severity,
        description: { 'zh-CN': rule.description['zh-CN'], en: rule.description.en },
        docs: bundleDocsUrl(rule.id),
      })),
    );
  });

  it('an unknown format or locale exits 2 with one line', () => {
    const format = runCli(['rules', '--format', 'xml']);
    assert.equal(format.code, 2);
    assertOneLineOnStderr(format, /xml/);
    const locale = runCli(['rules', '--locale', 'fr']);
    assert.equal(locale.code, 2);
    assertOneLineOnStderr(locale, /^gov-report: unknown locale "fr"/);
  });
});

describe('wrapToWidth', () => {
  it('breaks Chinese between characters and English between words, never past the width, losing nothing', () => {
    for (const rule of RULES) {
      for (const text of [rule.description['zh-CN'], rule.description.en, bundleDocsUrl(rule.id)]) {
        for (const width of [12, 30, 41]) {
          const lines = wrapToWidth(text, width);
          for (const line of lines) assert.ok(displayWidth(line) <= width, `${JSON.stringify(line)} > ${width}`);
          assert.equal(lines.join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
        }
      }
    }
  });

  it('keeps closing punctuation off the start of a line and breaks URLs after slashes', () => {
    assert.deepEqual(wrapToWidth('一二三四，五六', 8), ['一二三', '四，五六']);
    assert.deepEqual(wrapToWidth('one two three', 8), ['one two', 'three']);
    assert.deepEqual(wrapToWidth('https://example.org/docs/rules/x.md', 20), ['https://example.org/', 'docs/rules/x.md']);
  });
});

describe('gov-report explain', () => {
  for (const id of ['applications-balance', 'blank-cell']) {
    // The executable finds docs/rules beside its bundle, main() in this process beside the sources.
    it(`prints the page of ${id} with headings and code rendered, no fences${id === 'blank-cell' ? ' (the executable)' : ''}`, () => {
      const run = (id === 'blank-cell' ? runBin : runCli)(['explain', id]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.ok(!run.stdout.includes(ESC));
      const page = pageOf(id);
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], id, 'the title without its #');
      // In the run's language (English here): the page's English description, not its Chinese one.
      assert.ok(lines.includes(page.split('\n')[3]!), 'the description line');
      assert.ok(!lines.includes(page.split('\n')[2]!), 'the Chinese description is not printed in English');
      assert.ok(lines.includes('Failing example') && lines.includes('How to fix'));
      assert.ok(!run.stdout.includes('```'));
      assert.doesNotMatch(run.stdout, /^#/m);
      const failing = /## Failing example\n+```yaml\n([\s\S]*?)```/.exec(page)?.[1];
      assert.ok(failing, 'the page has a failing yaml example');
      // Example lines as written, their `# 中文 / English` comments down to the reader's side.
      for (const line of failing.split('\n').filter((l) => l !== '')) {
        const code = line.replace(/\s+#.*$/, '');
        assert.ok(
          lines.some((l) => l === `    ${code}` || l.startsWith(`    ${code} `)),
          line,
        );
      }
      const chinese = runCli(['explain', id, '--locale', 'zh-CN']);
      assert.ok(chinese.stdout.split('\n').includes(page.split('\n')[2]!), 'the Chinese description under zh-CN');
      assert.ok(chinese.stdout.split('\n').includes('不通过的例子'));
    });
  }

  it('is bold and dim with --color', () => {
    const run = runCli(['explain', 'parse', '--color']);
    assert.ok(run.stdout.startsWith(`${ESC}[1mparse${ESC}[22m\n`));
    assert.match(run.stdout, new RegExp(`^${ESC}\\[2m {4}applications:`, 'm'));
  });

  it('an unknown rule exits 2 with one line and a suggestion', () => {
    const typo = runCli(['explain', 'aplications-balance']);
    assert.equal(typo.code, 2);
    assertOneLineOnStderr(typo, /^gov-report: unknown rule "aplications-balance" \(did you mean "applications-balance"\?\)$/m);
    const nothingClose = runCli(['explain', 'no-such-rule-at-all']);
    assert.equal(nothingClose.code, 2);
    assertOneLineOnStderr(nothingClose, /^gov-report: unknown rule "no-such-rule-at-all" \(run `gov-report rules` for the list\)$/m);
  });

  it('finds docs/rules from the sources as well as from the bundle', () => {
    assert.equal(findRuleDocsFolder(), join(ROOT, 'docs/rules'));
    assert.equal(findRuleDocsFolder(join(ROOT, 'dist')), join(ROOT, 'docs/rules'));
  });

  it('renders headings, fences of either kind and leaves the rest', () => {
    const plain = new Chalk({ level: 0 });
    const markdown = '# title\n\ntext with `code` and **bold**\n\n~~~~yaml\na: 1\n```\n\nb: 2\n~~~~\n## Sub ##\n- item\n';
    assert.equal(renderMarkdown(markdown, plain), 'title\n\ntext with `code` and **bold**\n\n    a: 1\n    ```\n\n    b: 2\nSub\n- item\n');
  });
});

describe('gov-report schema', () => {
  for (const [args, file] of [
    [['schema'], 'report'],
    [['schema', 'report'], 'report'],
    [['schema', 'config'], 'config'],
  ] as const) {
    it(`${args.join(' ')} prints schemas/${file}.schema.json byte for byte`, () => {
      const run = runCli(args);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, readFileSync(join(ROOT, 'schemas', `${file}.schema.json`), 'utf8'));
    });
  }

  it('an unknown schema exits 2 naming the ones there are', () => {
    const run = runCli(['schema', 'reprot']);
    assert.equal(run.code, 2);
    assertOneLineOnStderr(run, /^gov-report: unknown schema "reprot" \(available: report, config\)$/m);
  });
});
