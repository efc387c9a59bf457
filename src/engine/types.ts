import type { TemplateId } from '../model/template.js';
import type { DirectiveProblem } from './suppress.js';

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh-CN' | 'en';

/** A text in every locale. */
export type Localized = Readonly<Record<Locale, string>>;

export type DataValue = string | number | boolean | null;
/** The facts behind a message: labels and numbers, never sentences. */
export type MessageData = Readonly<Record<string, DataValue | readonly DataValue[]>>;

export interface RuleReport {
  readonly messageId: string;
  readonly data?: MessageData;
  /** JSON Pointer of the node the finding is about; a missing node is shown at its nearest parent. */
  readonly path: string;
  /** Point at the key of `path` rather than its value (for unknown keys). */
  readonly atKey?: boolean;
  /** Character range within the string value at `path`: a claim inside a text section. */
  readonly textSpan?: readonly [number, number];
  /** Character range in the source text, for findings that have no path (syntax errors). */
  readonly range?: readonly [number, number];
  /** What would make it right, as a message of the same rule. */
  readonly suggestion?: { readonly messageId: string; readonly data?: MessageData };
  /** For findings across reports: the place in the other report (a JSON Pointer into it). */
  readonly relatedPath?: string;
}

export interface RuleContext {
  readonly file: string;
  /** The report as plain data; it may not fit the schema, so rules read it defensively. */
  readonly data: unknown;
  /** The template the report is checked against (its own `template`, or 2021). */
  readonly template: TemplateId;
  readonly syntaxProblems: readonly {
    code: string;
    detail: string;
    facts?: Readonly<Record<string, string | number>>;
    range: readonly [number, number];
  }[];
  /** How the file's bytes were decoded. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  readonly report: (finding: RuleReport) => void;
}

/** One report as the cross-report rules see it. */
export interface ReportInSet {
  readonly file: string;
  readonly data: unknown;
  readonly template: TemplateId;
}

/** Two reports of one body: last year's and this year's, or two of the same year. */
export interface PairContext {
  readonly earlier: ReportInSet;
  readonly later: ReportInSet;
  /** Reports on the later report; `relatedPath` points into the earlier one. */
  readonly report: (finding: RuleReport) => void;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly description: Localized;
  /** Message templates with `{name}` placeholders filled from `data`. */
  readonly messages: Readonly<Record<string, Localized>>;
  /** Runs even when the file is not valid YAML/JSON (only `parse` does). */
  readonly handlesSyntax?: boolean;
  /**
   * Its findings mean the file could not be read as a report at all, so it is always an error: a
   * setting of off or warn would let a broken file pass as clean (ESLint's fatal parse errors alike).
   */
  readonly fatal?: boolean;
  /** Checks one report. */
  check?(context: RuleContext): void;
  /**
   * Checks two reports of the same body (same normalised `agency`) when several are linted together:
   * `consecutive-years` pairs last year's with this year's, `same-year` pairs two reports of one year.
   */
  readonly across?: 'consecutive-years' | 'same-year';
  checkPair?(context: PairContext): void;
  /**
   * Checks the file's inline `gov-report-disable-…` directives: called after every other rule has run and
   * the directives were applied, with what is wrong with them (no reason, unknown rule, suppressing nothing).
   */
  checkDirectives?(context: DirectiveContext): void;
}

export interface DirectiveContext {
  readonly problems: readonly DirectiveProblem[];
  readonly report: (finding: RuleReport) => void;
}

/** Why a diagnostic is not counted: an inline `gov-report-disable…` directive with its reason. */
export interface Suppression {
  readonly kind: 'next-line' | 'line' | 'file';
  readonly justification: string;
}

/** Another place a finding refers to, e.g. the same cell in last year's report. */
export interface RelatedLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message?: string;
}

export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly suggestion?: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly data: MessageData;
  /** Present (non-empty) when an inline directive suppresses the diagnostic: shown only by json and sarif. */
  readonly suppressions?: readonly Suppression[];
  readonly related?: readonly RelatedLocation[];
}

export interface FileResult {
  /** The path as the user named it (or `--stdin-filename`, or `<stdin>`). */
  readonly file: string;
  /** Every diagnostic in source order, suppressed ones included (marked by `suppressions`). */
  readonly diagnostics: readonly Diagnostic[];
}

export const isSuppressed = (d: Diagnostic): boolean => (d.suppressions?.length ?? 0) > 0;
