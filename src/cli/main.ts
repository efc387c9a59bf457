import { Command, CommanderError } from 'commander';
import { RuleFailure } from '../engine/run.js';
import { type Locale } from '../engine/types.js';
import { commanderErrorLine } from './commander-errors.js';
import { type CliIo, EXIT_TOOL_FAILURE, processIo, UsageError } from './io.js';
import { resolveLocale } from './locale.js';
import { VERSION } from '../version.js';

// For the bin: whether this run linted a report in this thread (then its compiled code is worth keeping).
export { lintedHere } from '../runner/linted-here.js';

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

/**
 * The language of the run's own errors: `--locale` on the command line when it names one, else the
 * environment's (a --locale that names none is itself an error, said in the environment's language).
 */
function localeOf(argv: readonly string[], env: CliIo['env']): Locale {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  let option: string | undefined;
  options.forEach((arg, i) => {
    if (arg === '--locale' && i + 1 < options.length) option = options[i + 1];
    else if (arg.startsWith('--locale=')) option = arg.slice('--locale='.length);
  });
  try {
    return resolveLocale(option, env);
  } catch {
    return resolveLocale(undefined, env);
  }
}

async function buildProgram(
  argv: readonly string[],
  io: CliIo,
  setExitCode: (code: number) => void,
  onError: (message: string) => void,
): Promise<Command> {
  const program = new Command('gov-report')
    .description('Lint Chinese government information-disclosure annual reports (政府信息公开工作年度报告)')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Said by main, which knows the error's code and so its Chinese line.
      outputError: (message) => onError(message),
    });

  for (const register of await Promise.all(commandsFor(argv).map((load) => load()))) register(program, io, setExitCode);

  return program;
}

/** Runs the command line and returns the exit code: 0 clean, 1 findings, 2 the tool could not do its job. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  let commanderMessage: string | undefined;
  try {
    const program = await buildProgram(
      argv,
      io,
      (code) => (exitCode = code),
      (message) => (commanderMessage = message),
    );
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // One line in the run's language; commander wrote nothing itself but help.
      if (commanderMessage !== undefined) {
        io.stderr(`gov-report: ${commanderErrorLine(error.code, commanderMessage, localeOf(argv, io.env))}\n`);
      }
      // Help and version exit 0; commander's own exit 1 for a bad command line is our 2.
      return error.exitCode === 0 ? 0 : EXIT_TOOL_FAILURE;
    }
    if (error instanceof UsageError) {
      io.stderr(`gov-report: ${error.texts[localeOf(argv, io.env)]}\n`);
      return EXIT_TOOL_FAILURE;
    }
    if (error instanceof RuleFailure) {
      io.stderr(`gov-report: ${error.message}\n`);
      return EXIT_TOOL_FAILURE;
    }
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`gov-report: internal error: ${detail}\n`);
    return EXIT_TOOL_FAILURE;
  }
}
