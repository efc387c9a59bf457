/**
 * The readers, one per input form. The bytes say which form a file is (read/detect.ts); the form's
 * reader turns it into rows of cells (read/document.ts), the one shape every later stage reads. A new
 * input form is one entry here and a kind in detect.ts.
 */
import { ImportError } from '../errors.js';
import { checkHtmlBounds, checkInputSize } from './bounds.js';
import { type Detected, detectSource } from './detect.js';
import type { SourceDocument } from './document.js';
import { docxToHtml } from './docx.js';
import { htmlRows } from './html.js';
import { pdfRows } from './pdf.js';
import { textRows } from './text.js';

type Readable = Exclude<Detected, { kind: 'unreadable' }>;
type Reader<K extends Readable['kind']> = (detected: Extract<Readable, { kind: K }>, bytes: Uint8Array) => Promise<SourceDocument>;

const READERS: { readonly [K in Readable['kind']]: Reader<K> } = {
  // Synchronous readers: readSource, being async, turns what they throw into a rejection as before.
  html: (d) => Promise.resolve({ ...boundedHtmlRows(d.text), form: 'html', encoding: d.encoding }),
  text: (d) => Promise.resolve({ rows: textRows(d.text), meta: {}, form: 'text', encoding: d.encoding }),
  docx: async (_, bytes) => ({ ...boundedHtmlRows(await docxToHtml(bytes)), form: 'docx' }),
  pdf: async (_, bytes) => ({ rows: await pdfRows(bytes), meta: {}, form: 'pdf' }),
};

function boundedHtmlRows(html: string): ReturnType<typeof htmlRows> {
  checkHtmlBounds(html);
  return htmlRows(html);
}

export async function readSource(bytes: Uint8Array): Promise<SourceDocument> {
  checkInputSize(bytes.byteLength);
  const detected = detectSource(bytes);
  if (detected.kind === 'unreadable') throw new ImportError(detected.message);
  const reader = READERS[detected.kind] as Reader<typeof detected.kind>;
  return reader(detected, bytes);
}
