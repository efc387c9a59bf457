import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../io.js';
import { cannotReadFile } from '../../load/read.js';
import { resolveLocale } from '../locale.js';
import { withOutputOption } from '../options.js';
import { schemaPathFor, writeNew } from '../output-file.js';

interface ImportOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly locale?: string;
}

const STDIN = '-';
/** As src/import/read/bounds.ts, here so that the check does not load the importer. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function readInput(file: string, io: CliIo): Promise<Uint8Array> | Uint8Array {
  if (file === STDIN) return io.readStdin();
  try {
    const path = resolve(io.cwd, file);
    // Bounded before it is read: a file larger than any report is refused by its size.
    const { size } = statSync(path);
    if (size > MAX_INPUT_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      const limit = MAX_INPUT_BYTES / 1024 / 1024;
      throw new UsageError({
        en: `cannot import ${file}: the file is ${mb} MB, over the limit of ${limit} MB for a report`,
        'zh-CN': `无法导入 ${file}：文件有 ${mb} MB，超过了报告 ${limit} MB 的上限`,
      });
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new UsageError({
        en: `${file} is a directory: import reads one report`,
        'zh-CN': `${file} 是一个文件夹：import 一次导入一份报告`,
      });
    }
    throw cannotReadFile(file, error);
  }
}

/** Imports one report: the YAML to stdout or `-o`, what was not recovered to stderr; 0 complete, 1 not. */
async function importCommand(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  const locale = resolveLocale(options.locale, io.env);
  const bytes = await readInput(file, io);
  // Loaded here, so that lint and the other commands never load the HTML, Word and PDF readers.
  const { importReport, ImportError, localize, missingLines, remarkLines, renderImport, summaryLine } =
    await import('../../import/index.js');
  const shown = file === STDIN ? '<stdin>' : file;
  let result;
  try {
    result = await importReport(bytes);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new UsageError({
        en: `cannot import ${shown}: ${error.message}`,
        'zh-CN': `无法导入 ${shown}：${localize(error.message, 'zh-CN')}`,
      });
    }
    throw error;
  }
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const schemaPath = schemaPathFor(output, io.cwd);
  const text = renderImport(result, { ...(schemaPath ? { schemaPath } : {}), locale });
  if (output === undefined) io.stdout(text);
  else writeNew(output, options.output!, text, options.force === true);
  const separator = locale === 'en' ? ': ' : '：';
  for (const line of [...remarkLines(result, locale), ...missingLines(result, locale)]) io.stderr(`${shown}${separator}${line}\n`);
  const summary = summaryLine(result, locale);
  if (summary) io.stderr(`${shown}${separator}${summary}\n`);
  return result.missing.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

export function registerImport(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withOutputOption(program.command('import'), 'output', 'write the report to a file instead of stdout')
    .description('read a published report (PDF, HTML, Word .docx, copied text, Markdown) into a YAML report')
    .argument('<file>', 'the published report, or - for stdin')
    .option('--force', 'overwrite the output file if it exists')
    .option('--locale <locale>', 'language of the messages: zh-CN or en (default: from LANG)')
    .action(async (file: string, options: ImportOptions) => {
      setExitCode(await importCommand(file, options, io));
    });
}
