/**
 * `gov-report import`: a published report (PDF, HTML, Word, copied text, Markdown) to a report in our
 * format. Deterministic and offline; it never guesses and never repairs a total: every cell comes
 * out as the source writes it, or is listed as not recovered, with the reason.
 *
 * The pipeline, one stage per folder:
 *   read/      bytes → the form (detect.ts) → rows of cells, by the form's reader (read/index.ts)
 *   text/      rows → one stream, normalised → the six parts by their headings → metadata
 *   tables/    each table's tokens → the template → tables 二 三 四 read along the template
 *   assemble   the report, and what was not recovered
 */
import { type ImportResult, assemble } from './assemble.js';
import { ImportError } from './errors.js';
import { readSource } from './read/index.js';
import { readTables, tableTokens, templateOf } from './tables/index.js';
import { readMetadata } from './text/metadata.js';
import { partsOf } from './text/parts.js';
import { foldRadicals } from './text/radicals.js';
import { cleanText, headingRemarks } from './text/sections.js';

export { ImportError } from './errors.js';
export { type ImportResult, missingLines, remarkLines, renderImport, summaryLine } from './assemble.js';
export { type ImportLocale, localize } from './messages.js';

const FORM_NAMES = { docx: 'a Word document', html: 'HTML', pdf: 'PDF', text: 'text' } as const;

export async function importReport(bytes: Uint8Array): Promise<ImportResult> {
  const source = await readSource(bytes);
  const parts = partsOf(source.rows);
  const tokens = tableTokens(parts);
  if (parts.marks.length === 0) {
    throw new ImportError('found no part of an annual report in it: none of the six headings (一、总体情况 …) and no table');
  }
  const notes: string[] = [
    `read as ${FORM_NAMES[source.form]}${source.encoding && source.encoding !== 'utf-8' ? ` (${source.encoding})` : ''}`,
  ];
  const head = parts.flat.text
    .slice(0, parts.marks[0]!.start)
    .split('\n')
    .map((l) => cleanText(l))
    .filter((l) => l !== '');
  const meta = Object.fromEntries(Object.entries(source.meta).map(([k, v]) => [k, typeof v === 'string' ? foldRadicals(v) : v]));
  const metadata = readMetadata(head, parts.flat.text, meta);
  const detected = templateOf(tokens);
  const template = detected?.template ?? (metadata.year !== undefined && metadata.year <= 2020 ? '2019' : '2021');
  if (detected) {
    notes.push(`template ${template}, told by ${detected.from}`);
    if (detected.conflict) notes.push(detected.conflict);
  } else {
    notes.push(
      `template ${template}: the tables do not tell, so it follows the ${metadata.year !== undefined ? `year ${metadata.year}` : 'current template'}`,
    );
  }
  return assemble(parts, metadata, template, readTables(tokens, template), notes, headingRemarks(parts.headings));
}
