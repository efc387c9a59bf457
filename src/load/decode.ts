/**
 * Bytes of a report file to text: UTF-8 with or without a BOM, UTF-16 with a BOM, and GB18030 (which
 * covers GBK and GB2312) for files that are not valid UTF-8 — common for reports saved on Windows.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding; readonly bom: boolean }
  | { readonly ok: false; readonly reason: 'binary' | 'not-text'; readonly offset: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (a prefix may end inside a sequence, hence `stream`).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A lone CR is a line break to YAML and to editors (old Mac files); LF lets every tool count lines alike. */
const withLineFeeds = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

export function decodeReport(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ...decoded, text: withLineFeeds(decoded.text) } : decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'binary', offset: nul };
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', bom };
  const gb18030 = tryDecode('gb18030', body);
  if (gb18030 !== undefined) return { ok: true, text: gb18030, encoding: 'gb18030', bom: false };
  return { ok: false, reason: 'not-text', offset: firstInvalidUtf8(body) + (bom ? 3 : 0) };
}
