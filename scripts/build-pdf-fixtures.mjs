#!/usr/bin/env node
// Builds the PDF fixtures of the import layout suite, once, with headless Chromium (Debian's
// `chromium`; a CJK font such as fonts-wqy-zenhei must be installed):
//   node --import tsx scripts/build-pdf-fixtures.mjs [--extra-only: only the PDFs that are not a layout of a report]
// Each fixture report (fixtures/valid, fixtures/sample-2023.yaml, fixtures/import/*.expected.yaml) is
// written as a web page with the template's merged cells (tests/layouts/report-layouts.ts) in two
// styles — cells centred with narrow label columns, so labels wrap and numbers sit between their
// lines; and cells aligned at the top — and printed to PDF; four of them also as Word sets a table
// (no padding, single spacing: rows a line apart), and one with blank cells printed as nothing. Also three PDFs import must refuse: one
// without a text layer (only drawings), one encrypted with a password, one damaged. The outputs are
// committed to fixtures/import-pdf/; run this after a change to the reports or the layouts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { reportHtml } from '../tests/layouts/report-layouts.ts';
import { pdfOf } from './hostile-inputs.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'fixtures/import-pdf');
mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'gov-report-pdf-'));

/** @satisfies {Record<string, NonNullable<Parameters<typeof reportHtml>[1]>>} */
export const STYLES = {
  centred: { labelWidth: 7, verticalAlign: 'middle', fontSize: 12 },
  top: { labelWidth: 16, verticalAlign: 'top', fontSize: 11 },
};

function reports() {
  const files = [
    ...readdirSync(join(root, 'fixtures/valid')).map((f) => join(root, 'fixtures/valid', f)),
    join(root, 'fixtures/sample-2023.yaml'),
    ...readdirSync(join(root, 'fixtures/import'))
      .filter((f) => f.endsWith('.expected.yaml'))
      .map((f) => join(root, 'fixtures/import', f)),
  ];
  return files
    .map((file) => ({ name: basename(file).replace(/(\.expected)?\.yaml$/, ''), report: parse(readFileSync(file, 'utf8')) }))
    .filter(({ report }) => !report.not_recovered);
}

function print(html, pdf) {
  const page = join(scratch, 'page.html');
  writeFileSync(page, html);
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`],
    { stdio: 'ignore' },
  );
}

for (const { name, report } of process.argv.includes('--extra-only') ? [] : reports()) {
  for (const [style, options] of Object.entries(STYLES)) {
    print(reportHtml(report, options), join(out, `${name}.${style}.pdf`));
    console.log(`wrote fixtures/import-pdf/${name}.${style}.pdf`);
  }
}

// Blank cells printed as nothing at all (no “/”): busy-2022 with a few cells blank, for the column bands.
{
  const busy = reports().find((r) => r.name === 'busy-2022');
  if (!busy) throw new Error('busy-2022 is not among the reports');
  const report = busy.report;
  report.applications.new[2] = null;
  report.applications.results.total[6] = null;
  report.applications.carried_forward[0] = null;
  report.appeals.litigation_direct[4] = null;
  report.proactive.normative_documents.repealed = null;
  writeFileSync(
    join(out, 'blank-cells.yaml'),
    `# busy-2022 with these cells blank: what blank-cells.pdf shows\n${JSON.stringify({ applications: report.applications, appeals: report.appeals, proactive: report.proactive })}\n`,
  );
  print(reportHtml(report, { ...STYLES.centred, blank: '' }), join(out, 'blank-cells.pdf'));
}

// Tables as Word sets them: no padding above and below a cell, single spacing, labels wrapped and
// aligned at the top, so one row's last line and the next row's first stand a line apart.
for (const { name, report } of reports().filter((r) =>
  ['busy-2022', 'government-2023', 'report-2019-template', 'sample-2023'].includes(r.name),
)) {
  print(reportHtml(report, { labelWidth: 7, verticalAlign: 'top', fontSize: 12, tight: true }), join(out, `${name}.tight.pdf`));
  console.log(`wrote fixtures/import-pdf/${name}.tight.pdf`);
}

// No text layer: a page of drawings only, as a scan has pictures only.
print(
  '<!DOCTYPE html><html><body><svg width="600" height="800"><rect x="40" y="40" width="500" height="30" fill="#333"/><rect x="40" y="100" width="500" height="600" fill="none" stroke="#000"/></svg></body></html>',
  join(out, 'no-text-layer.pdf'),
);

// Encrypted: a one-page PDF whose standard security handler wants a user password (the /U entry
// matches no empty password), so nothing can be read without it.
{
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n12345678\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${'a5'.repeat(32)}> /U <${'5a'.repeat(32)}> /P -4 >>`,
  ];
  const pdf = pdfOf(objects, ` /Encrypt 5 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`);
  writeFileSync(join(out, 'encrypted.pdf'), pdf, 'latin1');
}

// Damaged: the first kilobytes of a real PDF, cut off.
{
  const whole = readFileSync(join(out, `${reports()[0]?.name}.top.pdf`));
  writeFileSync(join(out, 'damaged.pdf'), whole.subarray(0, 2000));
}
rmSync(scratch, { recursive: true, force: true });
console.log('wrote fixtures/import-pdf/no-text-layer.pdf, encrypted.pdf, damaged.pdf');
