import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as z from 'zod';
import { rangeOfPointer, toPosition } from '../engine/locate.js';
import type { SeveritySetting } from '../engine/types.js';
import { loadReport } from '../load/parse.js';
import { syntaxMessage } from '../rules/parse.js';
import { toPointer } from '../model/pointer.js';
import { closestWord } from '../did-you-mean.js';
import { UsageError, type UsageTexts } from '../errors.js';
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
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError({ en: `cannot read config ${shown}: ${reason}`, 'zh-CN': `无法读取配置文件 ${shown}：${reason}` });
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
    throw new UsageError({
      en: `invalid config ${shown}:${line}:${column}: ${syntax.detail}`,
      'zh-CN': `配置文件有误 ${shown}:${line}:${column}：${syntaxMessage(syntax, 'zh-CN')}`,
    });
  }
  const parsed = configSchema().safeParse(loaded.data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { en, 'zh-CN': zh } = configIssue(issue, at);
    throw new UsageError({ en: `invalid config ${en}`, 'zh-CN': `配置文件有误 ${zh}` });
  }
  const config = parsed.data;
  const settings = (rules: Record<string, SeverityWord> | undefined, pointer: (string | number)[]): RuleSettings => {
    const map = new Map<string, SeveritySetting>();
    for (const [id, word] of Object.entries(rules ?? {})) {
      if (!knownRules.includes(id)) {
        const suggestion = closestWord(id, knownRules);
        const where = at(toPointer([...pointer, id]), true);
        throw new UsageError({
          en: `invalid config ${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          'zh-CN': `配置文件有误 ${where}：没有规则 "${id}"${suggestion ? `（是否要写 "${suggestion}"？）` : ''}`,
        });
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

function configIssue(issue: z.core.$ZodIssue, at: (pointer: string, atKey?: boolean) => string): UsageTexts {
  const path = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const where = at(toPointer([...path, key]), true);
    return {
      en: `${where}: unknown key "${key}" (allowed: $schema, root, rules, ignores, overrides)`,
      'zh-CN': `${where}：不认识的键 "${key}"（可用的键：$schema、root、rules、ignores、overrides）`,
    };
  }
  const where = at(toPointer(path));
  if (issue.code === 'invalid_value' && path.length >= 2) {
    const rule = String(path.at(-1));
    return {
      en: `${where}: rule "${rule}" must be set to off, warn or error`,
      'zh-CN': `${where}：规则 "${rule}" 只能设为 off、warn 或 error`,
    };
  }
  const key = path.length > 0 ? `"${path.join('.')}" ` : '';
  const expected = issue.code === 'invalid_type' ? TYPE_NAMES[issue.expected] : undefined;
  return {
    en: `${where}: ${key}${issue.message.replace(/^Invalid input: /, '')}`,
    'zh-CN': `${where}：${key}${expected ? `应为${/^[a-z]/.test(expected) ? ' ' : ''}${expected}` : '的值不符合要求'}`,
  };
}

/** What zod expects, as the Chinese line says it. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '键值表',
};
