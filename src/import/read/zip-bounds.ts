/**
 * What a zip (a Word .docx) may expand to, checked before anything is expanded by the Word reader:
 * at most MAX_ENTRIES entries and MAX_EXPANDED bytes in all. The sizes an archive declares are not
 * trusted: each entry is inflated here with a ceiling on its output, so a bomb that understates its
 * sizes is stopped at the ceiling, in a fraction of a second and without holding more than it.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../errors.js';

const MAX_ENTRIES = 1000;
export const MAX_EXPANDED = 32 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ImportError('the Word document could not be read: it is not a complete zip archive (no central directory)');
}

/** Throws an ImportError unless every entry of the archive can be expanded within the bounds. */
export function checkZipBounds(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ImportError('the Word document is a zip64 archive, larger than a report can be');
  if (count > MAX_ENTRIES) throw new ImportError(`the Word document holds ${count} parts, over the limit of ${MAX_ENTRIES}`);
  let expanded = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw new ImportError('the Word document could not be read: a damaged zip archive');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (declared === 0xffffffff || compressed === 0xffffffff)
      throw new ImportError('the Word document is a zip64 archive, larger than a report can be');
    expanded += declared;
    if (expanded > MAX_EXPANDED)
      throw new ImportError(`the Word document would expand to more than ${mb(MAX_EXPANDED)}, over the limit for a report`);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL)
      throw new ImportError('the Word document could not be read: a damaged zip archive');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    if (method === DEFLATED) {
      // The output ceiling is what the archive may still expand to: a lie about the size stops there.
      let inflated: number;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, MAX_EXPANDED - expanded + declared) }).byteLength;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ImportError(`the Word document would expand to more than ${mb(MAX_EXPANDED)}, over the limit for a report`);
        }
        throw new ImportError('the Word document could not be read: a damaged zip archive (a part cannot be expanded)');
      }
      expanded += inflated - declared;
      if (expanded > MAX_EXPANDED)
        throw new ImportError(`the Word document would expand to more than ${mb(MAX_EXPANDED)}, over the limit for a report`);
    } else if (method !== STORED) {
      throw new ImportError(`the Word document uses a compression (method ${method}) Word does not write`);
    }
    at = next;
  }
}
