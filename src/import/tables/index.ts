/**
 * The tables stage: each table's part of the stream as tokens, the template they follow, and the
 * three tables read row by row along the template. A table that is not there, or has no labels (a
 * picture), comes out blank and listed as not recovered.
 */
import { blankReport } from '../../model/blank-report.js';
import { SECTIONS, TABLE_NAMES, type TemplateId } from '../../model/template.js';
import type { MissingEntry } from '../missing.js';
import type { Parts, TableKey } from '../text/parts.js';
import { TABLE_KEYS } from '../text/parts.js';
import { readAppeals } from './appeals.js';
import { readApplications } from './applications.js';
import { readProactive, type TableRead } from './proactive.js';
import { detectTemplate, type TemplateFinding } from './template-detect.js';
import { type Token, tokenize } from './tokens.js';

function blankTable(table: TableKey, template: TemplateId): Record<string, unknown> {
  const blank = blankReport(template, { agency: '', year: 0 }) as unknown as Record<string, unknown>;
  const nulls = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(() => null)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nulls(v)]))
        : null;
  return nulls(blank[table]) as Record<string, unknown>;
}

type TableTokens = ReadonlyMap<TableKey, readonly Token[]>;

export function tableTokens(parts: Parts): TableTokens {
  const tokens = new Map<TableKey, Token[]>();
  for (const table of TABLE_KEYS) {
    const region = parts.regionOf(table);
    if (region) tokens.set(table, tokenize(parts.flat, parts.norm, table, region));
  }
  return tokens;
}

export function templateOf(tokens: TableTokens): TemplateFinding | undefined {
  return detectTemplate(tokens.get('proactive') ?? [], tokens.get('applications') ?? []);
}

export interface Tables {
  readonly values: Record<TableKey, Record<string, unknown>>;
  readonly missing: readonly MissingEntry[];
}

const READERS: Record<TableKey, (tokens: readonly Token[], template: TemplateId) => TableRead> = {
  proactive: readProactive,
  applications: readApplications,
  appeals: (tokens) => readAppeals(tokens),
};

export function readTables(tokens: TableTokens, template: TemplateId): Tables {
  const values = {} as Record<TableKey, Record<string, unknown>>;
  const missing: MissingEntry[] = [];
  for (const table of TABLE_KEYS) {
    const own = tokens.get(table);
    if (own && own.some((t) => t.kind === 'label')) {
      const read = READERS[table](own, template);
      values[table] = read.value;
      missing.push(...read.missing);
      continue;
    }
    values[table] = blankTable(table, template);
    missing.push({
      pointer: `/${table}`,
      reason: own
        ? `no table under the heading ${SECTIONS[table].zh} (is it a picture or an attachment?)`
        : `${TABLE_NAMES[table].zh} was not found (no heading ${SECTIONS[table].zh} and no header of its own)`,
    });
  }
  return { values, missing };
}
