import { type Command, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import { ruleDocsUrl } from '../../engine/docs-url.js';
import { uiText } from '../../engine/messages.js';
import type { Locale, Rule } from '../../engine/types.js';
import Table from '../../format/cli-table.js';
import { displayWidth, terminalWidth } from '../../format/width.js';
import { wrapToWidth } from '../../format/wrap.js';
import { RULES } from '../../rules/index.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN } from '../io.js';
import { unknownFormat, withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';

interface RulesOptions {
  readonly format: string;
  readonly locale?: string;
  readonly color?: boolean;
}

const FORMATS = ['table', 'json'];

const HEADERS: Record<Locale, readonly [string, string, string, string]> = {
  'zh-CN': ['规则', '默认级别', '说明', '文档'],
  en: ['rule', 'default', 'description', 'docs'],
};

/** Under a table too narrow for the links: where every rule's page is, and the command that shows it. */
const DOCS_FOOTER: Record<Locale, (pattern: string) => string[]> = {
  'zh-CN': (pattern) => ['每条规则的说明见', pattern, '或在终端运行 gov-report explain <规则>'],
  en: (pattern) => ["Each rule's page is", pattern, 'or run gov-report explain <rule>'],
};

const CELL_PADDING = 2;
/** A description column narrower than this reads badly: below it, the rules are listed down the page. */
const MIN_DESCRIPTION_WIDTH = 16;

function rulesJson(rules: readonly Rule[]): string {
  const entries = rules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    description: { 'zh-CN': rule.description['zh-CN'], en: rule.description.en },
    docs: ruleDocsUrl(rule.id),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Lines no wider than `width`: each piece on the current line if it fits, else on a line of its own (wrapped only when longer than a line). */
function flow(pieces: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(`${lines[last]} ${piece}`) <= width) lines[last] = `${lines[last]} ${piece}`;
    else lines.push(...wrapToWidth(piece, width));
  }
  return lines;
}

/**
 * The rules as a table that fits the terminal: with the full links when there is room for them; else
 * without them and one line saying where the pages are; in a very narrow terminal, a list down the page.
 * No line is longer than `width` and no word or link is broken.
 */
function rulesTable(rules: readonly Rule[], locale: Locale, chalk: ChalkInstance, width: number): string {
  const headers = HEADERS[locale];
  const severityWords = uiText(locale).severity;
  const widest = (texts: readonly string[]) => Math.max(...texts.map(displayWidth));
  const idWidth = widest([headers[0], ...rules.map((rule) => rule.id)]);
  const severityWidth = widest([headers[1], ...Object.values(severityWords)]);
  const docsWidth = widest([headers[3], ...rules.map((rule) => ruleDocsUrl(rule.id))]);
  const room = (columns: number, fixed: number) => width - (columns + 1) - CELL_PADDING * columns - fixed;
  const withDocs = room(4, idWidth + severityWidth + docsWidth) >= MIN_DESCRIPTION_WIDTH;
  // No wider than the longest description: a wide terminal gets a table as wide as it needs, not wider.
  const descriptionWidth = Math.min(
    widest([headers[2], ...rules.map((rule) => rule.description[locale])]),
    withDocs ? room(4, idWidth + severityWidth + docsWidth) : room(3, idWidth + severityWidth),
  );
  const severityOf = (rule: Rule) => (rule.severity === 'error' ? chalk.red : chalk.yellow)(severityWords[rule.severity]);
  const pattern = ruleDocsUrl('<rule>').replace('%3Crule%3E', '<rule>');
  const footer = withDocs ? '' : `\n${flow(DOCS_FOOTER[locale](pattern), width).join('\n')}\n`;

  if (descriptionWidth < MIN_DESCRIPTION_WIDTH) {
    const list = rules.map((rule) =>
      [
        flow([rule.id, severityWords[rule.severity]], width)
          .join('\n')
          .replace(rule.id, chalk.bold(rule.id))
          .replace(/\S+$/, severityOf(rule)),
        ...wrapToWidth(rule.description[locale], width - 2).map((line) => `  ${line}`),
      ].join('\n'),
    );
    return `${list.join('\n\n')}\n${footer}`;
  }

  const columns = withDocs ? headers : headers.slice(0, 3);
  const widths = [idWidth, severityWidth, descriptionWidth, ...(withDocs ? [docsWidth] : [])];
  const table = new Table({
    head: columns.map((header) => chalk.bold(header)),
    colWidths: widths.map((w) => w + CELL_PADDING),
    // Cells arrive wrapped already (see wrapToWidth); colours are chalk's, so that --color / NO_COLOR decide.
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const rule of rules) {
    table.push([
      chalk.bold(rule.id),
      severityOf(rule),
      wrapToWidth(rule.description[locale], descriptionWidth).join('\n'),
      ...(withDocs ? [chalk.cyan(ruleDocsUrl(rule.id))] : []),
    ]);
  }
  return `${table.toString()}\n${footer}`;
}

function rulesCommand(options: RulesOptions, io: CliIo): number {
  const locale = resolveLocale(options.locale, io.env);
  if (!FORMATS.includes(options.format)) throw unknownFormat(options.format, FORMATS);
  const table = () => rulesTable(RULES, locale, makeChalk(options.color, io.env, io.stdoutIsTTY), terminalWidth(io.columns, io.env));
  io.stdout(options.format === 'json' ? rulesJson(RULES) : table());
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
