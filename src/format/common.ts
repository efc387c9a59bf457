import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../engine/types.js';

/** The message as a person reads it: with the suggested fix after it, as stylish shows it. */
export function messageWithSuggestion(d: Diagnostic): string {
  return d.suggestion ? `${d.message} — ${d.suggestion}` : d.message;
}

interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/**
 * `file` relative to `cwd` with forward slashes, or undefined when it lies outside `cwd`
 * (another drive, or above it), where only an absolute reference can name it.
 */
export function relativeToCwd(file: string, cwd: string): string | undefined {
  const path = relative(cwd, resolve(cwd, file));
  if (path === '' || isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) return undefined;
  return path.split(sep).join('/');
}

/** A relative URI reference: each segment percent-encoded, so Chinese names, spaces, `#` and `?` survive. */
export function encodePathSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function absoluteFileUri(file: string, cwd: string): string {
  return pathToFileURL(resolve(cwd, file)).href;
}
