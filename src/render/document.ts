/**
 * A report as the document that is published: the title, the publication date, and the six parts in
 * the template's order, text parts as their lines and table parts as the official grids. Values are
 * shown exactly as the report holds them: a blank cell stays blank, and nothing is added up or mended.
 */
import { isPlainObject, valueAt } from '../model/pointer.js';
import { declaredTemplate, SECTION_KEYS, SECTIONS, type SectionKey, type TemplateId } from '../model/template.js';
import { shownValue } from '../format/report-facts.js';
import { type TableGrid, type TableKey, tableGrid } from '../format/table-grid.js';

interface TextPart {
  readonly kind: 'text';
  readonly key: SectionKey;
  readonly heading: string;
  /** The lines of the text as written; '' for a blank line between paragraphs (never two in a row, none at either end). */
  readonly lines: readonly string[];
}

interface TablePart {
  readonly kind: 'table';
  readonly key: TableKey;
  readonly heading: string;
  readonly table: TableGrid;
}

export type Part = TextPart | TablePart;

export interface ReportDocument {
  readonly template: TemplateId;
  /** `<agency><year>年政府信息公开工作年度报告` */
  readonly title: string;
  readonly agency: string;
  readonly year: string;
  readonly published?: string;
  /** Where the report is published: an http(s) address, else absent. */
  readonly source?: string;
  readonly parts: readonly Part[];
  /** The text shown in a cell: the number as written, '' for a blank (or missing) cell. */
  readonly cellText: (pointer: string) => string;
}

const TABLE_PARTS = new Set<SectionKey>(['proactive', 'applications', 'appeals']);

/** The lines of a text part: trailing spaces dropped, runs of blank lines made one, none at either end. */
export function textLines(value: unknown): string[] {
  const text = typeof value === 'string' ? value : '';
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function reportTitle(agency: string, year: string): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

export function reportDocument(data: unknown): ReportDocument {
  const template = declaredTemplate(data);
  const field = (key: string) => shownValue(isPlainObject(data) ? data[key] : undefined);
  const agency = field('agency');
  const year = field('year');
  const published = field('published');
  const source = field('source');
  const parts = SECTION_KEYS.map((key): Part => {
    const heading = SECTIONS[key].zh;
    if (TABLE_PARTS.has(key)) return { kind: 'table', key: key as TableKey, heading, table: tableGrid(key as TableKey, template) };
    return { kind: 'text', key, heading, lines: textLines(isPlainObject(data) ? data[key] : undefined) };
  });
  return {
    template,
    title: reportTitle(agency, year),
    agency,
    year,
    ...(published !== '' ? { published } : {}),
    ...(/^https?:\/\/\S+$/.test(source) ? { source } : {}),
    parts,
    cellText: (pointer) => shownValue(valueAt(data, pointer)),
  };
}
