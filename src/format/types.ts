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

/**
 * A format that is written file by file as the results arrive, so that a run over many reports never
 * holds all their findings (formats whose text depends on every result, such as junit's totals or the
 * reviewer page, are plain `Formatter`s). Started once per run, it keeps only counts. A file's text does
 * not depend on the files before it, so it can be made as soon as the file is linted and held, as text,
 * until the files before it are written.
 */
export interface FormatStream {
  /** Written before the first file's text (or before `end`'s when no file has any). */
  readonly head: string;
  /** The text for one file's results: '' when the format shows nothing of them. */
  readonly file: (result: FileResult) => string;
  /** Written between two files' texts that are not empty. */
  readonly separator: string;
  /** The text after the last file. */
  readonly end: () => string;
}

export type StreamFormatter = (context: FormatContext) => FormatStream;
