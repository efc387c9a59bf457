import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintLoaded, lintReports } from '../src/engine/run.js';
import type { Diagnostic, MessageData, Rule, RuleReport } from '../src/engine/types.js';
import { type LoadedReport, loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';
import { BUSY } from './helpers.js';

/**
 * A report fragment: merged onto the rule's base report (a valid one, BUSY unless `base` says otherwise).
 * Mappings merge key by key, anything else (a row, a cell, a text) replaces what was there, and
 * `undefined` removes the key. The result is linted as JSON, so a case says what it changes and
 * nothing about where it lands in a file.
 */
interface Fragment {
  readonly [key: string]: unknown;
}

/** What a case lints: a whole file as written (`text`), or a fragment over the base report (`report`). */
type CaseInput =
  | { readonly text: string | Uint8Array; readonly report?: never; readonly base?: never }
  | { readonly report: Fragment; readonly text?: never; /** This case's base report, instead of the suite's. */ readonly base?: string };

/**
 * Cross-report rules (carryover-continuity, duplicate-report …) see a pair: `earlier` is the other report
 * (text or fragment), linted together with this one as when both are named; with `previous: true` it is
 * named by --previous instead. Only this report's diagnostics are asserted.
 */
type PairInput = { readonly earlier?: CaseInput; readonly previous?: boolean };

type RuleCase = { readonly name: string } & CaseInput & PairInput;

interface ExpectedSuggestion {
  readonly messageId: string;
  /** Fields of the suggestion's data to compare; others are not checked. */
  readonly data?: Record<string, unknown>;
}

interface ExpectedDiagnostic {
  readonly messageId: string;
  /** JSON Pointer of the node reported on. Required for fragment cases, whose line and column are not the test's business. */
  readonly path?: string;
  /** Position in a `text` case, where the place in the file is what the case is about. */
  readonly line?: number;
  readonly column?: number;
  /** Fields of the diagnostic's data to compare; others are not checked. */
  readonly data?: Record<string, unknown>;
  /** The fix the rule proposes, or `null` for none. Required whenever the rule proposes one. */
  readonly suggestion?: ExpectedSuggestion | null;
}

type InvalidCase = RuleCase & { readonly errors: readonly ExpectedDiagnostic[] };

interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
}

interface RuleTestOptions {
  /** The report fragments are merged onto (parsed from YAML or JSON text); BUSY by default. */
  readonly base?: string;
  /**
   * Messages no report can draw, each with the reason (e.g. a shared message of a rule family that this
   * rule's table cannot reach). The suite fails if one of them is drawn after all, so the list stays true.
   */
  readonly unreachable?: Readonly<Record<string, string>>;
}

