/**
 * A Word .docx to HTML with mammoth, so that it is read by the HTML path: mammoth keeps a table's
 * merged cells as colspan and rowspan. The archive is bounded first (zip-bounds.ts). Loaded on first
 * use, so that other imports do not pay for it.
 */
import { ImportError } from '../errors.js';
import { checkZipBounds } from './zip-bounds.js';

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  checkZipBounds(bytes);
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    throw new ImportError(`the Word document could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
