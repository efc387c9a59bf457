import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { type Command, Option } from 'commander';
import { configSourceOf } from '../../config/resolve.js';
import { normaliseSeverity } from '../../config/load.js';
import { SEVERITY_SETTINGS, type SeverityWord } from '../../config/schema.js';
import { type FileResult, isSuppressed, type SeveritySetting } from '../../engine/types.js';
import { FORMAT_NAMES, formatterNamed, streamFormatterNamed } from '../../format/index.js';
import { streamWriter } from '../../format/stream.js';
import type { FormatContext } from '../../format/types.js';
import { DEFAULT_MAX_BYTES } from '../../load/read.js';
import { closestWord } from '../../did-you-mean.js';
import { RULES } from '../../rules/index.js';
import { lintFiles, RULE_IDS } from '../../runner/lint-files.js';
import { VERSION } from '../../version.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TOOL_FAILURE, UsageError } from '../io.js';
import { unknownFormat, withConfig, withLocaleAndColor, withOutputOption } from '../options.js';
import { fileSink, type OutputSink, stdoutSink } from '../output-sink.js';
import { uiText } from '../../engine/messages.js';
import { resolveLocale } from '../locale.js';

interface LintOptions {
  readonly format: string;
  readonly outputFile?: string;
  readonly maxWarnings?: string;
  readonly quiet?: boolean;
  readonly config?: string | false;
  readonly rule: readonly string[];
  readonly stdinFilename?: string;
  readonly previous?: string;
  readonly threads?: string;
  readonly maxFileSize?: string;
  readonly locale?: string;
  readonly color?: boolean;
  /** false with `--no-ignore`. */
  readonly ignore?: boolean;
  readonly reportsOnly?: boolean;
}

