/**
 * `gov-report render`: a report as the document that is published, in the official layout of its
 * template. Bundled apart (dist/render.js) and loaded by the render command only; the Word writer is
 * a bundle of its own again (dist/render-docx.js), loaded for `--to docx` only.
 */
import { reportDocument } from './document.js';
import { reportHtml } from './html.js';

export function renderHtml(data: unknown, generator: string): string {
  return reportHtml(reportDocument(data), { generator });
}

export async function renderDocx(data: unknown, generator: string): Promise<Uint8Array> {
  const { reportDocx } = await import('./docx.js');
  return reportDocx(reportDocument(data), { generator });
}
