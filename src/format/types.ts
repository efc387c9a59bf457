import type { ChalkInstance } from 'chalk';
import type { FileResult, Locale, Rule } from '../engine/types.js';

export interface FormatContext {
  readonly locale: Locale;
  readonly chalk: ChalkInstance;
  /** Every rule, for formats that describe the rules they report (sarif, junit). */
  readonly rules: readonly Rule[];
  /** The working directory: formats that need URIs (sarif) make paths relative to it. */
  readonly cwd: string;
  readonly toolVersion: string;
  /** The run fails on its warnings (`--max-warnings` exceeded): formats that pass or fail each finding (junit) fail those too. */
  readonly warningsFail?: boolean;
  /**
   * The data of a linted report by its `file` as in the results (undefined when it could not be read or
   * parsed), for formats that show more than the findings (csv: agency and year; html: the tables).
   * Read on demand: formats that do not ask never pay for it.
   */
  readonly reportOf?: (file: string) => unknown;
}

/**
 * A formatter turns results into the text written to stdout (or --output-file); it is a pure function.
 * `results` hold every diagnostic including suppressed ones (`isSuppressed`): only json and sarif show
 * those, marked; the other formats leave them out, and no format counts them as problems.
 */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
