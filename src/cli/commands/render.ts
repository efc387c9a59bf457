import { existsSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { configSourceOf } from '../../config/resolve.js';
import { isSuppressed } from '../../engine/types.js';
import { lintFile } from '../../runner/lint-files.js';
import { VERSION } from '../../version.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../io.js';
import { withConfig } from '../options.js';
import { cannotWriteBecause } from '../output-file.js';

interface RenderOptions {
  readonly to?: string;
  readonly output?: string;
  readonly force?: boolean;
  readonly config?: string | false;
}

const FORMATS = ['html', 'docx'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Readonly<Record<string, Format>> = { '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** `--to`, else the output file's extension, else html. */
function formatOf(options: RenderOptions): Format {
  if (options.to !== undefined) return options.to as Format;
  const byExtension = options.output === undefined ? undefined : EXTENSIONS[extname(options.output).toLowerCase()];
  return byExtension ?? 'html';
}

/** The same file, through links and `..`, when both exist. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Writes a regular file next to the target and renames it over, so that a failed write (a full disk)
 * never leaves half a file. Anything else that is already there (a device such as /dev/stdout, a pipe,
 * a link) is written to in place, never replaced.
 */
function writeOutput(file: string, shown: string, content: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(file);
  } catch {
    existing = undefined;
  }
  const inPlace = existing !== undefined && !existing.isFile();
  try {
    mkdirSync(dirname(file), { recursive: true });
    if (inPlace) {
      writeFileSync(file, content);
      return;
    }
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    if (!inPlace) rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw cannotWriteBecause(shown, 'permission denied', '没有写入权限');
    if (code === 'EISDIR') throw cannotWriteBecause(shown, 'is a directory', '这是一个文件夹');
    if (code === 'ENOSPC') throw cannotWriteBecause(shown, 'no space left on the device', '磁盘空间已满');
    const reason = code ?? String(error);
    throw cannotWriteBecause(shown, reason, reason);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Renders one report. Exit 1, with one line on stderr, when the report is not valid YAML/JSON or has
 * lint errors (unless --force); 2 when the tool cannot do its job (no such file, output not writable).
 */
async function renderCommand(file: string, options: RenderOptions, io: CliIo): Promise<number> {
  const format = formatOf(options);
  const absolute = resolve(io.cwd, file);
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  if (format === 'docx' && output === undefined) {
    throw new UsageError({
      en: 'a Word document is a binary file: name it with -o <file.docx>',
      'zh-CN': 'Word 文档是二进制文件，不能输出到终端：请用 -o <文件.docx> 指定文件名',
    });
  }
  if (output !== undefined && sameFile(absolute, output)) {
    throw new UsageError({
      en: `-o ${options.output} is the report being rendered; input files are never written`,
      'zh-CN': `-o ${options.output} 就是正在生成的报告本身；本工具从不改写输入的文件`,
    });
  }
  const { report, diagnostics } = lintFile({ file, cwd: io.cwd, config: configSourceOf(options.config, io.cwd), locale: 'en' });
  if (report.syntaxProblems.length > 0) {
    io.stderr(`gov-report: cannot render ${file}: it is not valid YAML/JSON (see gov-report lint ${file})\n`);
    return EXIT_FINDINGS;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error' && !isSuppressed(d)).length;
  if (errors > 0 && options.force !== true) {
    io.stderr(
      `gov-report: ${file} has ${plural(errors, 'lint error')}: fix them (gov-report lint ${file}) or render it anyway with --force\n`,
    );
    return EXIT_FINDINGS;
  }
  if (errors > 0) io.stderr(`gov-report: rendering ${file} as it is, with ${plural(errors, 'lint error')} (--force)\n`);

  // Loaded here, so that lint and the other commands never load the renderer.
  const { renderDocx, renderHtml } = await import('../../render/index.js');
  const generator = `gov-report ${VERSION}`;
  const content = format === 'docx' ? await renderDocx(report.data, generator) : renderHtml(report.data, generator);
  if (output === undefined) io.stdout(content as string);
  else writeOutput(output, options.output!, content);
  return EXIT_CLEAN;
}

export function registerRender(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withConfig(program.command('render'))
    .description('write a report as the published document in its official layout: a web page or a Word file')
    .argument('<file>', 'a report file (.yaml, .yml or .json)')
    .addOption(new Option('--to <format>', 'html or docx (default: from the -o extension, else html)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file (html goes to stdout without it; docx needs it)')
    .option('--force', 'render a report that has lint errors (by default render refuses it)')
    .action(async (file: string, options: RenderOptions) => {
      setExitCode(await renderCommand(file, options, io));
    });
}
