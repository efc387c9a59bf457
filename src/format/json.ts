import { resolve } from 'node:path';
import { type Diagnostic, type FileResult, isSuppressed, type MessageData, type RelatedLocation } from '../engine/types.js';
import { countProblems } from './common.js';
import type { StreamFormatter } from './types.js';

/** A message of ESLint's `LintResult`, with gov-report's own fields (schemas/lint-results.schema.json). */
export interface JsonMessage {
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** ESLint marks the messages of a file it could not parse as fatal. */
  readonly fatal?: true;
  readonly messageId: string;
  readonly path: string;
  readonly data: MessageData;
  readonly suggestion?: string;
  readonly related?: readonly RelatedLocation[];
}

export interface JsonSuppressedMessage extends JsonMessage {
  readonly suppressions: readonly { readonly kind: 'directive'; readonly justification: string }[];
}

export interface JsonFileResult {
  readonly filePath: string;
  readonly messages: readonly JsonMessage[];
  readonly suppressedMessages: readonly JsonSuppressedMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fatalErrorCount: number;
  readonly fixableErrorCount: 0;
  readonly fixableWarningCount: 0;
}

const isFatal = (d: Diagnostic) => d.ruleId === 'parse' && d.severity === 'error';

function toMessage(d: Diagnostic): JsonMessage {
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(isFatal(d) ? { fatal: true as const } : {}),
    messageId: d.messageId,
    path: d.path,
    data: d.data,
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    ...(d.related && d.related.length > 0
      ? {
          related: d.related.map((r) => ({
            file: r.file,
            line: r.line,
            column: r.column,
            ...(r.message !== undefined ? { message: r.message } : {}),
          })),
        }
      : {}),
  };
}

/** A report read from stdin without --stdin-filename has no path to make absolute. */
const STDIN_NAME = '<stdin>';

/** `filePath` is absolute, as in ESLint's results, so that tools reading them need not know the working directory. */
function toJsonResult(result: FileResult, cwd: string): JsonFileResult {
  const shown = result.diagnostics.filter((d) => !isSuppressed(d));
  const { errors, warnings } = countProblems(shown);
  return {
    filePath: result.file === STDIN_NAME ? result.file : resolve(cwd, result.file),
    messages: shown.map(toMessage),
    suppressedMessages: result.diagnostics.filter(isSuppressed).map((d) => ({
      ...toMessage(d),
      suppressions: (d.suppressions ?? []).map((s) => ({ kind: 'directive' as const, justification: s.justification })),
    })),
    errorCount: errors,
    warningCount: warnings,
    fatalErrorCount: shown.filter(isFatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** ESLint's `--format json`: one object per file, so tools that read ESLint results read these too. */
export const jsonStream: StreamFormatter = ({ cwd }) => ({
  head: '[',
  file: (result) => JSON.stringify(toJsonResult(result, cwd)),
  separator: ',',
  end: () => ']\n',
});
