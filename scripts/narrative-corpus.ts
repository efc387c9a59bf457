// Measures `narrative-consistency` on a corpus of real reports with hand-checked truth:
//
//   npm run corpus:narrative [-- CORPUS_DIR] [--verbose]
//
// Each folder of CORPUS_DIR (default ../shared/corpus) holds `expected.yaml` (a report in our format)
// and `findings.json` (`narrative_claims`: the counts its text states; `findings`: the true problems,
// `narrative-mismatch` among them). For every report it prints the claims the rule's extractor finds
// (and how many of the listed claims they cover), the mismatches the rule reports, the true mismatches
// it finds, and the ones it reports that are not true (false positives). Exits 1 when a true mismatch
// is missed or a false one reported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { lintLoaded } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { isPlainObject } from '../src/model/pointer.js';
import { TEXT_SECTION_KEYS } from '../src/model/template.js';
import { type Claim, extractClaims, jurisdictionOf, type Rejection } from '../src/narrative/claims.js';
import { narrativeConsistency } from '../src/rules/narrative-consistency.js';

interface Truth {
  readonly findings?: readonly { rule: string; detail?: string }[];
  readonly narrative_claims?: readonly { text: string; means: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const squeeze = (s: string) => s.replace(/\s+/g, '');

if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const ids = readdirSync(corpus)
  .filter((d) => existsSync(join(corpus, d, 'expected.yaml')))
  .sort();

const rows: string[][] = [];
const totals = { claims: 0, listed: 0, covered: 0, reported: 0, truth: 0, found: 0, falsePositives: 0, fpReports: 0, missedReports: 0 };

for (const id of ids) {
  const text = readFileSync(join(corpus, id, 'expected.yaml'));
  const truthPath = join(corpus, id, 'findings.json');
  const truth: Truth = existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, 'utf8')) : {};
  const data: unknown = parse(text.toString('utf8'));

  // What the extractor reads in the text sections.
  const claims: Claim[] = [];
  const rejections: Rejection[] = [];
  if (isPlainObject(data)) {
    const settings = {
      ...(typeof data.year === 'number' ? { year: data.year } : {}),
      jurisdiction: jurisdictionOf(typeof data.agency === 'string' ? data.agency : undefined, data.agency_kind),
    };
    for (const key of TEXT_SECTION_KEYS) {
      const section = data[key];
      if (typeof section === 'string') claims.push(...extractClaims(section, settings, rejections));
    }
  }
  const listed = truth.narrative_claims ?? [];
  const covered = listed.filter((l) => claims.some((c) => squeeze(l.text).includes(squeeze(c.phrase)) || squeeze(c.phrase).includes(squeeze(l.text))));

  // What the rule reports, run through the engine like `gov-report lint --rule`.
  const report = loadReport(join(corpus, id, 'expected.yaml'), text);
  const diagnostics = lintLoaded(report, { rules: [narrativeConsistency], locale: 'zh-CN' });
  const trueMismatches = (truth.findings ?? [])
    .filter((f) => f.rule === 'narrative-mismatch')
    .map((f) => squeeze(/"([^"]+)"/.exec(f.detail ?? '')?.[1] ?? f.detail ?? ''));
  const matches = (claim: string, quoted: string) => quoted.includes(squeeze(claim)) || squeeze(claim).includes(quoted);
  const found = trueMismatches.filter((quoted) => diagnostics.some((d) => matches(String(d.data.claim), quoted)));
  const falsePositives = diagnostics.filter((d) => !trueMismatches.some((quoted) => matches(String(d.data.claim), quoted)));

  totals.claims += claims.length;
  totals.listed += listed.length;
  totals.covered += covered.length;
  totals.reported += diagnostics.length;
  totals.truth += trueMismatches.length;
  totals.found += found.length;
  totals.falsePositives += falsePositives.length;
  if (falsePositives.length > 0) totals.fpReports += 1;
  if (found.length < trueMismatches.length) totals.missedReports += 1;
  rows.push([
    id,
    String(claims.length),
    `${covered.length}/${listed.length}`,
    String(diagnostics.length),
    `${found.length}/${trueMismatches.length}`,
    String(falsePositives.length),
  ]);
  if (verbose) {
    for (const c of claims) console.log(`${id}  claim     ${c.quantity}=${c.stated}  «${c.phrase}»`);
    for (const l of listed) if (!covered.includes(l)) console.log(`${id}  not read  «${l.text}» (${l.means})`);
    for (const r of rejections) console.log(`${id}  left out  «${r.phrase}»: ${r.reason}`);
    for (const d of diagnostics) console.log(`${id}  ${falsePositives.includes(d) ? 'FALSE    ' : 'reported '} ${d.line}:${d.column} ${d.message}`);
  }
}

const header = ['report', 'claims', 'listed read', 'reported', 'true found', 'false pos.'];
rows.push([
  'total',
  String(totals.claims),
  `${totals.covered}/${totals.listed}`,
  String(totals.reported),
  `${totals.found}/${totals.truth}`,
  String(totals.falsePositives),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) {
  if (row[0] === 'total') console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(row));
}
const recall = totals.truth === 0 ? 1 : totals.found / totals.truth;
const precision = totals.reported === 0 ? 1 : (totals.reported - totals.falsePositives) / totals.reported;
console.log(
  `\nrecall ${totals.found}/${totals.truth} (${(recall * 100).toFixed(0)}%), precision ${totals.reported - totals.falsePositives}/${totals.reported} (${(precision * 100).toFixed(0)}%); ` +
    `reports with a false positive: ${totals.fpReports}/${ids.length}; reports with a missed mismatch: ${totals.missedReports}/${ids.length}`,
);
process.exitCode = totals.falsePositives > 0 || totals.found < totals.truth ? 1 : 0;
