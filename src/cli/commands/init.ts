import { resolve } from 'node:path';
import type { Command } from 'commander';
import { renderReport } from '../../model/render-yaml.js';
import { blankReport } from '../../model/blank-report.js';
import { TEMPLATES, type TemplateId } from '../../model/template.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';
import { withOutputOption } from '../options.js';
import { schemaPathFor, writeNew } from '../output-file.js';

interface InitOptions {
  readonly agency: string;
  readonly year?: string;
  readonly template?: string;
  readonly published?: string;
  readonly output?: string;
  readonly force?: boolean;
}

function yearOf(value: string | undefined, now: Date): number {
  if (value === undefined) return now.getFullYear() - 1;
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
    throw new UsageError({
      en: `--year takes a four-digit year between 2000 and 2100, got "${value}"`,
      'zh-CN': `--year 需要 2000 至 2100 之间的四位年份，收到 "${value}"`,
    });
  }
  return Number(value);
}

function templateOf(value: string | undefined, year: number): TemplateId {
  if (value === undefined) return year <= 2020 ? '2019' : '2021';
  const template = TEMPLATES.find((t) => t === value);
  if (!template) {
    throw new UsageError({
      en: `--template must be ${TEMPLATES.join(' or ')}, got "${value}"`,
      'zh-CN': `--template 只能是 ${TEMPLATES.join(' 或 ')}，收到 "${value}"`,
    });
  }
  if (template === '2019' && year >= 2021) {
    throw new UsageError({
      en: `a report for ${year} uses the 2021 template (国办公开办函〔2021〕30号); the 2019 template is for 2019 and 2020`,
      'zh-CN': `${year} 年度的报告使用 2021 版模板（国办公开办函〔2021〕30号）；2019 版模板只用于 2019 和 2020 年度`,
    });
  }
  return template;
}

function publishedOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError({
      en: `--published takes a date as YYYY-MM-DD, got "${value}"`,
      'zh-CN': `--published 需要 YYYY-MM-DD 格式的日期，收到 "${value}"`,
    });
  }
  return value;
}

function initCommand(options: InitOptions, io: CliIo, now = new Date()): number {
  const agency = options.agency.trim();
  if (agency === '') throw new UsageError({ en: '--agency must name the publishing body', 'zh-CN': '--agency 需要填写发布报告的机关名称' });
  const year = yearOf(options.year, now);
  const template = templateOf(options.template, year);
  const published = publishedOf(options.published);
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const schemaPath = schemaPathFor(output, io.cwd);
  const text = renderReport(blankReport(template, { agency, year, ...(published ? { published } : {}) }), schemaPath ? { schemaPath } : {});
  if (output === undefined) io.stdout(text);
  else writeNew(output, options.output!, text, options.force === true);
  return EXIT_CLEAN;
}

export function registerInit(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withOutputOption(program.command('init'), 'output', 'write the report to a file instead of stdout')
    .description('write a complete blank report (every row, zeros, Chinese labels as comments)')
    .requiredOption('--agency <name>', 'the publishing body (发布机关)')
    .option('--year <n>', 'the report year (报告年度); default: last year')
    .option('--template <id>', 'the template: 2021, or 2019 for reports on 2019 and 2020 (default: by year)')
    .option('--published <YYYY-MM-DD>', 'the publication date (发布日期)')
    .option('--force', 'overwrite the output file if it exists')
    .action((options: InitOptions) => {
      setExitCode(initCommand(options, io));
    });
}
