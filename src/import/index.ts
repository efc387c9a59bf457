/**
 * `gov-report import`: a published report (HTML, Word, copied text, Markdown) to a report in our
 * format. Deterministic and offline; it never guesses and never repairs a total: every cell comes
 * out as the source writes it, or is listed as not recovered, with the reason.
 *
 *   bytes → source form (source.ts) → rows (html-rows, docx, text-rows) → one stream (document.ts)
 *   → headings and parts (sections.ts) → tokens of each table (tokens.ts, labels.ts, normalize.ts)
 *   → template (template-detect.ts) → tables 二 三 四 (table-*.ts, cells.ts, split-digits.ts)
 *   → metadata (metadata.ts) → the report and what is missing (missing.ts)
 */
import { blankReport } from '../model/blank-report.js';
import { renderReport } from '../model/render-yaml.js';
import type { Report } from '../model/schema.js';
import { type SectionKey, TABLE_NAMES, type TemplateId, TEXT_SECTION_KEYS, SECTIONS } from '../model/template.js';
import { flatten, type PageMeta, type SourceForm, type SourceRow } from './document.js';
import { docxToHtml } from './docx.js';
import { htmlRows } from './html-rows.js';
import type { TableKey } from './labels.js';
import { readMetadata } from './metadata.js';
import { describeMissing, type MissingEntry, noteOf } from './missing.js';
import { normalize } from './normalize.js';
import { cleanText, findHeadings, type Heading } from './sections.js';
import { detectSource } from './source.js';
import { readAppeals } from './table-appeals.js';
import { readApplications } from './table-applications.js';
import { readProactive, type TableRead } from './table-proactive.js';
import { detectTemplate } from './template-detect.js';
import { type Region, type Token, tokenize } from './tokens.js';
import { textRows } from './text-rows.js';

/** The file cannot be read as a report at all (exit 2). */
export class ImportError extends Error {}

export interface ImportResult {
  /** The report, in the key order of our format. */
  readonly report: Record<string, unknown>;
  readonly template: TemplateId;
  /** Every place not recovered, in report order. */
  readonly missing: readonly MissingEntry[];
  /** What the importer found out on the way (the form, the encoding, how the template was told). */
  readonly notes: readonly string[];
}

const TABLES: readonly TableKey[] = ['proactive', 'applications', 'appeals'];

