/**
 * The arithmetic of tables 三 and 四 as linear equations over cells: Σ left = Σ right.
 * Rules report the equations that fail; `explainFailures` looks across all of them for the one
 * cell whose change would mend every failing equation it takes part in.
 */
import { valueAt } from './pointer.js';
import { rowsOf, type TableEntry, type TableKey, tableOf, type TemplateId } from './template.js';

export type RelationKind = 'applications-balance' | 'applications-results-total' | 'applications-row-total' | 'appeals-total';

export interface Relation {
  readonly kind: RelationKind;
  readonly left: readonly string[];
  readonly right: readonly string[];
  /** The cell that states the total: where a diagnostic goes when no single cell explains the failure. */
  readonly anchor: string;
  /** The row (for row totals) or the column index (for column relations). */
  readonly row?: string;
  readonly column?: number;
}

interface TableRow {
  readonly pointer: string;
  readonly label: string;
}

const tableRow = (entry: TableEntry): TableRow => ({ pointer: entry.pointer, label: entry.title.zh });

/** The rows of a table stored as arrays of numbers, in table order. */
function dataRows(template: TemplateId, table: TableKey): TableEntry[] {
  return [...rowsOf(template, table)].filter((entry) => entry.kind === 'row');
}

/** The 25 data rows of table 三 (23 in the 2019 template), in table order. */
export function applicationRows(template: TemplateId): readonly TableRow[] {
  return dataRows(template, 'applications').map(tableRow);
}

/** The rows a total row adds up: every other row of its group, at any depth. */
function summedBy(total: TableEntry, rows: readonly TableEntry[]): TableEntry[] {
  const group = total.parent?.pointer ?? '';
  return rows.filter((row) => row !== total && !row.node.total && row.pointer.startsWith(`${group}/`));
}

/** The rows that add up to （七）总计: 21 in the 2021 template, 19 in 2019. */
export function resultLeafRows(template: TemplateId): readonly TableRow[] {
  const rows = dataRows(template, 'applications');
  const total = rows.find((row) => row.node.total);
  return total ? summedBy(total, rows).map(tableRow) : [];
}

/** The rows of table 四. */
export function appealRows(template: TemplateId): readonly TableRow[] {
  return dataRows(template, 'appeals').map(tableRow);
}

const cellOf = (row: string, column: number) => `${row}/${column}`;
const columnIndexes = (count: number, total: number) => Array.from({ length: count }, (_, i) => i).filter((i) => i !== total);

/** Each row's total column adds up its other columns. */
function rowTotals(template: TemplateId, table: TableKey, kind: RelationKind): Relation[] {
  const { columns = [], totalColumn } = tableOf(template, table);
  if (totalColumn === undefined) return [];
  return dataRows(template, table).map((row) => {
    const total = cellOf(row.pointer, totalColumn);
    return {
      kind,
      left: [total],
      right: columnIndexes(columns.length, totalColumn).map((c) => cellOf(row.pointer, c)),
      anchor: total,
      row: row.pointer,
    };
  });
}

function buildRelations(template: TemplateId): Relation[] {
  const relations: Relation[] = [];
  const rows = dataRows(template, 'applications');
  const totalRow = rows.find((row) => row.node.total);
  const leaves = totalRow ? summedBy(totalRow, rows) : [];
  const columns = tableOf(template, 'applications').columns ?? [];
  for (let column = 0; column < columns.length && totalRow; column++) {
    const total = cellOf(totalRow.pointer, column);
    // 本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和.
    relations.push({
      kind: 'applications-balance',
      left: [cellOf('/applications/new', column), cellOf('/applications/carried_over', column)],
      right: [total, cellOf('/applications/carried_forward', column)],
      anchor: total,
      column,
    });
    relations.push({
      kind: 'applications-results-total',
      left: [total],
      right: leaves.map((row) => cellOf(row.pointer, column)),
      anchor: total,
      column,
    });
  }
  relations.push(...rowTotals(template, 'applications', 'applications-row-total'), ...rowTotals(template, 'appeals', 'appeals-total'));
  return relations;
}

const relationsByTemplate = new Map<TemplateId, readonly Relation[]>();

