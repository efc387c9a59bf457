#!/usr/bin/env node
// Measures `import` on a corpus of real published reports (npm run corpus:import [CORPUS_DIR]):
// for each report, the table cells of expected.yaml that come out right, wrong, or not recovered
// (null in the output and listed as not recovered), and the totals. A wrong cell is the one thing the
// importer must never produce. `marked` counts the right cells that are null and listed as not
// recovered all the same (a row the source shows without numbers, which the truth has as blank). CORPUS_DIR defaults to ../shared/corpus; run with tsx
// (`node --import tsx scripts/import-corpus.mjs`), as the npm script does. Not part of `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { importReport } from '../src/import/index.ts';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const verbose = process.argv.includes('--verbose');
const cases = readdirSync(corpus)
  .filter((d) => existsSync(join(corpus, d, 'expected.yaml')))
  .sort();

/** Every cell of a table part as JSON Pointer → value (a row's cells are /row/0 …, table 二's /row/column). */
function cells(node, path, out = new Map()) {
  if (Array.isArray(node)) node.forEach((v, i) => out.set(`${path}/${i}`, v));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) cells(v, `${path}/${k}`, out);
  else out.set(path, node ?? null);
  return out;
}

/** The pointers of the cells listed as not recovered (a whole row or table, or some columns of a row). */
function unrecovered(result, got) {
  const flagged = new Set();
  for (const entry of result.missing) {
    for (const pointer of got.keys()) {
      if (pointer !== entry.pointer && !pointer.startsWith(`${entry.pointer}/`)) continue;
      if (!entry.columns) flagged.add(pointer);
    }
    if (entry.columns) {
      for (const column of entry.columns) flagged.add(`${entry.pointer}/${column.key}`);
    }
  }
  return flagged;
}

let totals = { right: 0, wrong: 0, missing: 0, marked: 0, cells: 0 };
let complete = { reports: 0, exact: 0 };
console.log('report  cells  right  wrong  not-recovered  marked  complete-source');
for (const id of cases) {
  const expected = parse(readFileSync(join(corpus, id, 'expected.yaml'), 'utf8'));
  const findings = JSON.parse(readFileSync(join(corpus, id, 'findings.json'), 'utf8'));
  const want = new Map();
  for (const part of ['proactive', 'applications', 'appeals']) if (expected[part]) cells(expected[part], `/${part}`, want);
  let result;
  try {
    result = await importReport(new Uint8Array(readFileSync(join(corpus, id, 'source.txt'))));
  } catch (error) {
    console.log(`${id}: cannot import: ${error instanceof Error ? error.message : String(error)}`);
    totals.missing += want.size;
    totals.cells += want.size;
    continue;
  }
  const got = new Map();
  for (const part of ['proactive', 'applications', 'appeals']) cells(result.report[part], `/${part}`, got);
  const flagged = unrecovered(result, got);
  let right = 0;
  let wrong = 0;
  let missing = 0;
  let marked = 0;
  const wrongCells = [];
  for (const [pointer, value] of want) {
    const actual = got.has(pointer) ? got.get(pointer) : undefined;
    if (actual === value) {
      right += 1;
      if (flagged.has(pointer)) marked += 1;
    } else if (flagged.has(pointer) && actual === null) missing += 1;
    else {
      wrong += 1;
      wrongCells.push(`${pointer}: expected ${value}, got ${actual}`);
    }
  }
  totals = {
    right: totals.right + right,
    wrong: totals.wrong + wrong,
    missing: totals.missing + missing,
    marked: totals.marked + marked,
    cells: totals.cells + want.size,
  };
  if (findings.complete && want.size > 0) {
    complete.reports += 1;
    if (right === want.size) complete.exact += 1;
  }
  console.log(
    `${id}    ${String(want.size).padStart(5)}  ${String(right).padStart(5)}  ${String(wrong).padStart(5)}  ${String(missing).padStart(13)}  ${String(marked).padStart(6)}  ${findings.complete ? 'yes' : 'no'}`,
  );
  for (const line of wrongCells) console.log(`        WRONG ${line}`);
  if (verbose)
    for (const entry of result.missing)
      console.log(
        `        missing ${entry.pointer}${entry.columns ? ` [${entry.columns.map((c) => c.zh).join('、')}]` : ''}: ${entry.reason}`,
      );
}
console.log(
  `\ntotal   ${String(totals.cells).padStart(5)}  ${String(totals.right).padStart(5)}  ${String(totals.wrong).padStart(5)}  ${String(totals.missing).padStart(13)}  ${String(totals.marked).padStart(6)}`,
);
console.log(`complete reports with every table cell right: ${complete.exact}/${complete.reports}`);
process.exitCode = totals.wrong > 0 ? 1 : 0;
