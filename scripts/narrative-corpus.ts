// Measures the reading of text against tables on a corpus of real reports with hand-checked truth:
//
//   npm run corpus:narrative [-- CORPUS_DIR] [--verbose]
//
// Each folder of CORPUS_DIR (default ../shared/corpus) holds `expected.yaml` (a report in our format)
// and `findings.json` (`narrative_claims`: the counts its text states and the quantity each means;
// `findings`: the true problems, `narrative-mismatch` among them). Per claim of the truth it counts:
// read as the right quantity (the truth's quantity is among the claim's readings), read as a wrong
// one, not read; and per true mismatch: found, missed, and the warnings that are not true (false).
// Exits 1 on a claim read as a wrong quantity, a missed mismatch or a false warning.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { lintLoaded } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { declaredTemplate, type TemplateId } from '../src/model/template.js';
import { type AssessedClaim, assessClaims } from '../src/narrative/assess.js';
import type { Rejection } from '../src/narrative/claims.js';
import { cellsOf } from '../src/narrative/quantities.js';
import { QUANTITY_IDS, type QuantityId } from '../src/narrative/words.js';
import { narrativeConsistency } from '../src/rules/narrative-consistency.js';

interface Truth {
  readonly findings?: readonly { rule: string; detail?: string }[];
  readonly narrative_claims?: readonly { text: string; means: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const squeeze = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (give its folder: npm run corpus:narrative -- DIR)`);
  process.exit(2);
}

const QUANTITIES: readonly QuantityId[] = QUANTITY_IDS;
const COLUMNS: Readonly<Record<string, number>> = {
  natural_person: 0,
  commercial: 1,
  research: 2,
  nonprofit: 3,
  legal_services: 4,
  other: 5,
  total: 6,
};
const APPEALS: Readonly<Record<string, string>> = {
  review: 'reconsideration',
  litigation_direct: 'litigation_direct',
  litigation_after_review: 'litigation_after_reconsideration',
};
const GROUPS: Readonly<Record<string, QuantityId>> = {
  withheld: 'withheld',
  unavailable: 'unavailable',
  not_processed: 'notProcessed',
  other: 'otherwiseHandled',
};

/** The cells a term of the truth's `means` names: new.natural_person, total.total, withheld.total, table4.review.total … */
function cellsOfTerm(term: string, template: TemplateId): readonly string[] | undefined {
  const [first, second, third] = term.split('.');
  if (first === 'table4') return second && APPEALS[second] ? [`/appeals/${APPEALS[second]}/4`] : undefined;
  if (second === undefined || COLUMNS[second] === undefined) return undefined;
  if (third !== undefined) return undefined;
  if (first === 'new' || first === 'carried_over' || first === 'carried_forward') return [`/applications/${first}/${COLUMNS[second]}`];
  if (second !== 'total') return undefined;
  if (first === 'total' || first === 'disclosed' || first === 'partially_disclosed') return [`/applications/results/${first}/6`];
  const group = first === undefined ? undefined : GROUPS[first];
  return group ? cellsOf(group, template) : undefined;
}

/** The quantity a truth's `means` names (new.total=749 → new, 749), when it is one we know. */
function meaningOf(means: string, template: TemplateId): { quantity?: QuantityId; value: number } {
  const [left = '', right = ''] = means.split('=');
  const cells = left.split('+').map((term) => cellsOfTerm(term.trim(), template));
  const value = Number(right);
  if (cells.some((c) => c === undefined)) return { value };
  const key = cells.flat().sort().join(' ');
  const quantity = QUANTITIES.find((q) => [...cellsOf(q, template)].sort().join(' ') === key);
  return { ...(quantity ? { quantity } : {}), value };
}

const ids = readdirSync(corpus)
  .filter((d) => existsSync(join(corpus, d, 'expected.yaml')))
  .sort();

const rows: string[][] = [];
const totals = { listed: 0, right: 0, wrong: 0, notRead: 0, absent: 0, extra: 0, truth: 0, found: 0, missed: 0, falseWarnings: 0 };
const problems: string[] = [];

for (const id of ids) {
  const text = readFileSync(join(corpus, id, 'expected.yaml'));
  const truthPath = join(corpus, id, 'findings.json');
  const truth = (existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, 'utf8')) : {}) as Truth;
  const data: unknown = parse(text.toString('utf8'));
  const template = declaredTemplate(data);

  const rejections: Rejection[] = [];
  const assessed = assessClaims(data, template, rejections);
  const listed = truth.narrative_claims ?? [];
  const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const sections = ['overview', 'problems', 'other_matters'].map((key) => (typeof record[key] === 'string' ? record[key] : '')).join('\n');
  const used = new Set<AssessedClaim>();
  let right = 0;
  let wrong = 0;
  let notRead = 0;
  for (const item of listed) {
    const meaning = meaningOf(item.means, template);
    const words = squeeze(item.text);
    const match = assessed.find(
      (a) =>
        !used.has(a) &&
        a.claim.stated === meaning.value &&
        (words.includes(squeeze(a.claim.phrase)) || squeeze(a.claim.phrase).includes(words)),
    );
    if (!match) {
      notRead += 1;
      // A partial record may not carry the text at all (it is only in source.txt).
      const absent = !squeeze(sections).includes(words);
      if (absent) totals.absent += 1;
      if (verbose) console.log(`${id}  not read   «${item.text}» (${item.means})${absent ? ' — not in the text of expected.yaml' : ''}`);
      continue;
    }
    used.add(match);
    if (meaning.quantity !== undefined && match.claim.readings.includes(meaning.quantity)) {
      right += 1;
      if (verbose) console.log(`${id}  right      «${item.text}» as ${match.claim.readings.join(' | ')}: ${match.verdict}`);
    } else {
      wrong += 1;
      problems.push(`${id}: «${item.text}» means ${item.means}, read as ${match.claim.readings.join(' | ')}`);
      if (verbose) console.log(`${id}  WRONG      «${item.text}» means ${item.means}, read as ${match.claim.readings.join(' | ')}`);
    }
  }
  const extra = assessed.filter((a) => !used.has(a));
  if (verbose) {
    for (const a of extra)
      console.log(`${id}  unlisted   «${a.claim.phrase}» read as ${a.claim.readings.join(' | ')}=${a.claim.stated}: ${a.verdict}`);
    for (const r of rejections) console.log(`${id}  left out   «${r.phrase}»: ${r.reason}`);
  }

  // What the rule reports, run through the engine like `gov-report lint --rule`.
  const report = loadReport(join(corpus, id, 'expected.yaml'), text);
  const diagnostics = lintLoaded(report, { rules: [narrativeConsistency], locale: 'zh-CN' });
  const trueMismatches = (truth.findings ?? [])
    .filter((f) => f.rule === 'narrative-mismatch')
    .map((f) => squeeze(/"([^"]+)"/.exec(f.detail ?? '')?.[1] ?? f.detail ?? ''));
  const matches = (claim: string, quoted: string) => quoted.includes(squeeze(claim)) || squeeze(claim).includes(quoted);
  const found = trueMismatches.filter((quoted) => diagnostics.some((d) => matches(String(d.data.claim), quoted)));
  const falseWarnings = diagnostics.filter((d) => !trueMismatches.some((quoted) => matches(String(d.data.claim), quoted)));
  for (const d of falseWarnings) problems.push(`${id}: false warning ${d.line}:${d.column} ${d.message}`);
  for (const quoted of trueMismatches) if (!found.includes(quoted)) problems.push(`${id}: missed mismatch «${quoted}»`);
  if (verbose)
    for (const d of diagnostics)
      console.log(`${id}  ${falseWarnings.includes(d) ? 'FALSE     ' : 'reported  '} ${d.line}:${d.column} ${d.message}`);

  totals.listed += listed.length;
  totals.right += right;
  totals.wrong += wrong;
  totals.notRead += notRead;
  totals.extra += extra.length;
  totals.truth += trueMismatches.length;
  totals.found += found.length;
  totals.missed += trueMismatches.length - found.length;
  totals.falseWarnings += falseWarnings.length;
  rows.push([
    id,
    String(listed.length),
    String(right),
    String(wrong),
    String(notRead),
    String(extra.length),
    `${found.length}/${trueMismatches.length}`,
    String(falseWarnings.length),
  ]);
}

const header = ['report', 'claims', 'right', 'wrong', 'not read', 'unlisted', 'found', 'false'];
rows.push([
  'total',
  String(totals.listed),
  String(totals.right),
  String(totals.wrong),
  String(totals.notRead),
  String(totals.extra),
  `${totals.found}/${totals.truth}`,
  String(totals.falseWarnings),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) {
  if (row[0] === 'total') console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(row));
}
console.log(
  `\nper claim of the truth (${totals.listed}): read as the right quantity ${totals.right}, as a wrong quantity ${totals.wrong}, not read ${totals.notRead} (${totals.absent} of them not in the text of expected.yaml)` +
    `\nclaims read that the truth does not list: ${totals.extra}` +
    `\nmismatches (${totals.truth}): found ${totals.found}, missed ${totals.missed}; false warnings ${totals.falseWarnings}`,
);
for (const problem of problems) console.log(`  ${problem}`);
process.exitCode = totals.wrong > 0 || totals.missed > 0 || totals.falseWarnings > 0 ? 1 : 0;
