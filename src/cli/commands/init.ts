import { rawFileUrl } from '../../engine/docs-url.js';
import { withOutputOption } from '../options.js';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderReport } from '../../model/render-yaml.js';
import type { Report } from '../../model/schema.js';
import {
  APPEAL_COLUMNS,
  APPEAL_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  isRowGroup,
  proactiveRows,
  RESULT_SINGLE_ROWS,
  resultEntries,
  TEMPLATES,
  type TemplateId,
  TEXT_SECTION_KEYS,
} from '../../model/template.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';

export interface InitOptions {
  readonly agency: string;
  readonly year?: string;
  readonly template?: string;
  readonly published?: string;
  readonly output?: string;
  readonly force?: boolean;
}

export interface BlankReportFields {
  readonly agency: string;
  readonly year: number;
  readonly published?: string;
}

const zeros = (count: number) => Array.from({ length: count }, () => 0);

/** A complete report of the template with every cell 0 and every text part empty. */
export function blankReport(template: TemplateId, fields: BlankReportFields): Report {
  const applicantRow = () => zeros(APPLICANT_COLUMNS.length);
  const proactive = Object.fromEntries(
    proactiveRows(template).map((spec) => [spec.key, spec.columns ? Object.fromEntries(spec.columns.map((c) => [c.key, 0])) : 0]),
  );
  const results = Object.fromEntries([
    ...resultEntries(template).map((entry) => [
      entry.key,
      isRowGroup(entry) ? Object.fromEntries(entry.rows.map((row) => [row.key, applicantRow()])) : applicantRow(),
    ]),
    [RESULT_SINGLE_ROWS.total.key, applicantRow()],
  ]);
  const text = Object.fromEntries(TEXT_SECTION_KEYS.map((key) => [key, '']));
  const report = {
    template,
    agency: fields.agency,
    year: fields.year,
    ...(fields.published !== undefined ? { published: fields.published } : {}),
    overview: text.overview,
    proactive,
    applications: {
      [APPLICATION_TOP_ROWS.new.key]: applicantRow(),
      [APPLICATION_TOP_ROWS.carried_over.key]: applicantRow(),
      results,
      [APPLICATION_TOP_ROWS.carried_forward.key]: applicantRow(),
    },
    appeals: Object.fromEntries(APPEAL_ROWS.map((row) => [row.key, zeros(APPEAL_COLUMNS.length)])),
    problems: text.problems,
    other_matters: text.other_matters,
  };
  return report as unknown as Report;
}

const SCHEMA_FILE = join('schemas', 'report.schema.json');

/** The installed package's report schema: found by walking up from this module (src/cli/commands, or dist once bundled). */
function packageSchema(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, SCHEMA_FILE);
    if (existsSync(candidate) && existsSync(join(directory, 'package.json'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

const toSlashes = (path: string) => path.split(sep).join('/');

/**
 * The modeline's schema: a path relative to the output file (or the working directory) when the schema
 * lies in the same project (a clone of gov-report, or gov-report in the project's node_modules), so the
 * report can be committed and opened on any machine; otherwise — a global install, whose path is this
 * machine's own — the schema's address at the released version.
 */
export function schemaPathFor(outputFile: string | undefined, cwd: string): string | undefined {
  const schema = existsSync(join(cwd, SCHEMA_FILE)) ? join(cwd, SCHEMA_FILE) : packageSchema();
  const inProject = schema !== undefined && !relative(cwd, schema).startsWith('..') && !isAbsolute(relative(cwd, schema));
  if (!inProject) return rawFileUrl('schemas/report.schema.json');
  return toSlashes(relative(outputFile === undefined ? cwd : dirname(outputFile), schema));
}

function yearOf(value: string | undefined, now: Date): number {
  if (value === undefined) return now.getFullYear() - 1;
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
    throw new UsageError(`--year takes a four-digit year between 2000 and 2100, got "${value}"`);
  }
  return Number(value);
}

function templateOf(value: string | undefined, year: number): TemplateId {
  if (value === undefined) return year <= 2020 ? '2019' : '2021';
  const template = TEMPLATES.find((t) => t === value);
  if (!template) throw new UsageError(`--template must be ${TEMPLATES.join(' or ')}, got "${value}"`);
  if (template === '2019' && year >= 2021) {
    throw new UsageError(`a report for ${year} uses the 2021 template (国办公开办函〔2021〕30号); the 2019 template is for 2019 and 2020`);
  }
  return template;
}

function publishedOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--published takes a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Writes a new file, never over an existing one unless `force`; failures are usage errors (exit 2). */
export function writeNew(file: string, shown: string, text: string, force: boolean): void {
  if (!force && existsSync(file)) throw new UsageError(`${shown} already exists (use --force to overwrite it)`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shown} already exists (use --force to overwrite it)`);
    throw new UsageError(`cannot write ${shown}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error))}`);
  }
}

export function initCommand(options: InitOptions, io: CliIo, now = new Date()): number {
  const agency = options.agency.trim();
  if (agency === '') throw new UsageError('--agency must name the publishing body');
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
