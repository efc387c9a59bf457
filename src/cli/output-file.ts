import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The modeline's schema path: relative to the output file's folder, else relative to the working directory when it holds the schema, else absolute. */
export function schemaPathFor(outputFile: string | undefined, cwd: string): string | undefined {
  const schema = packageSchema();
  if (!schema) return undefined;
  if (outputFile !== undefined) return toSlashes(relative(dirname(outputFile), schema));
  if (existsSync(join(cwd, SCHEMA_FILE))) return toSlashes(SCHEMA_FILE);
  return toSlashes(schema);
}

/** Writes a new file, never over an existing one unless `force`; failures are usage errors (exit 2). */
export function writeNew(file: string, shown: string, text: string, force: boolean): void {
  if (!force && existsSync(file)) throw new UsageError(`${shown} already exists (use --force to overwrite it)`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shown} already exists (use --force to overwrite it)`);
    throw new UsageError(`cannot write ${shown}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error))}`);
  }
}
