/**
 * Table 二 from its tokens. Each row is found by its label; its cells are matched to columns by the
 * headers above it, in the order they stand there (a row of one number needs none). A 2019 item whose
 * header the copy dropped takes the header of the item above when that item has the same columns.
 */
import { proactiveRows, type TemplateId } from '../../model/template.js';
import { chooseRead, type Collected, collectCells, type ReadRow, readCells, unreadRow } from './cells.js';
import { type MissingEntry, rowMissing } from '../missing.js';
import type { Token } from './tokens.js';

export interface TableRead {
  readonly value: Record<string, unknown>;
  readonly missing: readonly MissingEntry[];
}

interface Occurrence {
  readonly key: string;
  readonly headers: readonly string[];
  readonly collected: Collected;
}

function occurrencesOf(tokens: readonly Token[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  let headers: string[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'label') return;
    const { kind, key } = token.def;
    if (kind === 'item') headers = [];
    else if (kind === 'column') headers.push(key);
    else if (kind === 'row') occurrences.push({ key, headers: [...headers], collected: collectCells(tokens, index) });
  });
  return occurrences;
}

/** The columns in the order the headers give them, from the row's own item or, without one, the nearest above. */
function columnOrder(occurrences: readonly Occurrence[], at: number, keys: readonly string[]): string[] | undefined {
  const own = (o: Occurrence) => o.headers.filter((h) => keys.includes(h));
  const valid = (order: string[]) => order.length === keys.length && new Set(order).size === keys.length;
  const order = own(occurrences[at]!);
  if (valid(order)) return order;
  if (order.length > 0) return undefined;
  for (let i = at - 1; i >= 0; i--) {
    const above = own(occurrences[i]!);
    if (valid(above)) return above;
  }
  return undefined;
}

export function readProactive(tokens: readonly Token[], template: TemplateId): TableRead {
  const occurrences = occurrencesOf(tokens);
  const value: Record<string, unknown> = {};
  const missing: MissingEntry[] = [];
  for (const spec of proactiveRows(template)) {
    const pointer = `/proactive/${spec.key}`;
    const own = occurrences.flatMap((o, i) => (o.key === spec.key ? [i] : []));
    if (spec.columns) {
      const keys = spec.columns.map((c) => c.key);
      const reads = own.map((i): ReadRow => {
        const order = columnOrder(occurrences, i, keys);
        if (!order)
          return unreadRow(keys.length, `the column headers (${spec.columns!.map((c) => c.zh).join('、')}) were not found above the row`);
        const read = readCells(occurrences[i]!.collected, keys.length, []);
        const at = keys.map((k) => order.indexOf(k));
        return { cells: at.map((j) => read.cells[j]!), missing: at.map((j) => read.missing[j]) };
      });
      const chosen = chooseRead(reads, keys.length);
      value[spec.key] = Object.fromEntries(keys.map((k, i) => [k, chosen.cells[i]]));
      missing.push(...rowMissing(pointer, chosen, spec.columns));
    } else {
      const chosen = chooseRead(
        own.map((i) => readCells(occurrences[i]!.collected, 1, [])),
        1,
      );
      value[spec.key] = chosen.cells[0];
      missing.push(...rowMissing(pointer, chosen, [{ key: '', zh: spec.valueLabel?.zh ?? spec.zh }]));
    }
  }
  return { value, missing };
}
