import { fstatSync } from 'node:fs';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  /** The terminal's width when stdout is a terminal (`show` and `rules` fit their tables to it). */
  readonly columns?: number;
  readonly readStdin: () => Promise<Uint8Array>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Whether stdout is a terminal. Only a character device can be one: for a pipe or a file (a hook, CI)
 * this is answered without creating process.stdout, which loads the stream and tty modules.
 */
function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}

/**
 * Output faults. A reader that goes away (`| head`, a pager quit early) is ordinary use: the rest of the
 * output is dropped and the run ends as it would have. Any other failure to write the results (a full
 * disk) is the tool failing at its job: one line on stderr and exit 2, at once, since the results are lost.
 */
function guardOutput(streamOf: () => NodeJS.WriteStream, onFailure: (error: NodeJS.ErrnoException) => void): () => boolean {
  let closed = false;
  let guarded = false;
  return () => {
    const stream = streamOf();
    if (!guarded) {
      guarded = true;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (closed) return;
        closed = true;
        if (error.code !== 'EPIPE') onFailure(error);
      });
    }
    return !closed && !stream.destroyed;
  };
}

export function processIo(): CliIo {
  const stdoutOpen = guardOutput(
    () => process.stdout,
    (error) => {
      if (stderrOpen()) process.stderr.write(`gov-report: cannot write the results to stdout: ${error.code ?? error.message}\n`);
      process.exit(EXIT_TOOL_FAILURE);
    },
  );
  // Nowhere is left to say that stderr failed.
  const stderrOpen = guardOutput(
    () => process.stderr,
    () => undefined,
  );
  let isTTY: boolean | undefined;
  return {
    stdout: (text) => void (stdoutOpen() && process.stdout.write(text)),
    stderr: (text) => void (stderrOpen() && process.stderr.write(text)),
    env: process.env,
    cwd: process.cwd(),
    get stdoutIsTTY() {
      return (isTTY ??= stdoutIsTerminal());
    },
    get columns() {
      return this.stdoutIsTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined;
    },
    readStdin: () => readAll(process.stdin),
  };
}

export { UsageError } from '../errors.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TOOL_FAILURE = 2;