export function relationsOf(template: TemplateId): readonly Relation[] {
  let relations = relationsByTemplate.get(template);
  if (!relations) {
    relations = buildRelations(template);
    relationsByTemplate.set(template, relations);
  }
  return relations;
}

/** A count cell as arithmetic sees it: a number, a blank (counted as 0), or unusable (the schema rule reports it). */
type CellValue = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'blank' } | { readonly kind: 'invalid' };

export function readCount(data: unknown, pointer: string): CellValue {
  const value = valueAt(data, pointer);
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { kind: 'number', value };
  return { kind: 'invalid' };
}

export interface Evaluation {
  readonly relation: Relation;
  /** Every cell of the relation with its value; blanks count as 0. */
  readonly values: ReadonlyMap<string, number>;
  readonly blanks: readonly string[];
  readonly leftSum: number;
  readonly rightSum: number;
  /** leftSum − rightSum: how far the stated total is from what it should be. */
  readonly difference: number;
}

/** Evaluates a relation, or returns undefined when one of its cells is missing or not a count. */
function evaluate(
  data: unknown,
  relation: Relation,
  read: (pointer: string) => CellValue = (p) => readCount(data, p),
): Evaluation | undefined {
  const values = new Map<string, number>();
  const blanks: string[] = [];
  for (const pointer of [...relation.left, ...relation.right]) {
    const cell = read(pointer);
    if (cell.kind === 'invalid') return undefined;
    if (cell.kind === 'blank') blanks.push(pointer);
    values.set(pointer, cell.kind === 'number' ? cell.value : 0);
  }
  const sum = (pointers: readonly string[]) => pointers.reduce((acc, p) => acc + (values.get(p) ?? 0), 0);
  const leftSum = sum(relation.left);
  const rightSum = sum(relation.right);
  if (Math.max(leftSum, rightSum) <= Number.MAX_SAFE_INTEGER)
    return { relation, values, blanks, leftSum, rightSum, difference: leftSum - rightSum };
  // Past 2^53 doubles round: sums that differ by one can read as equal. Count exactly.
  const exact = (pointers: readonly string[]) => pointers.reduce((acc, p) => acc + BigInt(values.get(p) ?? 0), 0n);
  const [left, right] = [exact(relation.left), exact(relation.right)];
  return { relation, values, blanks, leftSum: Number(left), rightSum: Number(right), difference: Number(left - right) };
}

interface SingleCellFix {
  readonly pointer: string;
  /** null when the cell is blank. */
  readonly from: number | null;
  readonly to: number;
  /** How many failing relations this one change would mend. */
  readonly mends: number;
}

interface TableCheck {
  readonly failures: readonly Evaluation[];
  /** For a failing relation, the only cell whose change mends it and every other relation it is in. */
  readonly fixFor: (evaluation: Evaluation) => SingleCellFix | undefined;
}

/** The value a cell of the relation would need for the relation to hold, the other cells unchanged. */
export function valueToMend(evaluation: Evaluation, pointer: string): number {
  const current = evaluation.values.get(pointer) ?? 0;
  const onLeft = evaluation.relation.left.includes(pointer);
  const value = onLeft ? current - evaluation.difference : current + evaluation.difference;
  if (Number.isSafeInteger(value)) return value;
  // Not a number a count can be exactly: no fix is proposed for it.
  const exact = onLeft ? BigInt(current) - BigInt(evaluation.difference) : BigInt(current) + BigInt(evaluation.difference);
  return exact <= BigInt(Number.MAX_SAFE_INTEGER) && exact >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(exact) : Number.NaN;
}

