import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { uiText } from '../../engine/messages.js';
import type { Locale } from '../../engine/types.js';
import { closestWord } from '../../did-you-mean.js';
import { findRule, RULES } from '../../rules/index.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';
import { withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';

interface ExplainOptions {
  readonly locale?: string;
  readonly color?: boolean;
}

/**
 * The package's docs/rules folder: the nearest one above this module. The module is
 * dist/gov-report.js when bundled and src/cli/commands/explain.ts under tsx, so no fixed depth fits both.
 */
export function findRuleDocsFolder(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Markdown made readable in a terminal: headings bold without their #s, fenced code indented and dim. */
export function renderMarkdown(markdown: string, chalk: ChalkInstance): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker !== undefined) {
      fence = marker;
      continue;
    }
    if (fence !== undefined) {
      // A fence closes with a run of the same character at least as long as the one that opened it.
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      else out.push(line === '' ? '' : chalk.dim(`    ${line}`));
      continue;
    }
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of our own bundled docs, not user input
    const heading = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    out.push(heading ? chalk.bold(heading[1] ?? '') : line);
  }
  return `${out.join('\n')}\n`;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Z]/gi;

/**
 * The language a piece of a page is written in. English text quotes Chinese labels, and Chinese text
 * names identifiers, so neither alone decides: three English words make it English, else the Han
 * characters must outweigh the Latin letters.
 */
function languageOf(text: string): Locale {
  const prose = text
    .replace(/`[^`]*`/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\b[\w-]+\.(?:ya?ml|json|md)\b/g, '');
  // Quoted examples (“XX局”, “xxgk”) say nothing of the language they are quoted in.
  const words = prose.replace(/“[^”]*”|「[^」]*」/g, '').match(/(?<![\w-])(?:[a-z]{2,}|[A-Z][a-z]+)(?![\w-])/g)?.length ?? 0;
  if (words >= 3) return 'en';
  const han = prose.match(CJK)?.length ?? 0;
  const latin = prose.match(LATIN)?.length ?? 0;
  return han * 2 >= latin ? 'zh-CN' : 'en';
}

/** Lint output in a page's examples: its severity words say its language. */
const outputLanguage = (text: string): Locale | undefined =>
  /(?:^|\s)(?:错误|警告)(?:\s|$)/m.test(text) ? 'zh-CN' : /(?:^|\s)(?:error|warning)(?:\s|$)/m.test(text) ? 'en' : undefined;

const HEADINGS: Readonly<Record<string, string>> = {
  'What it checks': '检查内容',
  Why: '为什么',
  'Failing example': '不通过的例子',
  'Passing example': '通过的例子',
  'How to fix': '如何修改',
};

/**
 * A rule's page in one language. The pages are bilingual, each paragraph, list line and example output
 * given in Chinese and then in English; this keeps the reader's language, translates the headings, and in
 * YAML examples keeps the reader's side of a `# 中文 / English` comment.
 */
function pageIn(markdown: string, locale: Locale): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^ {0,3}(`{3,}|~{3,})(\w*)/.exec(line);
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim() === fence[1]);
      const end = close < 0 ? lines.length : close;
      out.push(line, ...codeIn(lines.slice(i + 1, end), fence[2] ?? '', locale), ...(close < 0 ? [] : [lines[end]!]));
      i = end;
      continue;
    }
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of our own bundled docs, not user input
    const heading = /^(#{2,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(locale === 'zh-CN' && HEADINGS[heading[2]!] ? `${heading[1]} ${HEADINGS[heading[2]!]}` : line);
      continue;
    }
    const severity = /^- Default severity: (\w+)$/.exec(line);
    if (severity) {
      out.push(locale === 'zh-CN' ? `- 默认级别：${uiText('zh-CN').severity[severity[1] === 'error' ? 'error' : 'warning']}` : line);
      continue;
    }
    // What a rule applies to is said in English only, and again in the Chinese description above it.
    if (/^- Applies to: /.test(line)) {
      if (locale === 'en') out.push(line);
      continue;
    }
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of our own bundled docs, not user input
    const item = /^(\s*[-*]\s+)(.*)$/.exec(line);
    if (item) {
      // A list item: its first line and the lines under it, one per language.
      const parts = [item[2]!];
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!) && !/^\s*[-*]\s/.test(lines[i + 1]!)) parts.push(lines[++i]!.trim());
      const kept = parts.filter((part) => languageOf(part) === locale);
      out.push(`${item[1]}${oneSide((kept.length > 0 ? kept : parts).join(' '), locale)}`);
      continue;
    }
    if (line.trim() === '' || line.startsWith('# ')) {
      out.push(line);
      continue;
    }
    const paragraph = [line];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !/^(?:#|\s*[-*]\s|\s*(?:`{3}|~{3}))/.test(lines[i + 1]!))
      paragraph.push(lines[++i]!);
    // A Chinese line or lines, then their English, in one paragraph.
    const english = paragraph.findIndex(
      (text, j) => j > 0 && languageOf(text) === 'en' && languageOf(paragraph.slice(0, j).join(' ')) === 'zh-CN',
    );
    if (english > 0) {
      out.push(...(locale === 'zh-CN' ? paragraph.slice(0, english) : paragraph.slice(english)));
      continue;
    }
    const whole = paragraph.join(' ');
    const side = oneSide(whole, locale);
    if (side !== whole) out.push(side);
    else if (languageOf(whole) === locale) out.push(...paragraph);
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** `中文 / English` on one line: the reader's side of the slash (the first slash with Chinese before it and English after). */
function oneSide(text: string, locale: Locale): string {
  for (const slash of text.matchAll(/ ?\/ /g)) {
    const [before, after] = [text.slice(0, slash.index).trimEnd(), text.slice(slash.index + slash[0].length)];
    if (languageOf(before) === 'zh-CN' && languageOf(after) === 'en' && CJK.test(before)) return locale === 'zh-CN' ? before : after;
  }
  return text;
}

