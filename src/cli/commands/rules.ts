import Table from 'cli-table3';
import { type Command, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import { ruleDocsUrl } from '../../engine/docs-url.js';
import type { Locale, Rule, Severity } from '../../engine/types.js';
import { displayWidth } from '../../format/width.js';
import { wrapToWidth } from '../../format/wrap.js';
import { RULES } from '../../rules/index.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';
import { withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';

export interface RulesOptions {
  readonly format: string;
  readonly locale?: string;
  readonly color?: boolean;
}

const FORMATS = ['table', 'json'];

const HEADERS: Record<Locale, readonly [string, string, string, string]> = {
  'zh-CN': ['规则', '默认级别', '说明', '文档'],
  en: ['rule', 'default', 'description', 'docs'],
};

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告' },
  en: { error: 'error', warning: 'warning' },
};

const TABLE_WIDTH = 120;
/** Fits the longest piece of a docs URL broken after a slash: "gov-report/blob/v0.1.0/docs/rules/". */
const DOCS_WIDTH = 34;
const CELL_PADDING = 2;

function rulesJson(rules: readonly Rule[]): string {
  const entries = rules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    description: { 'zh-CN': rule.description['zh-CN'], en: rule.description.en },
    docs: ruleDocsUrl(rule.id),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function rulesTable(rules: readonly Rule[], locale: Locale, chalk: ChalkInstance): string {
  const headers = HEADERS[locale];
  const widest = (texts: readonly string[]) => Math.max(...texts.map(displayWidth));
  const idWidth = widest([headers[0], ...rules.map((rule) => rule.id)]);
  const severityWidth = widest([headers[1], ...Object.values(SEVERITY[locale])]);
  const borders = headers.length + 1;
  const descriptionWidth = Math.max(20, TABLE_WIDTH - borders - CELL_PADDING * headers.length - idWidth - severityWidth - DOCS_WIDTH);
  const widths = [idWidth, severityWidth, descriptionWidth, DOCS_WIDTH];

  const table = new Table({
    head: headers.map((header) => chalk.bold(header)),
    colWidths: widths.map((width) => width + CELL_PADDING),
    // Cells arrive wrapped already (see wrapToWidth); colours are chalk's, so that --color / NO_COLOR decide.
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const rule of rules) {
    const severity = SEVERITY[locale][rule.severity];
    const lines = (text: string, width: number, paint: (line: string) => string = (line) => line) =>
      wrapToWidth(text, width).map(paint).join('\n');
    table.push([
      chalk.bold(rule.id),
      rule.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity),
      lines(rule.description[locale], descriptionWidth),
      lines(ruleDocsUrl(rule.id), DOCS_WIDTH, (line) => chalk.cyan(line)),
    ]);
  }
  return `${table.toString()}\n`;
}

export function rulesCommand(options: RulesOptions, io: CliIo): number {
  const locale = resolveLocale(options.locale, io.env);
  if (!FORMATS.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (available: ${FORMATS.join(', ')})`);
  io.stdout(options.format === 'json' ? rulesJson(RULES) : rulesTable(RULES, locale, makeChalk(options.color, io.env, io.stdoutIsTTY)));
  return EXIT_CLEAN;
}

export function registerRules(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withLocaleAndColor(program.command('rules'), 'language of the table: zh-CN or en (default: from LC_ALL / LANG)')
    .description('list every rule: id, default severity, description and docs link')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('table'))
    .action((options: RulesOptions) => {
      setExitCode(rulesCommand(options, io));
    });
}
