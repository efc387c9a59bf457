/**
 * A Word .docx to HTML with mammoth, so that it is read by the HTML path: mammoth keeps a table's
 * merged cells as colspan and rowspan. Loaded on first use, so that other imports do not pay for it.
 */

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}
