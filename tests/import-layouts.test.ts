/**
 * The import robustness suite: every fixture report written in many layouts (tests/layouts/
 * report-layouts.ts: text as copies and converters give it, a web page with merged cells, and the
 * committed PDFs printed from that page by scripts/build-pdf-fixtures.mjs). Each variant must import
 * to the report's own cells, or list the cells it could not read in `not_recovered`: a wrong cell, or
 * a cell left null without saying so, fails. A layout that keeps what import needs must read completely.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { importReport, type ImportResult } from '../src/import/index.js';
import { unknownCellsOf } from '../src/model/not-recovered.js';
import { ROOT } from './helpers.js';
import { piecesOf, reportHtml, TEXT_LAYOUTS } from './layouts/report-layouts.js';

type Data = Record<string, unknown>;

function fixtureReports(): { name: string; report: Data }[] {
  const files = [
    ...readdirSync(join(ROOT, 'fixtures/valid')).map((f) => join(ROOT, 'fixtures/valid', f)),
    join(ROOT, 'fixtures/sample-2023.yaml'),
    ...readdirSync(join(ROOT, 'fixtures/import'))
      .filter((f) => f.endsWith('.expected.yaml'))
      .map((f) => join(ROOT, 'fixtures/import', f)),
  ];
  return files
    .map((file) => ({ name: basename(file).replace(/(?:\.expected)?\.yaml$/, ''), report: parse(readFileSync(file, 'utf8')) as Data }))
    .filter(({ report }) => !report.not_recovered);
}

/** Every table cell as JSON Pointer → value. */
function cells(node: unknown, path: string, out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(node)) node.forEach((v, i) => out.set(`${path}/${i}`, v));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) cells(v, `${path}/${k}`, out);
  else out.set(path, node ?? null);
  return out;
}

interface Score {
  readonly right: number;
  readonly unread: number;
  readonly wrong: readonly string[];
}

function score(expected: Data, result: ImportResult): Score {
  const unknown = unknownCellsOf(result.report);
  let right = 0;
  let unread = 0;
  const wrong: string[] = [];
  for (const table of ['proactive', 'applications', 'appeals']) {
    const got = cells(result.report[table], `/${table}`);
    for (const [pointer, want] of cells(expected[table], `/${table}`)) {
      const value = got.has(pointer) ? got.get(pointer) : undefined;
      if (value === want && !unknown(pointer)) right += 1;
      else if ((value === null || value === undefined) && unknown(pointer)) unread += 1;
      else wrong.push(`${pointer}: got ${String(value)}, expected ${String(want)}${unknown(pointer) ? ' (listed as not recovered)' : ''}`);
    }
  }
  for (const field of ['agency', 'year']) {
    if (!unknown(`/${field}`) && result.report[field] !== expected[field])
      wrong.push(`/${field}: got ${String(result.report[field])}, expected ${String(expected[field])}`);
  }
  return { right, unread, wrong };
}

const encode = (text: string) => new TextEncoder().encode(text);
const PDFS = join(ROOT, 'fixtures/import-pdf');

interface Variant {
  readonly layout: string;
  readonly bytes: () => Uint8Array;
  /** The layout keeps what import needs (see TEXT_LAYOUTS): the variant must read completely. */
  readonly complete: boolean;
}

function variantsOf(name: string, report: Data): Variant[] {
  const pieces = piecesOf(report);
  return [
    ...Object.entries(TEXT_LAYOUTS).map(([layout, { layout: write, readsCompletely }]) => ({
      layout,
      bytes: () => encode(write(pieces)),
      complete: readsCompletely,
    })),
    { layout: 'html-merged-cells', bytes: () => encode(reportHtml(report)), complete: true },
    ...['centred', 'top', 'tight']
      .filter((style) => existsSync(join(PDFS, `${name}.${style}.pdf`)))
      .map((style) => ({
        layout: `pdf-${style}`,
        bytes: () => new Uint8Array(readFileSync(join(PDFS, `${name}.${style}.pdf`))),
        complete: true,
      })),
  ];
}

describe('import: the same report in many layouts', () => {
  const reports = fixtureReports();
  const totals = { variants: 0, complete: 0, wrong: 0, layouts: new Set<string>() };

  it('has every fixture report and at least ten layouts, PDFs among them', () => {
    assert.ok(reports.length >= 10, `${reports.length} reports`);
    const layouts = variantsOf(reports[0]!.name, reports[0]!.report).map((v) => v.layout);
    assert.ok(layouts.length >= 12, layouts.join(', '));
    assert.ok(layouts.includes('pdf-centred') && layouts.includes('pdf-top'), 'the PDFs of scripts/build-pdf-fixtures.mjs are committed');
  });

  for (const { name, report } of reports) {
    it(`${name}: every layout gives the report's own cells, or lists what it could not read`, async (t) => {
      const failures: string[] = [];
      for (const variant of variantsOf(name, report)) {
        const result = await importReport(variant.bytes());
        const { wrong, unread } = score(report, result);
        totals.variants += 1;
        totals.layouts.add(variant.layout);
        totals.wrong += wrong.length;
        if (unread === 0 && wrong.length === 0) totals.complete += 1;
        if (wrong.length > 0) failures.push(`${variant.layout}: ${wrong.length} wrong: ${wrong.slice(0, 3).join('; ')}`);
        else if (variant.complete && unread > 0) {
          failures.push(
            `${variant.layout}: ${unread} cells not read, though the layout keeps what import needs: ${result.missing
              .slice(0, 2)
              .map((m) => `${m.pointer} ${m.reason}`)
              .join('; ')}`,
          );
        }
      }
      t.diagnostic(`${name}: ${totals.variants} variants so far, ${totals.complete} read completely, ${totals.wrong} wrong cells`);
      assert.deepEqual(failures, []);
    });
  }
});
