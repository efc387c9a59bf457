import { isSuppressed } from '../engine/types.js';
import { messageWithSuggestion } from './common.js';
import { agencyAndYear } from './report-facts.js';
import { formatterFromStream } from './stream.js';
import type { Formatter, StreamFormatter } from './types.js';

const HEADER = ['file', 'agency', 'year', 'rule', 'severity', 'line', 'column', 'message'];
/** Excel reads a file as UTF-8 only when it starts with a byte order mark; without it Chinese comes out garbled. */
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A field a spreadsheet would take for a formula (=, +, -, @, or a tab or CR first) gets a leading
 * apostrophe, as OWASP advises against CSV injection: report text is not to be run in the reviewer's Excel.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per finding, for spreadsheets: file, agency, year, rule, severity, line, column, message. */
export const csvStream: StreamFormatter = ({ reportOf }) => ({
  head: BOM + HEADER.join(',') + NEWLINE,
  file(result) {
    const shown = result.diagnostics.filter((d) => !isSuppressed(d));
    if (shown.length === 0) return '';
    const { agency, year } = agencyAndYear(reportOf?.(result.file));
    let rows = '';
    for (const d of shown) {
      rows +=
        [result.file, agency, year, d.ruleId, d.severity, d.line, d.column, messageWithSuggestion(d)].map(csvField).join(',') + NEWLINE;
    }
    return rows;
  },
  separator: '',
  end: () => '',
});

export const csv: Formatter = formatterFromStream(csvStream);
