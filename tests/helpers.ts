import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { lintLoaded } from '../src/engine/run.js';
import type { Diagnostic, Locale, Rule, SeveritySetting } from '../src/engine/types.js';
import { loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';
import type { HostReply } from './cli-host.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (name: string) => join(ROOT, 'fixtures', name);
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');

/** The files below a folder, at any depth, whose names match `pattern`. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), pattern) : pattern.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The busy clean report: every relation holds with non-zero numbers. */
export const BUSY = readFixture('valid/busy-2022.yaml');
export const SAMPLE = readFixture('sample-2023.yaml');

interface LintTextOptions {
  readonly rules?: readonly Rule[];
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  readonly locale?: Locale;
  readonly file?: string;
}

export function lintText(text: string | Uint8Array, options: LintTextOptions = {}): Diagnostic[] {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const report = loadReport(options.file ?? 'test.yaml', bytes);
  return lintLoaded(report, { rules: options.rules ?? RULES, locale: options.locale ?? 'en', severities: options.severities });
}

/** Replaces text that must occur exactly once, so an edit cannot silently miss. */
export function edit(text: string, ...replacements: readonly (readonly [string, string])[]): string {
  let result = text;
  for (const [from, to] of replacements) {
    const count = result.split(from).length - 1;
    if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)}, found ${count}`);
    result = result.replace(from, to);
  }
  return result;
}

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a stack trace looks like: never shown to a user. */
export const STACK_TRACE = /\n\s+at /;

/** A tool failure: nothing on stdout, one line on stderr matching `pattern`, no stack trace. */
export function assertOneLineOnStderr(run: { readonly stdout: string; readonly stderr: string }, pattern: RegExp): void {
  assert.equal(run.stdout, '');
  assert.match(run.stderr, pattern);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, STACK_TRACE);
}

/**
 * Runs the CLI in this process: `main(argv, io)` from the source, on a thread of its own, with `args`, the
 * environment `{ PATH, ...env }`, working folder `cwd` (default: the project root) and `input` on stdin —
 * as `runBin` would, without starting a process. For what only a real process shows (the executable and
 * its bundle, pipes, signals, hangs, exit codes end to end, running as another user), use `runBin`.
 */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string; timeoutMs?: number } = {},
): CliRunWith {
  const host = cliHost();
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  const request = { args: [...args], env, cwd: options.cwd ?? ROOT, input: options.input, port: port2, done };
  host.postMessage(request, [port2]);
  const waited = Atomics.wait(done, 0, 0, options.timeoutMs ?? 30_000);
  const reply = receiveMessageOnPort(port1)?.message as HostReply | undefined;
  port1.close();
  if (waited === 'timed-out' || !reply) {
    // A run that does not end takes its thread with it; the next run starts a new one.
    void host.terminate();
    cliThread = undefined;
    return { code: null, signal: null, stdout: '', stderr: '', timedOut: true };
  }
  return { ...reply, signal: null, timedOut: false };
}

/**
 * `main(argv, io)` on this thread, awaited, as runCli runs it on its own: for commands whose large libraries
 * the test's thread loads anyway (import of PDF: pdf.js), which the thread of runCli would load once more.
 * The version is the source's (0.0.0-dev), not the bundler's as under runCli.
 */
export async function runMain(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string } = {},
): Promise<CliRun> {
  const { main } = await import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const input = options.input;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : (input ?? new Uint8Array());
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { PATH: process.env.PATH ?? '', ...options.env },
    cwd: options.cwd ?? ROOT,
    stdoutIsTTY: false,
    readStdin: () => Promise.resolve(bytes),
  });
  return { code, stdout, stderr };
}

let cliThread: Worker | undefined;

/** The thread that runs the CLI for runCli: started on first use, with tsx (Node 20 does not give threads the loader). */
function cliHost(): Worker {
  if (cliThread) return cliThread;
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./cli-host.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  // The stack of a process's main thread (V8's default, just under 1 MB) rather than a thread's 4 MB, so
  // that deep input overflows here where it would overflow the executable.
  cliThread = new Worker(boot, { eval: true, workerData: { version }, resourceLimits: { stackSizeMb: 0.95 } });
  // The test process ends when its tests do, whatever the thread is waiting for.
  cliThread.unref();
  return cliThread;
}

/** A temporary folder for the tests of one file, removed after them; `write` lays out a file in it. */
export function scratchFolder(prefix: string): {
  readonly path: () => string;
  readonly write: (name: string, text: string | Uint8Array) => string;
} {
  let folder = '';
  before(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  return {
    path: () => folder,
    write: (name, text) => {
      const file = join(folder, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
  };
}

interface CliRunWithOptions {
  readonly env?: Record<string, string>;
  readonly input?: string | Uint8Array;
  readonly cwd?: string;
  /** Kill the run after this long (a hang then shows as `timedOut`, not as a stuck suite). */
  readonly timeoutMs?: number;
  /** Run as another user (only possible as root), e.g. to make chmod 000 mean something. */
  readonly uid?: number;
  readonly gid?: number;
}

export interface CliRunWith extends CliRun {
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
}

/**
 * Runs the built executable (bin/gov-report.js and the bundle) in a process of its own, as a user would:
 * for the executable itself, pipes, signals, hangs, exit codes end to end and running as another user.
 * Everything else uses `runCli`, which is the same `main` without the process.
 */
export function runBin(args: readonly string[], options: CliRunWithOptions = {}): CliRunWith {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/gov-report.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  const error: NodeJS.ErrnoException | undefined = result.error;
  const timedOut = error?.code === 'ETIMEDOUT';
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut };
}

/** Text as UTF-16 (little or big endian) with its byte order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes[2 + 2 * i] = endian === 'le' ? low : high;
    bytes[3 + 2 * i] = endian === 'le' ? high : low;
  }
  return bytes;
}

let gbTable: Map<string, readonly [number, number]> | undefined;

/**
 * Text as GB18030 bytes, for the characters of its two-byte (GBK) range — every character of our
 * fixtures. Built by decoding every two-byte sequence, since TextEncoder only writes UTF-8.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const char = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbTable.has(char)) gbTable.set(char, [lead, trail]);
        } catch {
          // not a character
        }
      }
    }
  }
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbTable.get(char);
    if (!pair) throw new Error(`no two-byte GB18030 form for ${JSON.stringify(char)}`);
    out.push(...pair);
  }
  return new Uint8Array(out);
}
