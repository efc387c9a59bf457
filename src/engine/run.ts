import type { LoadedReport } from '../load/parse.js';
import { isPlainObject, isPointer } from '../model/pointer.js';
import { declaredTemplate } from '../model/template.js';
import { findDirectives } from './directives.js';
import { rangeOfFinding, rangeOfPointerIn, toPosition } from './locate.js';
import { formatMessage, placeholdersOf } from './messages.js';
import { applyDirectives } from './suppress.js';
import type { Diagnostic, Locale, PairContext, RelatedLocation, ReportInSet, Rule, RuleReport, SeveritySetting } from './types.js';

interface LintOptions {
  readonly rules: readonly Rule[];
  /** Overrides of the rules' default severities. */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  readonly locale: Locale;
}

/** A rule broke its contract or threw: the tool cannot vouch for its results (exit 2). */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    detail: string,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${detail}`);
  }
}

function checkReport(rule: Rule, finding: RuleReport): string | undefined {
  const message = rule.messages[finding.messageId];
  if (!message) return `unknown messageId ${JSON.stringify(finding.messageId)}`;
  if (!isPointer(finding.path)) return `invalid path ${JSON.stringify(finding.path)}`;
  if (finding.relatedPath !== undefined && !isPointer(finding.relatedPath))
    return `invalid relatedPath ${JSON.stringify(finding.relatedPath)}`;
  const data = finding.data ?? {};
  for (const locale of Object.keys(message) as Locale[]) {
    const missing = placeholdersOf(message[locale]).find((name) => !(name in data));
    if (missing) return `message ${finding.messageId} needs data.${missing}`;
  }
  if (finding.suggestion) {
    const suggestion = rule.messages[finding.suggestion.messageId];
    if (!suggestion) return `unknown suggestion messageId ${JSON.stringify(finding.suggestion.messageId)}`;
  }
  return undefined;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  // Within one position, rules in registry order and each rule's findings in the order it made them.
  return a.line - b.line || a.column - b.column;
}

/** Turns what a rule reports into a diagnostic at its place in the file; checks the rule kept its contract. */
function reporter(
  rule: Rule,
  severity: 'error' | 'warning',
  report: LoadedReport,
  locale: Locale,
  into: Diagnostic[],
  earlier?: LoadedReport,
) {
  return (finding: RuleReport) => {
    const problem = checkReport(rule, finding);
    if (problem) throw new RuleFailure(rule.id, report.file, problem);
    const range = finding.range ?? rangeOfFinding(report, finding.path, finding.atKey, finding.textSpan);
    const data = finding.data ?? {};
    const suggestion = finding.suggestion;
    const relatedRange = earlier && finding.relatedPath !== undefined ? rangeOfPointerIn(earlier, finding.relatedPath) : undefined;
    const related = earlier && relatedRange ? [placeIn(earlier, relatedRange)] : undefined;
    into.push({
      ruleId: rule.id,
      severity,
      messageId: finding.messageId,
      message: formatMessage(rule.messages[finding.messageId]!, locale, data),
      ...(suggestion ? { suggestion: formatMessage(rule.messages[suggestion.messageId]!, locale, suggestion.data) } : {}),
      path: finding.path,
      ...toPosition(report.lineCounter, range),
      data,
      ...(related ? { related } : {}),
    });
  };
}

function placeIn(report: LoadedReport, range: readonly [number, number]): RelatedLocation {
  const { line, column } = toPosition(report.lineCounter, range);
  return { file: report.file, line, column };
}

function guarded(rule: Rule, file: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleFailure) throw error;
    throw new RuleFailure(rule.id, file, error instanceof Error ? error.message : String(error));
  }
}

const settingOf = (rule: Rule, severities: ReadonlyMap<string, SeveritySetting> | undefined): SeveritySetting =>
  rule.fatal ? 'error' : (severities?.get(rule.id) ?? rule.severity);

/** The single-report rules over one file, before inline directives are applied. */
function runFileRules(report: LoadedReport, options: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const hasSyntaxProblems = report.syntaxProblems.length > 0;
  const template = declaredTemplate(report.data);
  for (const rule of options.rules) {
    const setting = settingOf(rule, options.severities);
    if (setting === 'off' || !rule.check) continue;
    if (hasSyntaxProblems && !rule.handlesSyntax) continue;
    const check = rule.check.bind(rule);
    const context = {
      file: report.file,
      data: report.data,
      template,
      syntaxProblems: report.syntaxProblems,
      encoding: report.encoding,
      report: reporter(rule, setting, report, options.locale, diagnostics),
    };
    guarded(rule, report.file, () => check(context));
  }
  return diagnostics;
}

/** Sorts a file's diagnostics and applies its `gov-report-disable-…` comments. */
function finish(report: LoadedReport, diagnostics: Diagnostic[], options: LintOptions): Diagnostic[] {
  diagnostics.sort(byPosition);
  if (report.syntaxProblems.length > 0) return diagnostics;
  const directives = findDirectives(report.text);
  if (directives.length === 0) return diagnostics;
  const applied = applyDirectives(
    diagnostics,
    directives,
    options.rules.map((rule) => rule.id),
  );
  const problems: Diagnostic[] = [];
  if (applied.problems.length > 0) {
    for (const rule of options.rules) {
      const setting = settingOf(rule, options.severities);
      if (!rule.checkDirectives || setting === 'off') continue;
      const checkDirectives = rule.checkDirectives.bind(rule);
      const context = { problems: applied.problems, report: reporter(rule, setting, report, options.locale, problems) };
      guarded(rule, report.file, () => checkDirectives(context));
    }
  }
  return [...applied.diagnostics, ...problems].sort(byPosition);
}

/** Runs the enabled rules over one loaded report and returns its diagnostics in source order. */
export function lintLoaded(report: LoadedReport, options: LintOptions): Diagnostic[] {
  return finish(report, runFileRules(report, options), options);
}

export interface LintTarget {
  readonly report: LoadedReport;
  /** This file's rule settings (from its configs and the command line). */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  /** Read only to compare with (`--previous`): its own findings are not reported. */
  readonly contextOnly?: boolean;
  /** Last year's report named explicitly, paired whatever its agency and year say. */
  readonly previous?: LoadedReport;
}

/** How reports of one body are recognised: the agency name without spaces, in half-width forms. */
export function agencyKey(data: unknown): string | undefined {
  const agency = isPlainObject(data) ? data.agency : undefined;
  return typeof agency === 'string' && agency.trim() !== '' ? agency.normalize('NFKC').replace(/\s+/g, '') : undefined;
}

function yearOf(data: unknown): number | undefined {
  const year = isPlainObject(data) ? data.year : undefined;
  return typeof year === 'number' && Number.isSafeInteger(year) ? year : undefined;
}

const inSet = (report: LoadedReport): ReportInSet => ({ file: report.file, data: report.data, template: declaredTemplate(report.data) });

/**
 * Lints several reports together: each on its own, then reports of one body across years
 * (grouped by agency in one pass, so the cost grows linearly with the number of reports).
 * Returns the diagnostics of each target, in the targets' order.
 */
export function lintReports(targets: readonly LintTarget[], options: Omit<LintOptions, 'severities'>): Diagnostic[][] {
  const perFile = targets.map((target) =>
    target.contextOnly ? [] : runFileRules(target.report, { ...options, severities: target.severities }),
  );
  const pairRules = options.rules.filter((rule) => rule.across && rule.checkPair !== undefined);
  if (pairRules.length > 0) {
    const usable = (target: LintTarget) => target.report.syntaxProblems.length === 0;
    const runPair = (kind: 'consecutive-years' | 'same-year', earlier: LoadedReport, later: number) => {
      const target = targets[later]!;
      if (target.contextOnly) return;
      for (const rule of pairRules) {
        const setting = settingOf(rule, target.severities);
        if (rule.across !== kind || setting === 'off') continue;
        const checkPair = rule.checkPair!.bind(rule);
        const context: PairContext = {
          earlier: inSet(earlier),
          later: inSet(target.report),
          report: reporter(rule, setting, target.report, options.locale, perFile[later]!, earlier),
        };
        guarded(rule, target.report.file, () => checkPair(context));
      }
    };
    // agency → year → indexes of the targets of that year, in the targets' order
    const byAgency = new Map<string, Map<number, number[]>>();
    targets.forEach((target, index) => {
      if (!usable(target)) return;
      const key = agencyKey(target.report.data);
      const year = yearOf(target.report.data);
      if (key === undefined || year === undefined) return;
      const years = byAgency.get(key) ?? new Map<number, number[]>();
      byAgency.set(key, years);
      years.set(year, [...(years.get(year) ?? []), index]);
    });
    for (const years of byAgency.values()) {
      for (const [year, indexes] of years) {
        const first = indexes[0]!;
        for (const later of indexes.slice(1)) runPair('same-year', targets[first]!.report, later);
        const previous = years.get(year - 1)?.[0];
        if (previous === undefined) continue;
        for (const later of indexes) if (!targets[later]!.previous) runPair('consecutive-years', targets[previous]!.report, later);
      }
    }
    targets.forEach((target, index) => {
      if (target.previous && target.previous.syntaxProblems.length === 0 && usable(target))
        runPair('consecutive-years', target.previous, index);
    });
  }
  return targets.map((target, index) =>
    target.contextOnly ? [] : finish(target.report, perFile[index]!, { ...options, severities: target.severities }),
  );
}
