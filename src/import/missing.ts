/**
 * What the importer could not recover: each entry names a place of the report (a row, a table, a
 * text part, a metadata field) by its JSON Pointer, the cells of a row it concerns, and why. The
 * same list gives the lines on stderr, the comments in the YAML and the exit code.
 */
import { describePath } from '../model/labels.js';
import type { TemplateId } from '../model/template.js';
import { type ImportLocale, localize } from './messages.js';
import type { ReadRow } from './tables/cells.js';

export interface Column {
  readonly key: string;
  readonly zh: string;
}

export interface MissingEntry {
  /** The row, table, section or field. */
  readonly pointer: string;
  /** The row's cells concerned (`key`: the index in the row, or table 二's column key); absent when it is the whole place. */
  readonly columns?: readonly Column[];
  readonly reason: string;
}

/** The entries of a row: its unrecovered cells, one entry per reason. */
export function rowMissing(pointer: string, read: ReadRow, columns: readonly Column[]): MissingEntry[] {
  const byReason = new Map<string, Column[]>();
  read.missing.forEach((reason, i) => {
    if (reason !== undefined) byReason.set(reason, [...(byReason.get(reason) ?? []), columns[i]!]);
  });
  return [...byReason].map(([reason, cells]) =>
    cells.length === columns.length ? { pointer, reason } : { pointer, columns: cells, reason },
  );
}

/** `not recovered: 自然人、总计 — reason`, for the comment above the place in the YAML. */
export function noteOf(entry: MissingEntry, locale: ImportLocale = 'en'): string {
  const columns = entry.columns ? entry.columns.map((c) => c.zh).join('、') : undefined;
  if (locale === 'en') return `not recovered${columns ? `: ${columns}` : ''} — ${entry.reason}`;
  return `未能读出${columns ? `：${columns}` : ''}——${localize(entry.reason, locale)}`;
}

/** One line for stderr: the place as a reader finds it in the published report, the cells, why. */
export function describeMissing(entry: MissingEntry, template: TemplateId, locale: ImportLocale = 'en'): string {
  const place = `${describePath(entry.pointer, template)}${entry.columns ? ` ${entry.columns.map((c) => c.zh).join('、')}` : ''}`;
  return locale === 'en' ? `${place}: not recovered — ${entry.reason}` : `${place}：未能读出——${localize(entry.reason, locale)}`;
}

/** The columns of a row stored as an array (table 三, 四), keyed by their index. */
export function indexedColumns(labels: readonly { zh: string }[]): Column[] {
  return labels.map((label, i) => ({ key: String(i), zh: label.zh }));
}
