import { UsageError } from '../errors.js';
import { loadReport } from '../load/parse.js';
import { readReportBytes } from '../load/read.js';
import { isReportContent } from './files.js';
import { agencyKey, type LintTarget, lintReports } from '../engine/run.js';
import type { Diagnostic, Locale, Rule, SeveritySetting } from '../engine/types.js';

/** One file to lint, as it travels to a worker thread: plain data only. */
export interface FileTask {
  readonly index: number;
  /** The path as shown in results. */
  readonly file: string;
  readonly absolute: string;
  readonly severities: readonly (readonly [string, SeveritySetting])[];
  /** The report's bytes when they do not come from a file (stdin); never sent to a worker. */
  readonly bytes?: Uint8Array;
  /** Files larger than this are refused (--max-file-size). */
  readonly maxBytes?: number;
  /** Found in a folder or by a glob: linted only if it is a report by its content, else passed over (and named). */
  readonly onlyIfReport?: boolean;
}

export interface FileOutcome {
  readonly index: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The agency the parsed report names (to check the grouping that the prescan guessed). */
  readonly key: string | undefined;
  /** Why the file could not be read (too large, unreadable …): the run goes on, and ends with exit 2. */
  readonly failure?: string;
  /** The file is not a report by its content and was not linted (`onlyIfReport`). */
  readonly notReport?: boolean;
}

// eslint-disable-next-line regexp/no-super-linear-backtracking -- `(.*)$` always matches the rest of the line: nothing is given back
const AGENCY_LINE = /^[ \t]*["']?agency["']?[ \t]*:[ \t]*(.*)$/m;

/**
 * The agency a report names, read from its text without parsing it, so that reports of one body can be
 * linted together (and cross-checked) without holding every report in memory. A guess: the parsed
 * report's agency is compared with it afterwards.
 */
export function prescanAgency(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 8192));
  const match = AGENCY_LINE.exec(head);
  if (!match) return undefined;
  let value = match[1]!.trim();
  const quoted = /^(["'])(.*?)\1/.exec(value);
  value = quoted ? quoted[2]! : value.replace(/(?<!\s)\s+#.*$/, '').replace(/,\s*$/, '');
  return agencyKey({ agency: value });
}

/** Lints a group of files together (reports of one body, as far as the prescan can tell). */
export function lintGroup(
  tasks: readonly FileTask[],
  options: { readonly rules: readonly Rule[]; readonly locale: Locale; readonly previous?: { file: string; absolute: string } },
): FileOutcome[] {
  const previous = options.previous
    ? loadReport(options.previous.file, readReportBytes(options.previous.absolute, options.previous.file))
    : undefined;
  const failures = new Map<number, string>();
  const bytesOf = new Map<number, Uint8Array>();
  const readable = tasks.filter((task) => {
    try {
      bytesOf.set(task.index, task.bytes ?? readReportBytes(task.absolute, task.file, task.maxBytes));
      return true;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures.set(task.index, error.message);
      return false;
    }
  });
  const loaded = readable.map((task) => ({ task, report: loadReport(task.file, bytesOf.get(task.index)!) }));
  // Files found in folders that are not reports (package.json, workflows, data) take no part in the run.
  const notReports = loaded.filter(({ task, report }) => task.onlyIfReport && !isReportContent(report));
  const reports = loaded.filter((entry) => !notReports.includes(entry));
  const targets: LintTarget[] = reports.map(({ task, report }) => ({
    report,
    severities: new Map(task.severities),
    ...(previous ? { previous } : {}),
  }));
  const diagnostics = lintReports(targets, { rules: options.rules, locale: options.locale });
  const outcomes: FileOutcome[] = reports.map(({ task }, i) => ({
    index: task.index,
    diagnostics: diagnostics[i]!,
    key: targets[i]!.report.syntaxProblems.length === 0 ? agencyKey(targets[i]!.report.data) : undefined,
  }));
  for (const { task } of notReports) outcomes.push({ index: task.index, diagnostics: [], key: undefined, notReport: true });
  for (const [index, failure] of failures) outcomes.push({ index, diagnostics: [], key: undefined, failure });
  return outcomes;
}

/**
 * Groups tasks by their prescanned agency (a task without one is a group of its own), lints each group,
 * and re-lints together any reports whose parsed agency turned out different from the guess, so a
 * misread never loses a cross-year check. `run` may spread the groups over threads.
 */
export async function lintInGroups(
  tasks: readonly FileTask[],
  keys: readonly (string | undefined)[],
  run: (groups: readonly (readonly FileTask[])[]) => Promise<FileOutcome[]>,
  rerun: (group: readonly FileTask[]) => FileOutcome[],
): Promise<{ diagnostics: Diagnostic[][]; failures: Map<number, string>; notReports: Set<number> }> {
  const failures = new Map<number, string>();
  const notReports = new Set<number>();
  const byKey = new Map<string, FileTask[]>();
  const groups: FileTask[][] = [];
  tasks.forEach((task, i) => {
    const key = keys[i];
    if (key === undefined) return void groups.push([task]);
    let group = byKey.get(key);
    if (!group) {
      byKey.set(key, (group = []));
      groups.push(group);
    }
    group.push(task);
  });
  const results: Diagnostic[][] = tasks.map(() => []);
  const parsedKeys = new Map<number, string | undefined>();
  for (const outcome of await run(groups)) {
    results[outcome.index] = [...outcome.diagnostics];
    parsedKeys.set(outcome.index, outcome.key);
    if (outcome.failure !== undefined) failures.set(outcome.index, outcome.failure);
    if (outcome.notReport) notReports.add(outcome.index);
  }
  // Reports whose agency the prescan misread: lint each again with the reports that really share it.
  const misread = new Set(
    tasks.filter((task, i) => parsedKeys.get(task.index) !== undefined && parsedKeys.get(task.index) !== keys[i]).map((t) => t.index),
  );
  if (misread.size > 0) {
    const regroup = new Map<string, FileTask[]>();
    for (const task of tasks) {
      const key = parsedKeys.get(task.index);
      if (key !== undefined) regroup.set(key, [...(regroup.get(key) ?? []), task]);
    }
    for (const group of regroup.values()) {
      if (!group.some((task) => misread.has(task.index)) || group.length < 2) continue;
      for (const outcome of rerun(group)) results[outcome.index] = [...outcome.diagnostics];
    }
  }
  return { diagnostics: results, failures, notReports };
}
