import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CliIo } from './io.js';
import { cannotWrite } from './output-file.js';

/** Where a command's results go, written piece by piece as they are known. */
export interface OutputSink {
  readonly write: (text: string) => void;
  /** All is written. */
  readonly finish: () => void;
  /** The run failed: leave nothing half written. */
  readonly abandon: () => void;
}

export function stdoutSink(io: CliIo): OutputSink {
  return { write: (text) => void (text && io.stdout(text)), finish: () => undefined, abandon: () => undefined };
}

/**
 * A file written through a temporary file beside it, renamed into place when all is written: a reader
 * never sees half the results, and a run that fails leaves the file as it was.
 */
export function fileSink(file: string): OutputSink {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const failed = (error: unknown) => cannotWrite(file, error);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw failed(error);
  }
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write(text) {
      if (!text || fd === undefined) return;
      try {
        writeSync(fd, text);
      } catch (error) {
        throw failed(error);
      }
    },
    finish() {
      try {
        close();
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw failed(error);
      }
    },
    abandon() {
      try {
        close();
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}
