/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

/** The tool cannot do its job (bad option, missing file …): one line on stderr, exit 2. */
export class UsageError extends Error {}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TOOL_FAILURE = 2;
