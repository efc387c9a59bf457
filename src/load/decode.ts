/** Bytes of a report file to text: UTF-8 with or without a BOM, UTF-16 with a BOM. */

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search on the longest valid prefix; a prefix may end inside a sequence, so allow 3 bytes of slack.
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

export function decodeReport(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: false, offset: firstInvalidUtf8(body) + (body === bytes ? 0 : 3) };
  }
}
