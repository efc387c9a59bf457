/**
 * Linting files: the paths expanded, each file's settings from its configs, the tasks grouped by agency
 * (so reports of one body are cross-checked), in worker threads when there are many, with `--previous`.
 */
import { resolve } from 'node:path';
import { ConfigResolver, type ConfigSource } from '../config/resolve.js';
import { lintLoaded } from '../engine/run.js';
import type { Diagnostic, FileResult, Locale, SeveritySetting } from '../engine/types.js';
import { UsageError, type UsageTexts } from '../errors.js';
import { type LoadedReport, loadReport } from '../load/parse.js';
import { DEFAULT_MAX_BYTES, readReportBytes, tooLarge } from '../load/read.js';
import { checkWithoutCompiling } from '../model/schema.js';
import { RULES } from '../rules/index.js';
import { type FileOutcome, type FileTask, groupByAgency, lintGroup } from './batch.js';
import { InOrder } from './in-order.js';
import { REPORT_EXTENSIONS, selectFiles } from './files.js';
import { reportDataLoader } from './report-data.js';
import { defaultThreads, WorkerPool } from './workers.js';

const STDIN = '-';
/** Below this many files, start-up matters more than the speed of each check. */
const QUICK_START_FILES = 50;
export const RULE_IDS = RULES.map((rule) => rule.id);

interface LintFilesRequest {
  /** Report files and folders; `-` reads one report from stdin. */
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly config: ConfigSource;
  /** Rule settings that win over every config (`--rule`). */
  readonly ruleSettings?: ReadonlyMap<string, SeveritySetting>;
  readonly locale: Locale;
  readonly readStdin?: () => Promise<Uint8Array>;
  /** The name of the report read from stdin, for messages and configs. */
  readonly stdinFilename?: string;
  /** Last year's report, paired with every linted one. */
  readonly previous?: string;
  /** Worker threads; default: by the number of files. */
  readonly threads?: number;
  /** Files larger than this are refused. */
  readonly maxBytes?: number;
  /** A file the results will be written to: it may not be one of the reports. */
  readonly outputFile?: string;
  /** `--no-ignore`: lint what the configs' `ignores` and .gitignore leave out. */
  readonly noIgnore?: boolean;
  /** Skip named files that are not reports by their content (the pre-commit hook names every staged file). */
  readonly reportsOnly?: boolean;
}

interface LintFilesOutcome {
  /** Why some files could not be read (or were linted apart from their agency's other reports): the run goes on without them. */
  readonly failures: readonly UsageTexts[];
  /** Files found in folders or by globs (or named, with `reportsOnly`) that are not reports by their content. */
  readonly notReports: readonly string[];
  /** Files (or stdin's name) named on the command line that the configs' `ignores` leave out. */
  readonly ignoredNamed: readonly string[];
  /** A linted report's data by its name in the results, read again on demand (for the csv and html formats). */
  readonly reportOf: (file: string) => unknown;
}

type LintOptions = Parameters<typeof lintGroup>[1];

/**
 * Lints every task, handing each outcome on as soon as it is known (threads finish batches in any
 * order): in worker threads when there are many, each thread linting whole agencies (found by a
 * prescan) so that the cross-year rules see every report of a body.
 */
async function lintTasks(tasks: readonly FileTask[], options: LintOptions, threads: number, onOutcome: (outcome: FileOutcome) => void) {
  if (tasks.length < QUICK_START_FILES) checkWithoutCompiling();
  if (threads === 0) {
    for (const outcome of lintGroup(tasks, options)) onOutcome(outcome);
    return;
  }
  const pool = new WorkerPool(threads);
  try {
    const keys = await pool.prescan(tasks);
    await pool.lint(groupByAgency(tasks, keys), options, (outcomes) => {
      for (const outcome of outcomes) onOutcome(withGroupingChecked(outcome, tasks[outcome.index]!, keys[outcome.index]));
    });
  } finally {
    await pool.close();
  }
}

