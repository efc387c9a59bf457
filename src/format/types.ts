import type { ChalkInstance } from 'chalk';
import type { FileResult, Locale } from '../engine/types.js';

export interface FormatContext {
  readonly locale: Locale;
  readonly chalk: ChalkInstance;
}

/** A formatter turns results into the text printed on stdout; empty when there is nothing to say. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