/** `--rule id=level`, repeatable; unknown ids and levels are usage errors. */
function commandLineRules(entries: readonly string[]): Map<string, SeveritySetting> {
  const rules = new Map<string, SeveritySetting>();
  for (const entry of entries) {
    const match = /^([\w-]+)\s*[=:]\s*(\w+)$/.exec(entry);
    if (!match) {
      throw new UsageError({
        en: `--rule takes id=level (off, warn or error), got "${entry}"`,
        'zh-CN': `--rule 的写法是 规则=级别（off、warn 或 error），收到 "${entry}"`,
      });
    }
    const [, id, level] = match as unknown as [string, string, string];
    if (!RULE_IDS.includes(id)) {
      const suggestion = closestWord(id, RULE_IDS);
      throw new UsageError({
        en: `unknown rule "${id}" in --rule${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        'zh-CN': `--rule 中没有规则 "${id}"${suggestion ? `（是否要写 "${suggestion}"？）` : ''}`,
      });
    }
    if (!SEVERITY_SETTINGS.includes(level as SeverityWord)) {
      throw new UsageError({
        en: `--rule ${id}: level must be off, warn or error, got "${level}"`,
        'zh-CN': `--rule ${id}：级别只能是 off、warn 或 error，收到 "${level}"`,
      });
    }
    const setting = normaliseSeverity(level as SeverityWord);
    if (RULES.find((rule) => rule.id === id)?.fatal && setting !== 'error') {
      throw new UsageError({
        en: `--rule ${id}=${level}: ${id} is always an error (a file that cannot be read as a report is never linted clean)`,
        'zh-CN': `--rule ${id}=${level}：${id} 始终是错误（无法作为报告读取的文件不会被判为通过）`,
      });
    }
    rules.set(id, normaliseSeverity(level as SeverityWord));
  }
  return rules;
}

function maxFileSizeOf(option: string | undefined): number {
  if (option === undefined) return DEFAULT_MAX_BYTES;
  if (!/^\d+(?:\.\d+)?$/.test(option) || Number(option) <= 0) {
    throw new UsageError({
      en: `--max-file-size takes a size in MB, got "${option}"`,
      'zh-CN': `--max-file-size 需要一个以 MB 为单位的大小，收到 "${option}"`,
    });
  }
  return Math.round(Number(option) * 1024 * 1024);
}

function threadsOf(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  if (!/^\d+$/.test(option)) {
    throw new UsageError({
      en: `--threads takes a whole number ≥ 0, got "${option}"`,
      'zh-CN': `--threads 需要一个不小于 0 的整数，收到 "${option}"`,
    });
  }
  return Number(option);
}

/** `--max-warnings n`; -1 means no limit, as in ESLint. */
function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '-1') return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError({
      en: `--max-warnings takes a whole number ≥ 0 (or -1 for no limit), got "${value}"`,
      'zh-CN': `--max-warnings 需要一个不小于 0 的整数（-1 表示不限），收到 "${value}"`,
    });
  }
  return Number(value);
}

async function lintCommand(paths: readonly string[], options: LintOptions, io: CliIo): Promise<number> {
  const locale = resolveLocale(options.locale, io.env);
  // Formats that can be written file by file are, so a large run never holds every finding.
  const stream = streamFormatterNamed(options.format);
  const formatter = stream ? undefined : await formatterNamed(options.format);
  if (!stream && !formatter) throw unknownFormat(options.format, FORMAT_NAMES);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  const ruleSettings = commandLineRules(options.rule);
  const maxBytes = maxFileSizeOf(options.maxFileSize);
  const threads = threadsOf(options.threads);
  let reportOf: ((file: string) => unknown) | undefined;
  let chalk: ChalkInstance | undefined;
  const context: FormatContext = {
    locale,
    // Made when a formatter first colours something: a clean run prints nothing and never loads chalk.
    get chalk() {
      return (chalk ??= makeChalk(options.outputFile ? false : options.color, io.env, io.stdoutIsTTY));
    },
    rules: RULES,
    cwd: io.cwd,
    toolVersion: VERSION,
    reportOf: (file) => reportOf?.(file),
  };
  const sink: OutputSink = options.outputFile ? fileSink(resolve(io.cwd, options.outputFile)) : stdoutSink(io);
  let errors = 0;
  let warnings = 0;
  const tooManyWarnings = () => maxWarnings !== undefined && warnings > maxWarnings;
  /** Counts the problems of a result (suppressed ones are no problems) and keeps what is shown. */
  const shownOf = (result: FileResult, dataOf: (file: string) => unknown): FileResult => {
    reportOf = dataOf;
    for (const d of result.diagnostics) {
      if (isSuppressed(d)) continue;
      if (d.severity === 'error') errors++;
      else warnings++;
    }
    return options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result;
  };
  const request = {
    paths,
    cwd: io.cwd,
    config: configSourceOf(options.config, io.cwd),
    ruleSettings,
    locale,
    readStdin: io.readStdin,
    maxBytes,
    ...(threads !== undefined ? { threads } : {}),
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
    ...(options.previous !== undefined ? { previous: options.previous } : {}),
    ...(options.outputFile ? { outputFile: options.outputFile } : {}),
    noIgnore: options.ignore === false,
    reportsOnly: options.reportsOnly === true,
  };
  let outcome: Awaited<ReturnType<typeof lintFiles>>;
  try {
    if (stream) {
      // Each file's text is made as soon as it is linted; only text waits for the files before it.
      const formatting = stream(context);
      const writer = streamWriter(formatting, sink.write);
      outcome = await lintFiles(request, {
        prepare: (result, dataOf) => formatting.file(shownOf(result, dataOf)),
        deliver: (text) => writer.file(text),
      });
      writer.end();
    } else {
      const held: FileResult[] = [];
      outcome = await lintFiles(request, { prepare: shownOf, deliver: (result) => held.push(result) });
      sink.write(formatter!(held, { ...context, warningsFail: tooManyWarnings() }));
    }
    sink.finish();
  } catch (error) {
    sink.abandon();
    throw error;
  }
  const text = uiText(locale);
  // Said on stderr, so that they neither change the exit code nor mix into a machine-read format.
  for (const file of outcome.ignoredNamed) io.stderr(`gov-report: ${text.fileIgnored(file)}\n`);
  if (outcome.notReports.length > 0) io.stderr(`gov-report: ${text.notReportsSkipped(outcome.notReports)}\n`);
  // Files that could not be read do not stop the others; they are said last, and the run exits 2.
  for (const failure of outcome.failures) io.stderr(`gov-report: ${failure[locale]}\n`);
  if (outcome.failures.length > 0) return EXIT_TOOL_FAILURE;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && tooManyWarnings()) {
    io.stderr(`gov-report: ${text.tooManyWarnings(warnings, maxWarnings)}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerLint(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withOutputOption(
    withConfig(withLocaleAndColor(program.command('lint'), 'message language: zh-CN or en (default: from LC_ALL / LANG)')),
    'outputFile',
    'write the results to a file instead of stdout',
  )
    .description('check report files (.yaml, .yml, .json), folders and globs of them, or - for stdin')
    .argument('<paths...>', 'report files, folders, globs, or - to read one report from stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--stdin-filename <path>', 'the name of the report read from stdin (for messages and config)')
    .option('--max-file-size <MB>', 'refuse files larger than this (default: 10)')
    .option('--threads <n>', 'worker threads (default: up to the number of cores for 300 files or more; 0 = none)')
    .option('--no-ignore', "lint files that the config's ignores or .gitignore leave out")
    .option('--reports-only', 'skip named files that are not reports by their content (as the pre-commit hook does)')
    .option('--previous <file>', "last year's report, to check the linted reports against (carry-over, text copied …)")
    .action(async (paths: string[], options: LintOptions) => {
      setExitCode(await lintCommand(paths, options, io));
    });
}