/** An example in one language: lint output by its severity words, YAML comments by their side of ` / `. */
function codeIn(lines: readonly string[], info: string, locale: Locale): string[] {
  if (info === 'yaml' || info === 'yml') {
    return lines.map((line) =>
      // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of our own bundled docs, not user input
      line.replace(/#\s*(.*?)\s+\/\s+(.*)$/, (whole, first: string, second: string) => {
        if (languageOf(first) === languageOf(second)) return whole;
        return `# ${languageOf(first) === locale ? first : second}`;
      }),
    );
  }
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') groups.push([]);
    else groups[groups.length - 1]!.push(line);
  }
  const nonEmpty = groups.filter((group) => group.length > 0);
  const kept = nonEmpty.filter((group) => (outputLanguage(group.join('\n')) ?? locale) === locale);
  return (kept.length > 0 ? kept : nonEmpty).flatMap((group, i) => (i === 0 ? group : ['', ...group]));
}

function explainCommand(ruleId: string, options: ExplainOptions, io: CliIo): number {
  const locale = resolveLocale(options.locale, io.env);
  const rule = findRule(ruleId);
  if (!rule) {
    const suggestion = closestWord(
      ruleId,
      RULES.map((r) => r.id),
    );
    throw new UsageError({
      en: `unknown rule "${ruleId}" (${suggestion ? `did you mean "${suggestion}"?` : 'run `gov-report rules` for the list'})`,
      'zh-CN': `没有规则 "${ruleId}"（${suggestion ? `是否要写 "${suggestion}"？` : '运行 `gov-report rules` 查看全部规则'}）`,
    });
  }
  const folder = findRuleDocsFolder();
  const page = folder === undefined ? undefined : join(folder, `${rule.id}.md`);
  if (page === undefined || !existsSync(page))
    throw new UsageError({
      en: `the documentation of rule "${rule.id}" is missing from this installation`,
      'zh-CN': `本次安装缺少规则 "${rule.id}" 的说明文档`,
    });
  io.stdout(renderMarkdown(pageIn(readFileSync(page, 'utf8'), locale), makeChalk(options.color, io.env, io.stdoutIsTTY)));
  return EXIT_CLEAN;
}

export function registerExplain(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withLocaleAndColor(program.command('explain'), 'language of the page: zh-CN or en (default: from LC_ALL / LANG)')
    .description("show a rule's documentation: what it checks, why, a failing and a passing example, how to fix")
    .argument('<rule-id>', 'the rule, as listed by `gov-report rules`')
    .action((ruleId: string, options: ExplainOptions) => {
      setExitCode(explainCommand(ruleId, options, io));
    });
}
