import type { Report } from './schema.js';
import { rowsOf, TABLE_KEYS, type TableKey, type TemplateId, TEXT_SECTION_KEYS } from './template.js';

interface BlankReportFields {
  readonly agency: string;
  readonly year: number;
  readonly published?: string;
}

type Mapping = Record<string, unknown>;

/** A table with every cell 0: a map over its rows. */
function blankTable(template: TemplateId, table: TableKey): Mapping {
  const root: Mapping = {};
  const groups = new Map<string, Mapping>([[`/${table}`, root]]);
  for (const entry of rowsOf(template, table)) {
    const parent = groups.get(entry.parent?.pointer ?? `/${table}`)!;
    if (entry.kind === 'group') {
      const group: Mapping = {};
      groups.set(entry.pointer, group);
      parent[entry.node.key] = group;
    } else if (entry.cells === 'array') parent[entry.node.key] = entry.columns!.map(() => 0);
    else if (entry.cells === 'mapping') parent[entry.node.key] = Object.fromEntries(entry.columns!.map((c) => [c.key, 0]));
    else parent[entry.node.key] = 0;
  }
  return root;
}

/** A complete report of the template with every cell 0 and every text part empty. */
export function blankReport(template: TemplateId, fields: BlankReportFields): Report {
  const text = Object.fromEntries(TEXT_SECTION_KEYS.map((key) => [key, '']));
  const tables = Object.fromEntries(TABLE_KEYS.map((table) => [table, blankTable(template, table)]));
  const report = {
    template,
    agency: fields.agency,
    year: fields.year,
    ...(fields.published !== undefined ? { published: fields.published } : {}),
    overview: text.overview,
    proactive: tables.proactive,
    applications: tables.applications,
    appeals: tables.appeals,
    problems: text.problems,
    other_matters: text.other_matters,
  };
  return report as unknown as Report;
}