/**
 * The prescan reads an agency only where the text allows no other reading, so the parsed agency is the
 * one the report was grouped by. Should they ever differ, the report was not checked across years with
 * its body's other reports: that is said (exit 2), never passed over.
 */
export function withGroupingChecked(outcome: FileOutcome, task: FileTask, grouped: string | undefined): FileOutcome {
  if (outcome.key === undefined || outcome.key === grouped || outcome.failure !== undefined) return outcome;
  const failure = {
    en:
      `${task.file}: its agency was read as "${grouped ?? ''}" before it was parsed and as "${outcome.key}" after, ` +
      `so it was not checked across years with that body's other reports; lint it again with --threads 0 (and please report this)`,
    'zh-CN':
      `${task.file}：发布机关在解析前读作 "${grouped ?? ''}"，解析后读作 "${outcome.key}"，` +
      `因此没有与该机关其他年度的报告对照检查；请加 --threads 0 重新检查（并请报告此问题）`,
  };
  return { ...outcome, failure, diagnosticsKept: true };
}

/** What a caller does with each linted file's result. */
interface ResultHandler<T> {
  /** Called as soon as a file is linted, in any order: what to keep of its result until the files before it are handed on. */
  readonly prepare: (result: FileResult, reportOf: (file: string) => unknown) => T;
  /** Called in the order of the files (stdin first, then sorted paths). */
  readonly deliver: (prepared: T) => void;
}

/** A file's outcome, waiting for the files before it. */
interface Settled<T> {
  readonly index: number;
  readonly failure?: UsageTexts | undefined;
  readonly notReport?: string | undefined;
  readonly linted?: { readonly prepared: T };
}

/**
 * Lints the files a command line names; each linted file's result is prepared as soon as it is known
 * and delivered in the order of the files. Usage errors (a missing path, a bad config) throw `UsageError`.
 */
