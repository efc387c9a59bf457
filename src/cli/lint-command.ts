import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintLoaded } from '../engine/run.js';
import type { FileResult } from '../engine/types.js';
import { FORMATTERS } from '../format/index.js';
import { loadReport } from '../load/parse.js';
import { RULES } from '../rules/index.js';
import { makeChalk } from './color.js';
import { expandPaths } from './files.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from './io.js';
import { resolveLocale } from './locale.js';
import { VERSION } from '../version.js';

export interface LintOptions {
  readonly format: string;
  readonly locale?: string;
  readonly color?: boolean;
}

function readBytes(file: string, cwd: string): Uint8Array {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}`);
  }
}

export function lintCommand(paths: readonly string[], options: LintOptions, io: CliIo): number {
  const locale = resolveLocale(options.locale, io.env);
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}" (available: ${Object.keys(FORMATTERS).join(', ')})`);
  if (paths.length === 0) throw new UsageError('no files given: name report files or directories to lint');
  const files = expandPaths(paths, io.cwd);
  const results: FileResult[] = files.map((file) => ({
    file,
    diagnostics: lintLoaded(loadReport(file, readBytes(file, io.cwd)), { rules: RULES, locale }),
  }));
  const output = formatter(results, {
    locale,
    chalk: makeChalk(options.color, io.env, io.stdoutIsTTY),
    rules: RULES,
    cwd: io.cwd,
    toolVersion: VERSION,
  });
  if (output) io.stdout(output);
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return hasErrors ? EXIT_FINDINGS : EXIT_CLEAN;
}
