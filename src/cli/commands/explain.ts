import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { closestWord } from '../../did-you-mean.js';
import { findRule, RULES } from '../../rules/index.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';
import { withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';

export interface ExplainOptions {
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
    const heading = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    out.push(heading ? chalk.bold(heading[1] ?? '') : line);
  }
  return `${out.join('\n')}\n`;
}

export function explainCommand(ruleId: string, options: ExplainOptions, io: CliIo): number {
  // The pages are bilingual, so the locale only has to be a valid one.
  resolveLocale(options.locale, io.env);
  const rule = findRule(ruleId);
  if (!rule) {
    const suggestion = closestWord(ruleId, RULES.map((r) => r.id));
    throw new UsageError(
      `unknown rule "${ruleId}" (${suggestion ? `did you mean "${suggestion}"?` : 'run `gov-report rules` for the list'})`,
    );
  }
  const folder = findRuleDocsFolder();
  const page = folder === undefined ? undefined : join(folder, `${rule.id}.md`);
  if (page === undefined || !existsSync(page)) throw new UsageError(`the documentation of rule "${rule.id}" is missing from this installation`);
  io.stdout(renderMarkdown(readFileSync(page, 'utf8'), makeChalk(options.color, io.env, io.stdoutIsTTY)));
  return EXIT_CLEAN;
}

export function registerExplain(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withLocaleAndColor(program.command('explain'), 'zh-CN or en (the pages are in both languages)')
    .description("show a rule's documentation: what it checks, why, a failing and a passing example, how to fix")
    .argument('<rule-id>', 'the rule, as listed by `gov-report rules`')
    .action((ruleId: string, options: ExplainOptions) => {
      setExitCode(explainCommand(ruleId, options, io));
    });
}
