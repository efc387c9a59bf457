/**
 * The thread behind `runCli` (tests/helpers.ts): runs `main(argv, io)` from the source for each request,
 * with the request's arguments, environment, working folder and stdin, and hands back what it wrote.
 * A thread of the test's own process, so that a test can wait for it synchronously (Atomics.wait) and
 * the CLI's start-up is paid once per test file instead of once per run.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type * as CliMain from '../src/cli/main.js';

export interface HostRequest {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly input?: string | Uint8Array;
  /** Where the reply goes, read by the waiting thread with receiveMessageOnPort. */
  readonly port: MessagePort;
  /** Set to 1 (and notified) once the reply is posted. */
  readonly done: Int32Array;
}

export interface HostReply {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// The version the bundler writes in (scripts/build.mjs `define`), so the output matches the executable's.
(globalThis as { GOV_REPORT_VERSION?: string }).GOV_REPORT_VERSION = (workerData as { version: string }).version;
// A source that does not load fails each run at once, rather than leaving the waiting test to time out.
const loaded = await import('../src/cli/main.js').then(
  (module: Partial<typeof CliMain>) =>
    module.main ? { main: module.main, error: undefined } : { main: undefined, error: new Error('src/cli/main.ts exports no main') },
  (error: unknown) => ({ main: undefined, error }),
);

let current: { reply: (reply: HostReply) => void; stderr: () => string } | undefined;

// An error no `await` catches would otherwise leave the waiting test blocked until its time limit.
const crash = (error: unknown) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  current?.reply({ code: null, stdout: '', stderr: `${current.stderr()}uncaught in the CLI thread: ${detail}\n` });
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// The handler's promise is its own: what it does not catch reaches `unhandledRejection` above.
parentPort!.on(
  'message',
  (request: HostRequest) =>
    void (async () => {
      let stdout = '';
      let stderr = '';
      let replied = false;
      const reply = (message: HostReply) => {
        if (replied) return;
        replied = true;
        request.port.postMessage(message);
        request.port.close();
        Atomics.store(request.done, 0, 1);
        Atomics.notify(request.done, 0);
      };
      current = { reply, stderr: () => stderr };
      // This thread's own copy of the environment becomes the run's, as a process would have it, for the
      // libraries that read process.env themselves (commander's help colours).
      for (const key of Object.keys(process.env)) delete process.env[key];
      Object.assign(process.env, request.env);
      const input = request.input;
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : (input ?? new Uint8Array());
      try {
        if (!loaded.main) throw loaded.error;
        const code = await loaded.main(request.args, {
          stdout: (text) => void (stdout += text),
          stderr: (text) => void (stderr += text),
          env: request.env,
          cwd: request.cwd,
          stdoutIsTTY: false,
          readStdin: () => Promise.resolve(bytes),
        });
        reply({ code, stdout, stderr });
      } catch (error) {
        crash(error);
      }
    })(),
);