export async function lintFiles<T>(request: LintFilesRequest, handler: ResultHandler<T>): Promise<LintFilesOutcome> {
  const { cwd, paths } = request;
  const resolver = new ConfigResolver(request.config, RULE_IDS, new Map(request.ruleSettings ?? []), cwd);
  const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
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
  const task = (file: string, absolute: string, bytes?: Uint8Array, onlyIfReport = false): FileTask => ({
    index: tasks.length,
    file,
    absolute,
    severities: severitiesOf(absolute),
    maxBytes,
    ...(bytes ? { bytes } : {}),
    ...(onlyIfReport ? { onlyIfReport } : {}),
  });
  const ignoredStdin: string[] = [];
  if (paths.includes(STDIN)) {
    const name = request.stdinFilename ?? '<stdin>';
    const absolute = resolve(cwd, request.stdinFilename ?? 'stdin.yaml');
    const bytes = request.readStdin ? await request.readStdin() : new Uint8Array();
    if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
    if (request.noIgnore || !resolver.settingsFor(absolute).ignored) tasks.push(task(name, absolute, bytes));
    else ignoredStdin.push(name);
  } else if (request.stdinFilename !== undefined) {
    throw new UsageError({
      en: '--stdin-filename goes with - (read the report from stdin)',
      'zh-CN': '--stdin-filename 要与 - 一起使用（从标准输入读取报告）',
    });
  }
  const files = paths.filter((path) => path !== STDIN);
  const selection = selectFiles(files, cwd, {
    ignoredByConfig: (absolute) => resolver.settingsFor(absolute).ignored,
    ...(request.noIgnore ? { noIgnore: true } : {}),
    ...(request.reportsOnly ? { reportsOnly: true } : {}),
  });
  for (const target of selection.targets) tasks.push(task(target.shown, target.absolute, undefined, target.onlyIfReport));

  const previous = request.previous === undefined ? undefined : { file: request.previous, absolute: resolve(cwd, request.previous) };
  if (previous) checkPrevious(previous.file, previous.absolute, maxBytes);
  const outputFile = request.outputFile;
  if (outputFile && tasks.some((t) => t.absolute === resolve(cwd, outputFile))) {
    throw new UsageError({
      en: `--output-file ${outputFile} is one of the reports being linted; input files are never written`,
      'zh-CN': `--output-file ${outputFile} 是正在检查的报告之一；本工具从不改写输入的文件`,
    });
  }
  // Bytes read from stdin stay in this thread.
  const threads = tasks.some((t) => t.bytes) ? 0 : (request.threads ?? defaultThreads(tasks.length));
  const failures: UsageTexts[] = [];
  const notReports: string[] = [];
  let linted = 0;
  const reportOf = reportDataLoader(tasks);
  const inOrder = new InOrder<Settled<T>>((settled) => {
    if (settled.failure !== undefined) failures.push(settled.failure);
    if (settled.notReport !== undefined) notReports.push(settled.notReport);
    if (settled.linted) {
      linted++;
      handler.deliver(settled.linted.prepared);
    }
  });
  const options = { rules: RULES, locale: request.locale, ...(previous ? { previous } : {}) };
  await lintTasks(tasks, options, threads, (outcome) => {
    const file = tasks[outcome.index]!.file;
    const isLinted = !outcome.notReport && (outcome.failure === undefined || outcome.diagnosticsKept === true);
    inOrder.add({
      index: outcome.index,
      failure: outcome.failure,
      notReport: outcome.notReport ? file : undefined,
      ...(isLinted ? { linted: { prepared: handler.prepare({ file, diagnostics: outcome.diagnostics }, reportOf) } } : {}),
    });
  });
  // Folders and globs that held no report at all: the tool had nothing to check.
  if (linted === 0 && failures.length === 0 && notReports.length > 0 && !selection.targets.some((t) => t.explicit)) {
    const what = notReports.length === 1 ? '1 file that is not a report' : `${notReports.length} files that are not reports`;
    throw new UsageError({
      en: `no reports (${REPORT_EXTENSIONS.join(', ')}) found in ${files.join(', ')} (${what})`,
      'zh-CN': `${files.join('、')} 中没有找到报告（${REPORT_EXTENSIONS.join('、')}）（有 ${notReports.length} 个文件不是报告）`,
    });
  }
  return {
    failures,
    notReports,
    ignoredNamed: [...ignoredStdin, ...selection.ignoredExplicit],
    reportOf,
  };
}

/** Last year's report is read before the run: one that cannot be read or parsed would otherwise check nothing, silently. */
function checkPrevious(file: string, absolute: string, maxBytes: number): void {
  const report = loadReport(file, readReportBytes(absolute, file, maxBytes));
  const problem = report.syntaxProblems[0];
  if (problem) {
    const { line, col } = report.lineCounter.linePos(problem.range[0]);
    throw new UsageError({
      en: `--previous ${file} is not valid YAML/JSON (${line}:${col}), so nothing can be checked against it`,
      'zh-CN': `--previous ${file} 不是有效的 YAML/JSON（${line}:${col}），无法与之对照检查`,
    });
  }
  if (report.data === null || typeof report.data !== 'object' || Array.isArray(report.data)) {
    throw new UsageError({
      en: `--previous ${file} is not a report, so nothing can be checked against it`,
      'zh-CN': `--previous ${file} 不是一份报告，无法与之对照检查`,
    });
  }
}

interface LintFileRequest {
  readonly file: string;
  readonly cwd: string;
  readonly config: ConfigSource;
  readonly locale: Locale;
}

/** Lints one report file with its configs, keeping the loaded report (to draw it). */
export function lintFile(request: LintFileRequest): { report: LoadedReport; diagnostics: Diagnostic[] } {
  const absolute = resolve(request.cwd, request.file);
  const resolver = new ConfigResolver(request.config, RULE_IDS, new Map(), request.cwd);
  const report = loadReport(request.file, readReportBytes(absolute, request.file));
  const diagnostics = lintLoaded(report, { rules: RULES, locale: request.locale, severities: resolver.settingsFor(absolute).severities });
  return { report, diagnostics };
}
