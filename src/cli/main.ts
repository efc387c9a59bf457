import { Command, CommanderError } from 'commander';
import { RuleFailure } from '../engine/run.js';
import { type CliIo, EXIT_TOOL_FAILURE, processIo, UsageError } from './io.js';
import { registerExplain } from './commands/explain.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerLint } from './commands/lint.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerShow } from './commands/show.js';
import { VERSION } from '../version.js';


/** Each command registers itself; a new command is a module here and a line in this list. */
const COMMANDS = [registerLint, registerRules, registerExplain, registerShow, registerInit, registerImport, registerRender, registerSchema];

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

  for (const register of COMMANDS) register(program, io, setExitCode);

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
