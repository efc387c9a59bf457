import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as z from 'zod';
import { rangeOfPointer, toPosition } from '../engine/locate.js';
import type { SeveritySetting } from '../engine/types.js';
import { loadReport } from '../load/parse.js';
import { toPointer } from '../model/pointer.js';
import { closestWord } from '../did-you-mean.js';
import { UsageError } from '../errors.js';
import { globToRegExp } from './glob.js';
import { configSchema, type SeverityWord } from './schema.js';

export type RuleSettings = ReadonlyMap<string, SeveritySetting>;

export interface Override {
  readonly files: readonly RegExp[];
  readonly rules: RuleSettings;
}

/** A config file, checked and ready to apply: globs compiled, severities normalised. */
export interface Config {
  readonly file: string;
  /** The folder its globs are relative to. */
  readonly directory: string;
  readonly root: boolean;
  readonly rules: RuleSettings;
  readonly ignores: readonly RegExp[];
  readonly overrides: readonly Override[];
}

export const normaliseSeverity = (word: SeverityWord): SeveritySetting => (word === 'warn' ? 'warning' : word);

/** Reads and checks a config file; any problem is a UsageError naming the file, line and column. */
export function loadConfig(file: string, shown: string, knownRules: readonly string[]): Config {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const loaded = loadReport(shown, bytes);
  const at = (pointer: string, atKey = false) => {
    const range = loaded.document ? rangeOfPointer(loaded.document, pointer, atKey) : ([0, 0] as const);
    const { line, column } = toPosition(loaded.lineCounter, range);
    return `${shown}:${line}:${column}`;
  };
  const syntax = loaded.syntaxProblems[0];
  if (syntax) {
    const { line, column } = toPosition(loaded.lineCounter, syntax.range);
    throw new UsageError(`invalid config ${shown}:${line}:${column}: ${syntax.detail}`);
  }
  const parsed = configSchema().safeParse(loaded.data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`invalid config ${configIssue(issue, at)}`);
  }
  const config = parsed.data;
  const settings = (rules: Record<string, SeverityWord> | undefined, pointer: (string | number)[]): RuleSettings => {
    const map = new Map<string, SeveritySetting>();
    for (const [id, word] of Object.entries(rules ?? {})) {
      if (!knownRules.includes(id)) {
        const suggestion = closestWord(id, knownRules);
        throw new UsageError(
          `invalid config ${at(toPointer([...pointer, id]), true)}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        );
      }
      map.set(id, normaliseSeverity(word));
    }
    return map;
  };
  return {
    file,
    directory: dirname(file),
    root: config.root ?? false,
    rules: settings(config.rules, ['rules']),
    ignores: (config.ignores ?? []).map(globToRegExp),
    overrides: (config.overrides ?? []).map((override, index) => ({
      files: override.files.map(globToRegExp),
      rules: settings(override.rules, ['overrides', index, 'rules']),
    })),
  };
}

function configIssue(issue: z.core.$ZodIssue, at: (pointer: string, atKey?: boolean) => string): string {
  const path = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return `${at(toPointer([...path, key]), true)}: unknown key "${key}" (allowed: $schema, root, rules, ignores, overrides)`;
  }
  if (issue.code === 'invalid_value' && path.length >= 2) {
    return `${at(toPointer(path))}: rule "${String(path.at(-1))}" must be set to off, warn or error`;
  }
  const where = path.length > 0 ? `"${path.join('.')}" ` : '';
  return `${at(toPointer(path))}: ${where}${issue.message.replace(/^Invalid input: /, '')}`;
}
