/**
 * The last stage: the report in our format from what the stages found — metadata, the text parts,
 * the tables — with every place not recovered listed, in report order, both for the person (stderr,
 * comments in the YAML) and in the report itself (`not_recovered`, which lint reads as unknown).
 */
import { renderReport } from '../model/render-yaml.js';
import type { Report } from '../model/schema.js';
import { type SectionKey, SECTIONS, type TemplateId, TEXT_SECTION_KEYS } from '../model/template.js';
import { unknownCellsOf } from '../model/not-recovered.js';
import { TABLE_NAMES } from '../model/template.js';
import { type ImportLocale, localize } from './messages.js';
import { describeMissing, type MissingEntry, noteOf } from './missing.js';
import type { Tables } from './tables/index.js';
import type { Metadata } from './text/metadata.js';
import { type Parts, TABLE_KEYS } from './text/parts.js';
import { cleanText } from './text/sections.js';

export interface ImportResult {
  /** The report, in the key order of our format. */
  readonly report: Record<string, unknown>;
  readonly template: TemplateId;
  /** Every place not recovered, in report order. */
  readonly missing: readonly MissingEntry[];
  /** What the importer found out on the way (the form, the encoding, how the template was told). */
  readonly notes: readonly string[];
  /** What the published text does otherwise than the template (a misnumbered heading): findings of the source, not of the import. */
  readonly remarks: readonly string[];
}

/** The JSON Pointers of the places not recovered: a row's cells one by one, else the place. */
function notRecovered(missing: readonly MissingEntry[]): string[] {
  const pointers = missing.flatMap((entry) => (entry.columns ? entry.columns.map((c) => `${entry.pointer}/${c.key}`) : [entry.pointer]));
  return [...new Set(pointers)];
}

export function assemble(
  parts: Parts,
  metadata: Metadata,
  template: TemplateId,
  tables: Tables,
  notes: readonly string[],
  remarks: readonly string[],
): ImportResult {
  const missing: MissingEntry[] = [];
  if (metadata.agency === undefined)
    missing.push({ pointer: '/agency', reason: 'no title of the form “（机关）YYYY年政府信息公开工作年度报告” names the publishing body' });
  if (metadata.year === undefined) missing.push({ pointer: '/year', reason: 'neither the title nor the statistics period gives the year' });
  const sections: Partial<Record<SectionKey, unknown>> = { ...tables.values };
  for (const key of TEXT_SECTION_KEYS) {
    const region = parts.regionOf(key);
    if (region && parts.headings.some((h) => h.key === key)) sections[key] = cleanText(parts.flat.text.slice(region.from, region.to));
    else {
      sections[key] = null;
      missing.push({ pointer: `/${key}`, reason: `the heading ${SECTIONS[key].zh} was not found` });
    }
  }
  missing.push(...tables.missing);
  const keys = ['agency', 'year', ...Object.keys(SECTIONS)];
  const order = (pointer: string) => keys.indexOf(pointer.split('/')[1]!);
  missing.sort((a, b) => order(a.pointer) - order(b.pointer));

  const unknown = notRecovered(missing);
  const report: Record<string, unknown> = {
    template,
    agency: metadata.agency ?? null,
    year: metadata.year ?? null,
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.source ? { source: metadata.source } : {}),
    ...(unknown.length > 0 ? { not_recovered: unknown } : {}),
  };
  for (const key of Object.keys(SECTIONS) as SectionKey[]) report[key] = sections[key];
  return { report, template, missing, notes, remarks };
}

/** The report as YAML in our commented layout, each place not recovered marked by a comment above it. */
export function renderImport(result: ImportResult, options: { schemaPath?: string; locale?: ImportLocale } = {}): string {
  const { locale = 'en', ...render } = options;
  const notes = new Map<string, string[]>();
  for (const entry of result.missing) notes.set(entry.pointer, [...(notes.get(entry.pointer) ?? []), noteOf(entry, locale)]);
  return renderReport(result.report as unknown as Report, { ...render, notes });
}

/** The lines for stderr, one per place not recovered. */
export function missingLines(result: ImportResult, locale: ImportLocale = 'en'): string[] {
  return result.missing.map((entry) => describeMissing(entry, result.template, locale));
}

/** The lines for stderr about the published text itself (a misnumbered heading). */
export function remarkLines(result: ImportResult, locale: ImportLocale = 'en'): string[] {
  return result.remarks.map((remark) => (locale === 'en' ? `note: ${remark}` : `提示：${localize(remark, locale)}`));
}

function cellPointers(node: unknown, path: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((_, i) => out.push(`${path}/${i}`));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) cellPointers(v, `${path}/${k}`, out);
  else out.push(path);
  return out;
}

/**
 * The closing line when something was not recovered: how much, where, and what to do about it — check
 * each place in the published report and fill it in; until then lint reads it as unknown.
 */
export function summaryLine(result: ImportResult, locale: ImportLocale = 'en'): string | undefined {
  const places = result.missing.length;
  if (places === 0) return undefined;
  const unknown = unknownCellsOf(result.report);
  const perTable: string[] = [];
  let cells = 0;
  for (const table of TABLE_KEYS) {
    const count = cellPointers(result.report[table], `/${table}`).filter(unknown).length;
    if (count > 0) perTable.push(`${TABLE_NAMES[table].zh} ${count}`);
    cells += count;
  }
  const notes = result.notes.map((n) => localize(n, locale));
  if (locale === 'en') {
    return `${places} ${places === 1 ? 'place' : 'places'} not recovered${cells > 0 ? `, ${cells} table ${cells === 1 ? 'cell' : 'cells'} (${perTable.join(', ')})` : ''}: check each place above in the published report and fill it in; until then not_recovered lists it and lint reads it as unknown (${notes.join('; ')})`;
  }
  return `${places} 处未能读出${cells > 0 ? `，涉及表格单元格 ${cells} 个（${perTable.join('，')}）` : ''}：请逐条对照原文核对并填写；填写前这些位置记在 not_recovered 中，lint 按未知处理（${notes.join('；')}）`;
}
