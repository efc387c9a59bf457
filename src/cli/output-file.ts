import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawFileUrl } from '../engine/docs-url.js';
import { UsageError } from './io.js';

const SCHEMA_FILE = join('schemas', 'report.schema.json');

/** The installed package's report schema: found by walking up from this module (src/cli, or dist once bundled). */
function packageSchema(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, SCHEMA_FILE);
    if (existsSync(candidate) && existsSync(join(directory, 'package.json'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

const toSlashes = (path: string) => path.split(sep).join('/');

/**
 * The modeline's schema: a path relative to the output file (or the working directory) when the schema
 * lies in the same project (a clone of gov-report, or gov-report in the project's node_modules), so the
 * report can be committed and opened on any machine; otherwise — a global install, whose path is this
 * machine's own — the schema's address at the released version.
 */
export function schemaPathFor(outputFile: string | undefined, cwd: string): string | undefined {
  const schema = existsSync(join(cwd, SCHEMA_FILE)) ? join(cwd, SCHEMA_FILE) : packageSchema();
  const inProject = schema !== undefined && !relative(cwd, schema).startsWith('..') && !isAbsolute(relative(cwd, schema));
  if (!inProject) return rawFileUrl('schemas/report.schema.json');
  return toSlashes(relative(outputFile === undefined ? cwd : dirname(outputFile), schema));
}

/** Writes a new file, never over an existing one unless `force`; failures are usage errors (exit 2). */
export function writeNew(file: string, shown: string, text: string, force: boolean): void {
  if (!force && existsSync(file)) throw alreadyExists(shown);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(shown);
    throw cannotWrite(shown, error);
  }
}

/** A file that could not be written, said in one line (exit 2). */
export function cannotWrite(shown: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES') return cannotWriteBecause(shown, 'permission denied', '没有写入权限');
  if (code === 'EISDIR') return cannotWriteBecause(shown, 'is a directory', '这是一个文件夹');
  const reason = code ?? String(error);
  return cannotWriteBecause(shown, reason, reason);
}

/** `cannot write <file>: <reason>`, the reason in each language. */
export function cannotWriteBecause(shown: string, en: string, zh: string): UsageError {
  return new UsageError({ en: `cannot write ${shown}: ${en}`, 'zh-CN': `无法写入 ${shown}：${zh}` });
}

function alreadyExists(shown: string): UsageError {
  return new UsageError({
    en: `${shown} already exists (use --force to overwrite it)`,
    'zh-CN': `${shown} 已经存在（要覆盖它，请加 --force）`,
  });
}
