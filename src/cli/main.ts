import { Command, CommanderError, Option } from 'commander';
import { RuleFailure } from '../engine/run.js';
import { FORMATTERS } from '../format/index.js';
import { type CliIo, EXIT_TOOL_FAILURE, processIo, UsageError } from './io.js';
import { lintCommand } from './lint-command.js';
import { VERSION } from '../version.js';


function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('gov-report')
    .description('Lint Chinese government information-disclosure annual reports (政府信息公开工作年度报告)')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`gov-report: ${message.replace(/^error: /, '')}`),
    });

  program
    .command('lint')
    .description('check report files (.yaml, .yml, .json) or directories of them')
    .argument('<paths...>', 'report files or directories')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--locale <locale>', 'message language: zh-CN or en (default: from LC_ALL / LANG)')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .action((paths: string[], options: { format: string; locale?: string; color?: boolean }) => {
      setExitCode(lintCommand(paths, options, io));
    });

  return program;
}

/** Runs the command line and returns the exit code: 0 clean, 1 findings, 2 the tool could not do its job. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander's own exit 1 for a bad command line is our 2.
      return error.exitCode === 0 ? 0 : EXIT_TOOL_FAILURE;
    }
    if (error instanceof UsageError || error instanceof RuleFailure) {
      io.stderr(`gov-report: ${error.message}\n`);
      return EXIT_TOOL_FAILURE;
    }
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`gov-report: internal error: ${detail}\n`);
    return EXIT_TOOL_FAILURE;
  }
}