const BASES = new Map<string, unknown>();
function baseData(text: string): unknown {
  let data = BASES.get(text);
  if (data === undefined) {
    const report = loadReport('base.yaml', new TextEncoder().encode(text));
    assert.equal(report.syntaxProblems.length, 0, 'the base of fragment cases parses');
    BASES.set(text, (data = report.data));
  }
  return data;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `fragment` over `base`: mappings merged key by key, everything else replaced, `undefined` removing a key. */
export function merge(base: unknown, fragment: Fragment): Record<string, unknown> {
  const result: Record<string, unknown> = isMapping(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(fragment)) {
    if (value === undefined) delete result[key];
    else result[key] = isMapping(value) && isMapping(result[key]) ? merge(result[key], value) : value;
  }
  return result;
}

function load(input: CaseInput, file: string, options: RuleTestOptions): LoadedReport {
  if (input.report !== undefined) {
    const json = JSON.stringify(merge(baseData(input.base ?? options.base ?? BUSY), input.report), null, 2);
    return loadReport(file.replace(/\.yaml$/, '.json'), new TextEncoder().encode(json));
  }
  const bytes = typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text;
  return loadReport(file, bytes);
}

/**
 * The rule as the engine sees it, keeping what it reports as it reports it (with its suggestion's
 * message id, which a diagnostic carries only as text).
 */
function recording(rule: Rule, findings: RuleReport[]): Rule {
  const keep = <C extends { report(finding: RuleReport): void }>(context: C): C => ({
    ...context,
    report: (finding: RuleReport) => {
      findings.push(finding);
      context.report(finding);
    },
  });
  return {
    ...rule,
    ...(rule.check ? { check: (context) => rule.check!.call(rule, keep(context)) } : {}),
    ...(rule.checkPair ? { checkPair: (context) => rule.checkPair!.call(rule, keep(context)) } : {}),
    ...(rule.checkDirectives ? { checkDirectives: (context) => rule.checkDirectives!.call(rule, keep(context)) } : {}),
  };
}

/** The rule's diagnostics on the case, each with the finding it came from. */
function run(rule: Rule, testCase: RuleCase, options: RuleTestOptions): { diagnostic: Diagnostic; finding: RuleReport | undefined }[] {
  const findings: RuleReport[] = [];
  const recorded = recording(rule, findings);
  // The directive rule judges directives against every rule's findings and names; any other rule runs alone.
  const rules = rule.checkDirectives ? RULES.map((r) => (r.id === rule.id ? recorded : r)) : [recorded];
  const report = load(testCase, 'test.yaml', options);
  let diagnostics: readonly Diagnostic[];
  if (testCase.earlier === undefined) {
    diagnostics = lintLoaded(report, { rules, locale: 'en' });
  } else {
    const earlier = load(testCase.earlier, 'earlier.yaml', options);
    const targets = testCase.previous ? [{ report, previous: earlier }] : [{ report: earlier, contextOnly: true }, { report }];
    diagnostics = lintReports(targets, { rules, locale: 'en' }).at(-1)!;
  }
  // A diagnostic keeps its finding's data object: that is how the two are matched.
  return diagnostics
    .filter((d) => d.ruleId === rule.id)
    .map((diagnostic) => ({
      diagnostic,
      finding:
        findings.find((f) => f.data === diagnostic.data) ??
        findings.find((f) => f.messageId === diagnostic.messageId && f.path === diagnostic.path),
    }));
}

const describeFound = (found: readonly { diagnostic: Diagnostic }[]) =>
  found
    .map(({ diagnostic: d }) => `${d.path} (${d.line}:${d.column}) ${d.messageId}: ${d.message}${d.suggestion ? ` — ${d.suggestion}` : ''}`)
    .join('\n');

function assertSubset(actual: MessageData | undefined, expected: Record<string, unknown> | undefined, what: string): void {
  for (const [key, value] of Object.entries(expected ?? {})) assert.deepEqual(actual?.[key], value, `${what}.${key}`);
}

/**
 * ESLint-style rule tests, the rule linted alone: valid cases draw nothing from it; each invalid case
 * draws exactly the listed diagnostics, in source order — message id, path (or line and column for a
 * case written as a whole file), the given data fields, and the suggestion whenever there is one.
 * The suite ends by failing if one of the rule's messages (suggestions included) was never asserted.
 */
export function testRule(rule: Rule, cases: RuleCases, options: RuleTestOptions = {}): void {
  const exercised = new Set<string>();
  let invalidRun = 0;
  describe(`rule ${rule.id}`, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        assert.deepEqual(describeFound(run(rule, testCase, options)), '');
      });
    }
    for (const testCase of cases.invalid) {
      const { name, errors } = testCase;
      it(`invalid: ${name}`, () => {
        invalidRun++;
        assert.ok(errors.length > 0, 'an invalid case lists what it draws');
        const found = run(rule, testCase, options);
        const shown = describeFound(found);
        // Each expectation is compared on the fields it states; a missing or extra diagnostic fails on its own.
        const located = (d: Diagnostic | undefined, e: ExpectedDiagnostic | undefined) => ({
          messageId: d?.messageId,
          ...(e === undefined || e.path !== undefined ? { path: d?.path } : {}),
          ...(e === undefined || e.line !== undefined ? { line: d?.line, column: d?.column } : {}),
        });
        assert.deepEqual(
          found.map(({ diagnostic }, i) => located(diagnostic, errors[i])),
          errors.map((e) => located({ messageId: e.messageId, path: e.path, line: e.line, column: e.column } as Diagnostic, e)),
          shown,
        );
        errors.forEach((expected, i) => {
          assert.ok(
            expected.path !== undefined || (testCase.text !== undefined && expected.line !== undefined),
            `diagnostic ${i}: a fragment case states the path, a text case the path or the line`,
          );
          const { diagnostic, finding } = found[i]!;
          assertSubset(diagnostic.data, expected.data, `data of diagnostic ${i}`);
          assert.equal(diagnostic.severity, rule.severity);
          const suggestion = finding?.suggestion;
          if (expected.suggestion === undefined) {
            assert.equal(suggestion, undefined, `diagnostic ${i} proposes “${diagnostic.suggestion}”: the case must state it\n${shown}`);
          } else if (expected.suggestion === null) {
            assert.equal(suggestion, undefined, `diagnostic ${i} proposes nothing`);
          } else {
            assert.equal(suggestion?.messageId, expected.suggestion.messageId, `suggestion of diagnostic ${i}\n${shown}`);
            assertSubset(suggestion?.data, expected.suggestion.data, `suggestion data of diagnostic ${i}`);
            exercised.add(expected.suggestion.messageId);
          }
          exercised.add(expected.messageId);
        });
      });
    }
    // Runs after the cases above (tests of a suite run in order), so it sees what they asserted.
    it('every message of the rule is asserted by a passing case', (t) => {
      if (invalidRun < cases.invalid.length) return t.skip('not every case ran (a name pattern or only)');
      const unreachable = Object.keys(options.unreachable ?? {});
      const never = Object.keys(rule.messages).filter((id) => !exercised.has(id) && !unreachable.includes(id));
      assert.deepEqual(never, [], `messages of ${rule.id} no invalid case draws and asserts`);
      assert.deepEqual(
        unreachable.filter((id) => exercised.has(id)),
        [],
        'messages said to be unreachable that a case draws',
      );
      assert.deepEqual(
        unreachable.filter((id) => !(id in rule.messages)),
        [],
        'unreachable messages the rule does not have',
      );
    });
  });
}
