import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** The bytes of a report file; a file that cannot be read is the tool's failure (exit 2), said in one line. */
export function readReportBytes(absolute: string, shown: string): Uint8Array {
  try {
    return readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    throw new UsageError(`cannot read ${shown}: ${reason}`);
  }
}
