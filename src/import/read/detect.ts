/**
 * What a file given to `import` is, from its bytes (a name says nothing: pages are saved as .txt):
 * HTML, a Word .docx, a PDF, or text; and the forms it cannot read (images, old .doc, other archives,
 * binary data, an empty file), each with the message that says what to do instead.
 */
import { decodeReport } from '../../load/decode.js';
import { declaredCharset } from './html.js';

export type Detected =
  | { readonly kind: 'html'; readonly text: string; readonly encoding: string }
  | { readonly kind: 'text'; readonly text: string; readonly encoding: string }
  | { readonly kind: 'docx' }
  | { readonly kind: 'pdf' }
  | { readonly kind: 'unreadable'; readonly message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, text: string) => [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

const IMAGE = 'an image: a report in a picture needs OCR first; import reads HTML, Word (.docx), PDF and text';

function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return IMAGE;
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return IMAGE;
  if (ascii(bytes, 0, 'GIF8')) return IMAGE;
  if (ascii(bytes, 0, 'BM') && bytes.length > 26 && bytes[14]! >= 12 && bytes[15] === 0) return IMAGE;
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return IMAGE;
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return IMAGE;
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return 'an old Word .doc (or another Office 97 file): save it as .docx and import that';
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  return undefined;
}

/** A zip is a .docx when it holds word/document.xml (entry names are stored in plain ASCII). */
function isDocx(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table|div|p|h[1-6])[\s>/]/i;

function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3);
  return HTML_START.test(head);
}

const GB = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn', 'hz-gb-2312']);

function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf) || startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  const declared = bom ? undefined : declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const label = GB.has(declared) ? 'gb18030' : declared;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      // An unknown label or bytes that are not in it: read it as if nothing were declared.
    }
  }
  const decoded = decodeReport(bytes);
  return decoded.ok ? { text: decoded.text, encoding: decoded.encoding } : undefined;
}

export function detectSource(bytes: Uint8Array): Detected {
  if (bytes.length <= 4096 && /^\s*$/.test(new TextDecoder('latin1').decode(bytes))) {
    return { kind: 'unreadable', message: 'the file is empty' };
  }
  // A PDF's header may follow up to 1 KB of other bytes.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1')) return { kind: 'pdf' };
  const binary = binaryKind(bytes);
  if (binary === 'zip') {
    if (isDocx(bytes)) return { kind: 'docx' };
    return { kind: 'unreadable', message: 'a zip archive that is not a Word .docx document' };
  }
  if (binary) return { kind: 'unreadable', message: `the file is ${binary}` };
  if (looksLikeHtml(bytes)) {
    const html = decodeHtml(bytes);
    if (html) return { kind: 'html', ...html };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) {
    return {
      kind: 'unreadable',
      message: `the file is not text (${decoded.reason === 'binary' ? 'a NUL byte' : 'bytes that are neither UTF-8 nor GB18030'} at byte ${decoded.offset}); import reads HTML, Word (.docx), PDF and text`,
    };
  }
  // A page saved as UTF-16 is only seen to be HTML once decoded.
  return { kind: HTML_START.test(decoded.text) ? 'html' : 'text', text: decoded.text, encoding: decoded.encoding };
}
