import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { ConfigResolver, configSourceOf } from '../../config/resolve.js';
import { normaliseSeverity } from '../../config/load.js';
import { SEVERITY_SETTINGS, type SeverityWord } from '../../config/schema.js';
import { type FileTask, lintGroup, lintInGroups } from '../../engine/batch.js';
import { type Diagnostic, type FileResult, isSuppressed, type Locale, type SeveritySetting } from '../../engine/types.js';
import { FORMAT_NAMES, formatterNamed } from '../../format/index.js';
import { DEFAULT_MAX_BYTES, tooLarge } from '../../load/read.js';
import { checkWithoutCompiling } from '../../model/schema.js';
import { closestWord } from '../../rules/_did-you-mean.js';
import { RULES } from '../../rules/index.js';
import { VERSION } from '../../version.js';
import { makeChalk } from '../color.js';
import { expandPaths } from '../files.js';
import { reportDataLoader } from '../report-data.js';
import { defaultThreads, WorkerPool } from '../workers.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TOOL_FAILURE, UsageError } from '../io.js';
import { withConfig, withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';

export interface LintOptions {
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
}

const STDIN = '-';
/** Below this many files, start-up matters more than the speed of each check. */
const QUICK_START_FILES = 50;
const RULE_IDS = RULES.map((rule) => rule.id);

/** `--rule id=level`, repeatable; unknown ids and levels are usage errors. */
function commandLineRules(entries: readonly string[]): Map<string, SeveritySetting> {
  const rules = new Map<string, SeveritySetting>();
  for (const entry of entries) {
    const match = /^([\w-]+)\s*[=:]\s*(\w+)$/.exec(entry);
    if (!match) throw new UsageError(`--rule takes id=level (off, warn or error), got "${entry}"`);
    const [, id, level] = match as unknown as [string, string, string];
    if (!RULE_IDS.includes(id)) {
      const suggestion = closestWord(id, RULE_IDS);
      throw new UsageError(`unknown rule "${id}" in --rule${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
    if (!SEVERITY_SETTINGS.includes(level as SeverityWord)) throw new UsageError(`--rule ${id}: level must be off, warn or error, got "${level}"`);
    rules.set(id, normaliseSeverity(level as SeverityWord));
  }
  return rules;
}

function maxFileSizeOf(option: string | undefined): number {
  if (option === undefined) return DEFAULT_MAX_BYTES;
  if (!/^\d+(\.\d+)?$/.test(option) || Number(option) <= 0) throw new UsageError(`--max-file-size takes a size in MB, got "${option}"`);
  return Math.round(Number(option) * 1024 * 1024);
}

function threadsOf(option: string | undefined, tasks: readonly FileTask[]): number {
  if (tasks.some((t) => t.bytes)) return 0;
  if (option === undefined) return defaultThreads(tasks.length);
  if (!/^\d+$/.test(option)) throw new UsageError(`--threads takes a whole number ≥ 0, got "${option}"`);
  return Number(option);
}

/** Lints every task, in worker threads when there are many; returns diagnostics by task index. */
async function lintTasks(
  tasks: readonly FileTask[],
  locale: Locale,
  previous: { file: string; absolute: string } | undefined,
  threads: number,
): Promise<{ diagnostics: Diagnostic[][]; failures: Map<number, string> }> {
  const options = { rules: RULES, locale, ...(previous ? { previous } : {}) };
  if (tasks.length < QUICK_START_FILES) checkWithoutCompiling();
  if (threads === 0) {
    const byIndex: Diagnostic[][] = tasks.map(() => []);
    const failures = new Map<number, string>();
    for (const outcome of lintGroup(tasks, options)) {
      byIndex[outcome.index] = [...outcome.diagnostics];
      if (outcome.failure !== undefined) failures.set(outcome.index, outcome.failure);
    }
    return { diagnostics: byIndex, failures };
  }
  const pool = new WorkerPool(threads);
  try {
    const keys = await pool.prescan(tasks);
    return await lintInGroups(tasks, keys, (groups) => pool.lint(groups, locale, previous), (group) => lintGroup(group, options));
  } finally {
    await pool.close();
  }
}

function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number ≥ 0, got "${value}"`);
  return Number(value);
}

export async function lintCommand(paths: readonly string[], options: LintOptions, io: CliIo): Promise<number> {
  const locale = resolveLocale(options.locale, io.env);
  const formatter = await formatterNamed(options.format);
  if (!formatter) throw new UsageError(`unknown format "${options.format}" (available: ${FORMAT_NAMES.join(', ')})`);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  const source = configSourceOf(options.config, io.cwd);
  const resolver = new ConfigResolver(source, RULE_IDS, commandLineRules(options.rule), io.cwd);
  const maxBytes = maxFileSizeOf(options.maxFileSize);
  const tasks: FileTask[] = [];
  // Most files share their settings; one array for each distinct setting keeps a large run small.
  const sharedSettings = new Map<string, FileTask['severities']>();
  const severitiesOf = (absolute: string): FileTask['severities'] => {
    const entries = [...resolver.settingsFor(absolute).severities];
    const key = JSON.stringify(entries);
    let shared = sharedSettings.get(key);
    if (!shared) sharedSettings.set(key, (shared = entries));
    return shared;
  };
  const task = (file: string, absolute: string, bytes?: Uint8Array): FileTask => ({
    index: tasks.length,
    file,
    absolute,
    severities: severitiesOf(absolute),
    maxBytes,
    ...(bytes ? { bytes } : {}),
  });
  if (paths.includes(STDIN)) {
    const name = options.stdinFilename ?? '<stdin>';
    const absolute = resolve(io.cwd, options.stdinFilename ?? 'stdin.yaml');
    const bytes = await io.readStdin();
    if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
    if (!resolver.settingsFor(absolute).ignored) tasks.push(task(name, absolute, bytes));
  } else if (options.stdinFilename !== undefined) {
    throw new UsageError('--stdin-filename goes with - (read the report from stdin)');
  }
  const files = paths.filter((path) => path !== STDIN);
  for (const target of expandPaths(files, io.cwd, (t) => !resolver.settingsFor(t.absolute).ignored)) tasks.push(task(target.shown, target.absolute));

  const previous = options.previous === undefined ? undefined : { file: options.previous, absolute: resolve(io.cwd, options.previous) };
  if (options.outputFile && tasks.some((t) => t.absolute === resolve(io.cwd, options.outputFile!))) {
    throw new UsageError(`--output-file ${options.outputFile} is one of the reports being linted; input files are never written`);
  }
  const { diagnostics, failures } = await lintTasks(tasks, locale, previous, threadsOf(options.threads, tasks));
  const results: FileResult[] = tasks.filter((t) => !failures.has(t.index)).map((t) => ({ file: t.file, diagnostics: diagnostics[t.index]! }));

  const counted = (severity: Diagnostic['severity']) =>
    results.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity && !isSuppressed(d)).length, 0);
  const errors = counted('error');
  const warnings = counted('warning');
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  const output = formatter(shown, {
    locale,
    chalk: makeChalk(options.outputFile ? false : options.color, io.env, io.stdoutIsTTY),
    rules: RULES,
    cwd: io.cwd,
    toolVersion: VERSION,
    reportOf: reportDataLoader(tasks),
  });
  if (options.outputFile) writeOutput(resolve(io.cwd, options.outputFile), output);
  else if (output) io.stdout(output);

  // Files that could not be read do not stop the others; they are said last, and the run exits 2.
  for (const failure of failures.values()) io.stderr(`gov-report: ${failure}\n`);
  if (failures.size > 0) return EXIT_TOOL_FAILURE;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`gov-report: too many warnings (${warnings}); the maximum allowed is ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}

function writeOutput(file: string, output: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, output);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerLint(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withConfig(withLocaleAndColor(program.command('lint'), 'message language: zh-CN or en (default: from LC_ALL / LANG)'))
    .description('check report files (.yaml, .yml, .json), folders of them, or - for stdin')
    .argument('<paths...>', 'report files, folders, or - to read one report from stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <path>', 'write the results to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--stdin-filename <path>', 'the name of the report read from stdin (for messages and config)')
    .option('--max-file-size <MB>', 'refuse files larger than this (default: 10)')
    .option('--threads <n>', 'worker threads (default: up to the number of cores for 300 files or more; 0 = none)')
    .option('--previous <file>', "last year's report, to check the linted reports against (carry-over, text copied …)")
    .action(async (paths: string[], options: LintOptions) => {
      setExitCode(await lintCommand(paths, options, io));
    });
}