/** Where a table starts when its heading is missing: words that only its header has. */
const ANCHORS: Record<TableKey, RegExp> = {
  proactive: /第二十条第\(一\)项/,
  applications: /\(本列数据的勾稽关系|申请人情况.{0,12}?自然人/,
  appeals: /行政复议.{0,8}?行政诉讼.{0,40}?(?:结果维持|未经复议直接起诉)/,
};

interface Mark {
  readonly key: SectionKey;
  readonly start: number;
  readonly end: number;
  readonly normStart: number;
  readonly normEnd: number;
}

/** The headings, and for a table without one the place its header starts. */
function marksOf(headings: readonly Heading[], normText: string, origin: readonly number[]): Mark[] {
  const marks: Mark[] = [...headings];
  for (const table of TABLES) {
    if (marks.some((m) => m.key === table)) continue;
    const order = (key: SectionKey) => Object.keys(SECTIONS).indexOf(key);
    const byPlace = [...marks].sort((a, b) => a.normStart - b.normStart);
    const before = byPlace.filter((m) => order(m.key) < order(table)).at(-1);
    const after = byPlace.find((m) => order(m.key) > order(table));
    const from = before?.normEnd ?? 0;
    const to = after?.normStart ?? normText.length;
    const found = ANCHORS[table].exec(normText.slice(from, to));
    if (found) {
      const at = from + found.index;
      marks.push({ key: table, start: origin[at]!, end: origin[at]!, normStart: at, normEnd: at });
    }
  }
  return marks.sort((a, b) => a.normStart - b.normStart);
}

async function rowsOf(bytes: Uint8Array): Promise<{ rows: SourceRow[]; meta: PageMeta; form: SourceForm; encoding?: string }> {
  const detected = detectSource(bytes);
  switch (detected.kind) {
    case 'unreadable':
      throw new ImportError(detected.message);
    case 'docx': {
      let html: string;
      try {
        html = await docxToHtml(bytes);
      } catch (error) {
        throw new ImportError(`the Word document could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { ...htmlRows(html), form: 'docx' };
    }
    case 'html':
      return { ...htmlRows(detected.text), form: 'html', encoding: detected.encoding };
    case 'text':
      return { rows: textRows(detected.text), meta: {}, form: 'text', encoding: detected.encoding };
  }
}

function blankTable(table: TableKey, template: TemplateId): Record<string, unknown> {
  const blank = blankReport(template, { agency: '', year: 0 }) as unknown as Record<string, unknown>;
  const nulls = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(() => null) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nulls(v)])) : null;
  return nulls(blank[table]) as Record<string, unknown>;
}

export async function importReport(bytes: Uint8Array): Promise<ImportResult> {
  const { rows, meta: page, form, encoding } = await rowsOf(bytes);
  const flat = flatten(rows);
  const norm = normalize(flat.text);
  const headings = findHeadings(flat, norm);
  const marks = marksOf(headings, norm.text, norm.origin);
  const regionOf = (key: SectionKey): Region | undefined => {
    const i = marks.findIndex((m) => m.key === key);
    if (i < 0) return undefined;
    const next = marks[i + 1];
    return {
      from: marks[i]!.end,
      to: next?.start ?? flat.text.length,
      normFrom: marks[i]!.normEnd,
      normTo: next?.normStart ?? norm.text.length,
    };
  };
  const tokens = new Map<TableKey, Token[]>();
  for (const table of TABLES) {
    const region = regionOf(table);
    if (region) tokens.set(table, tokenize(flat, norm, table, region));
  }
  if (marks.length === 0) {
    throw new ImportError('found no part of an annual report in it: none of the six headings (一、总体情况 …) and no table');
  }

  const notes: string[] = [`read as ${form === 'docx' ? 'a Word document' : form === 'html' ? 'HTML' : 'text'}${encoding && encoding !== 'utf-8' ? ` (${encoding})` : ''}`];
  const firstMark = marks[0]!;
  const head = flat.text.slice(0, firstMark.start).split('\n').map((l) => cleanText(l)).filter((l) => l !== '');
  const metadata = readMetadata(head, flat.text, page);
  const detected = detectTemplate(tokens.get('proactive') ?? [], tokens.get('applications') ?? []);
  let template: TemplateId;
  if (detected) {
    template = detected.template;
    notes.push(`template ${template}, told by ${detected.from}`);
    if (detected.conflict) notes.push(detected.conflict);
  } else {
    template = metadata.year !== undefined && metadata.year <= 2020 ? '2019' : '2021';
    notes.push(`template ${template}: the tables do not tell, so it follows the ${metadata.year !== undefined ? `year ${metadata.year}` : 'current template'}`);
  }

  const missing: MissingEntry[] = [];
  if (metadata.agency === undefined) missing.push({ pointer: '/agency', reason: 'no title of the form “（机关）YYYY年政府信息公开工作年度报告” names the publishing body' });
  if (metadata.year === undefined) missing.push({ pointer: '/year', reason: 'neither the title nor the statistics period gives the year' });
  const sections: Partial<Record<SectionKey, unknown>> = {};
  for (const key of TEXT_SECTION_KEYS) {
    const region = regionOf(key);
    if (region && headings.some((h) => h.key === key)) sections[key] = cleanText(flat.text.slice(region.from, region.to));
    else {
      sections[key] = null;
      missing.push({ pointer: `/${key}`, reason: `the heading ${SECTIONS[key].zh} was not found` });
    }
  }
  const readers: Record<TableKey, (t: readonly Token[]) => TableRead> = {
    proactive: (t) => readProactive(t, template),
    applications: (t) => readApplications(t, template),
    appeals: (t) => readAppeals(t),
  };
  for (const table of TABLES) {
    const own = tokens.get(table);
    if (own && !own.some((t) => t.kind === 'label')) {
      sections[table] = blankTable(table, template);
      missing.push({ pointer: `/${table}`, reason: `no table under the heading ${SECTIONS[table].zh} (is it a picture or an attachment?)` });
    } else if (own) {
      const read = readers[table](own);
      sections[table] = read.value;
      missing.push(...read.missing);
    } else {
      sections[table] = blankTable(table, template);
      missing.push({ pointer: `/${table}`, reason: `${TABLE_NAMES[table].zh} was not found (no heading ${SECTIONS[table].zh} and no header of its own)` });
    }
  }

  const report: Record<string, unknown> = {
    template,
    agency: metadata.agency ?? null,
    year: metadata.year ?? null,
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.source ? { source: metadata.source } : {}),
  };
  for (const key of Object.keys(SECTIONS) as SectionKey[]) report[key] = sections[key];
  const order = (pointer: string) => {
    const keys = ['agency', 'year', ...Object.keys(SECTIONS)];
    return keys.indexOf(pointer.split('/')[1]!);
  };
  missing.sort((a, b) => order(a.pointer) - order(b.pointer));
  return { report, template, missing, notes };
}

/** The report as YAML in our commented layout, each place not recovered marked by a comment above it. */
export function renderImport(result: ImportResult, options: { schemaPath?: string } = {}): string {
  const notes = new Map<string, string[]>();
  for (const entry of result.missing) notes.set(entry.pointer, [...(notes.get(entry.pointer) ?? []), noteOf(entry)]);
  return renderReport(result.report as unknown as Report, { ...options, notes });
}

/** The lines for stderr, one per place not recovered. */
export function missingLines(result: ImportResult): string[] {
  return result.missing.map((entry) => describeMissing(entry, result.template));
}
