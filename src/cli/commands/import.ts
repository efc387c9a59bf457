import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../io.js';
import { schemaPathFor, writeNew } from '../output-file.js';

export interface ImportOptions {
  readonly output?: string;
  readonly force?: boolean;
}

const STDIN = '-';

function readInput(file: string, io: CliIo): Promise<Uint8Array> | Uint8Array {
  if (file === STDIN) return io.readStdin();
  try {
    return readFileSync(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a directory: import reads one report`);
    throw new UsageError(`cannot read ${file}: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}`);
  }
}

/** Imports one report: the YAML to stdout or `-o`, what was not recovered to stderr; 0 complete, 1 not. */
export async function importCommand(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  const bytes = await readInput(file, io);
  // Loaded here, so that lint and the other commands never load the HTML and Word readers.
  const { importReport, ImportError, missingLines, renderImport } = await import('../../import/index.js');
  const shown = file === STDIN ? '<stdin>' : file;
  let result;
  try {
    result = await importReport(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(`cannot import ${shown}: ${error.message}`);
    throw error;
  }
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const schemaPath = schemaPathFor(output, io.cwd);
  const text = renderImport(result, schemaPath ? { schemaPath } : {});
  if (output === undefined) io.stdout(text);
  else writeNew(output, options.output!, text, options.force === true);
  const lines = missingLines(result);
  for (const line of lines) io.stderr(`${shown}: ${line}\n`);
  if (lines.length > 0) io.stderr(`${shown}: ${lines.length} ${lines.length === 1 ? 'place' : 'places'} not recovered (${result.notes.join('; ')})\n`);
  return lines.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

export function registerImport(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('import')
    .description('read a published report (HTML, Word .docx, copied text, Markdown) into a YAML report')
    .argument('<file>', 'the published report, or - for stdin')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (file: string, options: ImportOptions) => {
      setExitCode(await importCommand(file, options, io));
    });
}
