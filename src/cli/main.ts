import { Command, CommanderError } from 'commander';
import { RuleFailure } from '../engine/run.js';
import { type CliIo, EXIT_TOOL_FAILURE, processIo, UsageError } from './io.js';
import { VERSION } from '../version.js';

type Register = (program: Command, io: CliIo, setExitCode: (code: number) => void) => void;

/**
 * Each command registers itself; a new command is a module here and a line in this list (in the order
 * of the help). A command's module is loaded only when it runs, or for the help, which lists them all:
 * a lint started by a pre-commit hook evaluates nothing of the other commands.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  lint: async () => (await import('./commands/lint.js')).registerLint,
  rules: async () => (await import('./commands/rules.js')).registerRules,
  explain: async () => (await import('./commands/explain.js')).registerExplain,
  show: async () => (await import('./commands/show.js')).registerShow,
  init: async () => (await import('./commands/init.js')).registerInit,
  import: async () => (await import('./commands/import.js')).registerImport,
  render: async () => (await import('./commands/render.js')).registerRender,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
};

/** The commands to register: the one named (the first word that is not an option), else all of them. */
function commandsFor(argv: readonly string[]): (() => Promise<Register>)[] {
  const named = argv.find((arg) => !arg.startsWith('-'));
  return named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]!] : Object.values(COMMANDS);
}

async function buildProgram(argv: readonly string[], io: CliIo, setExitCode: (code: number) => void): Promise<Command> {
  const program = new Command('gov-report')
    .description('Lint Chinese government information-disclosure annual reports (政府信息公开工作年度报告)')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // One line: commander puts its "(Did you mean …?)" on a line of its own.
      outputError: (message, write) =>
        write(
          `gov-report: ${message
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')
            .trim()}\n`,
        ),
    });

  for (const register of await Promise.all(commandsFor(argv).map((load) => load()))) register(program, io, setExitCode);

  return program;
}

/** Runs the command line and returns the exit code: 0 clean, 1 findings, 2 the tool could not do its job. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  try {
    const program = await buildProgram(argv, io, (code) => (exitCode = code));
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
