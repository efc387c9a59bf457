import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintLoaded } from '../src/engine/run.js';
import type { Diagnostic, Locale, Rule, SeveritySetting } from '../src/engine/types.js';
import { loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (name: string) => join(ROOT, 'fixtures', name);
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');

/** The busy clean report: every relation holds with non-zero numbers. */
export const BUSY = readFixture('valid/busy-2022.yaml');
export const SAMPLE = readFixture('sample-2023.yaml');

export interface LintTextOptions {
  readonly rules?: readonly Rule[];
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  readonly locale?: Locale;
  readonly file?: string;
}

export function lintText(text: string | Uint8Array, options: LintTextOptions = {}): Diagnostic[] {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const report = loadReport(options.file ?? 'test.yaml', bytes);
  return lintLoaded(report, { rules: options.rules ?? RULES, locale: options.locale ?? 'en', severities: options.severities });
}

/** Replaces text that must occur exactly once, so an edit cannot silently miss. */
export function edit(text: string, ...replacements: readonly (readonly [string, string])[]): string {
  let result = text;
  for (const [from, to] of replacements) {
    const count = result.split(from).length - 1;
    if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)}, found ${count}`);
    result = result.replace(from, to);
  }
  return result;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built executable as a user would. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/gov-report.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ExpectedDiagnostic {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly data?: Record<string, unknown>;
}

export interface RuleCases {
  readonly valid: readonly { readonly name: string; readonly text: string }[];
  readonly invalid: readonly { readonly name: string; readonly text: string; readonly errors: readonly ExpectedDiagnostic[] }[];
}