function analyse(data: unknown, template: TemplateId): TableCheck {
  const evaluations: Evaluation[] = [];
  const byCell = new Map<string, Evaluation[]>();
  // A cell in a relation that cannot be evaluated is never proposed: its change could break that relation unseen.
  const uncheckable = new Set<string>();
  const cells = new Map<string, CellValue>();
  const read = (pointer: string) => {
    let cell = cells.get(pointer);
    if (!cell) cells.set(pointer, (cell = readCount(data, pointer)));
    return cell;
  };
  for (const relation of relationsOf(template)) {
    const evaluation = evaluate(data, relation, read);
    if (!evaluation) {
      for (const pointer of [...relation.left, ...relation.right]) uncheckable.add(pointer);
      continue;
    }
    evaluations.push(evaluation);
    for (const pointer of evaluation.values.keys()) {
      const list = byCell.get(pointer) ?? [];
      list.push(evaluation);
      byCell.set(pointer, list);
    }
  }
  const failures = evaluations.filter((e) => e.difference !== 0);
  const fixes = new Map<Evaluation, SingleCellFix | undefined>();

  const fixFor = (evaluation: Evaluation): SingleCellFix | undefined => {
    if (fixes.has(evaluation)) return fixes.get(evaluation);
    const candidates: SingleCellFix[] = [];
    for (const pointer of evaluation.values.keys()) {
      const to = valueToMend(evaluation, pointer);
      if (to < 0 || uncheckable.has(pointer)) continue;
      const involved = byCell.get(pointer) ?? [];
      // Changing the cell must mend every relation it is in: none may hold now, all need the same value.
      if (involved.every((other) => other.difference !== 0 && valueToMend(other, pointer) === to)) {
        const from = evaluation.blanks.includes(pointer) ? null : (evaluation.values.get(pointer) ?? 0);
        candidates.push({ pointer, from, to, mends: involved.length });
      }
    }
    const fix = candidates.length === 1 ? candidates[0] : undefined;
    fixes.set(evaluation, fix);
    return fix;
  };
  return { failures, fixFor };
}

/** The relations of a template over numbered cells, for the check that runs on every report. */
interface CompiledRelations {
  readonly rows: readonly string[];
  readonly width: number;
  readonly relations: readonly { readonly left: readonly number[]; readonly right: readonly number[] }[];
}

const compiledByTemplate = new Map<TemplateId, CompiledRelations>();

function compiled(template: TemplateId): CompiledRelations {
  let result = compiledByTemplate.get(template);
  if (result) return result;
  const rows: string[] = [];
  const width = Math.max(...(['applications', 'appeals'] as const).map((table) => tableOf(template, table).columns?.length ?? 0));
  const indexOf = (pointer: string) => {
    const slash = pointer.lastIndexOf('/');
    const row = pointer.slice(0, slash);
    let rowIndex = rows.indexOf(row);
    if (rowIndex < 0) rowIndex = rows.push(row) - 1;
    return rowIndex * width + Number(pointer.slice(slash + 1));
  };
  const relations = relationsOf(template).map((r) => ({ left: r.left.map(indexOf), right: r.right.map(indexOf) }));
  result = { rows, width, relations };
  compiledByTemplate.set(template, result);
  return result;
}

/**
 * Whether every relation that can be evaluated holds, in plain loops without allocating per cell:
 * nearly every report is consistent, and only one that is not needs the full analysis.
 */
function allHold(data: unknown, template: TemplateId): boolean {
  const { rows, width, relations } = compiled(template);
  const values = new Float64Array(rows.length * width).fill(Number.NaN);
  for (let r = 0; r < rows.length; r++) {
    const cells = valueAt(data, rows[r]!);
    if (!Array.isArray(cells)) continue;
    for (let c = 0; c < width && c < cells.length; c++) {
      const v: unknown = cells[c];
      if (v === null) values[r * width + c] = 0;
      else if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
        // Sums of such large counts could round in doubles: leave the report to the exact analysis.
        if (v >= 2 ** 48) return false;
        values[r * width + c] = v;
      }
    }
  }
  for (const { left, right } of relations) {
    let difference = 0;
    for (const i of left) difference += values[i]!;
    for (const i of right) difference -= values[i]!;
    if (difference !== 0 && !Number.isNaN(difference)) return false;
  }
  return true;
}

const ALL_HOLD: TableCheck = { failures: [], fixFor: () => undefined };

const analyses = new WeakMap<object, Map<TemplateId, TableCheck>>();

/** The arithmetic of one report, computed once and shared by the arithmetic rules. */
export function checkTables(data: unknown, template: TemplateId): TableCheck {
  if (typeof data !== 'object' || data === null) return ALL_HOLD;
  let byTemplate = analyses.get(data);
  if (!byTemplate) analyses.set(data, (byTemplate = new Map<TemplateId, TableCheck>()));
  let result = byTemplate.get(template);
  if (!result) byTemplate.set(template, (result = allHold(data, template) ? ALL_HOLD : analyse(data, template)));
  return result;
}
