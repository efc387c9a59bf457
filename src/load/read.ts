import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { noSuchFile, UsageError } from '../errors.js';

/** Reports are a few kilobytes; a file far larger is not one, and reading it could exhaust memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function tooLarge(shown: string, size: number, maxBytes: number): UsageError {
  return new UsageError({
    en: `${shown} is ${megabytes(size)}, over the limit of ${megabytes(maxBytes)} (--max-file-size)`,
    'zh-CN': `${shown} 有 ${megabytes(size)}，超过了 ${megabytes(maxBytes)} 的上限（--max-file-size）`,
  });
}

function cannotRead(shown: string, en: string, zh: string): UsageError {
  return new UsageError({ en: `cannot read ${shown}: ${en}`, 'zh-CN': `无法读取 ${shown}：${zh}` });
}

/** Why a file could not be read, from the error of the call that tried, in one line (exit 2). */
export function cannotReadFile(shown: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return noSuchFile(shown);
  if (code === 'EACCES') return cannotRead(shown, 'permission denied', '没有读取权限');
  if (code === 'EISDIR') return cannotRead(shown, 'is a directory', '这是一个文件夹');
  if (code === 'ELOOP') return cannotRead(shown, 'the symbolic link loops', '符号链接指向了自身（循环链接）');
  const reason = code ?? String(error);
  return cannotRead(shown, reason, reason);
}

/** The bytes of a report file; a file that cannot be read is the tool's failure (exit 2), said in one line. */
export function readReportBytes(absolute: string, shown: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    // Before opening: a named pipe nobody writes to would block the open for ever.
    const stats = statSync(absolute);
    if (!stats.isFile()) {
      throw stats.isDirectory()
        ? cannotRead(shown, 'is a directory', '这是一个文件夹')
        : cannotRead(shown, 'not a regular file', '不是普通文件');
    }
    fd = openSync(absolute, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw tooLarge(shown, size, maxBytes);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotReadFile(shown, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
