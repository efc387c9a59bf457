/**
 * The table side of `narrative-consistency`: which cells each quantity a text can state adds up,
 * its official label, and its value when the table can vouch for it.
 */
import { describePath } from '../model/labels.js';
import { parsePointer } from '../model/pointer.js';
import { checkTables, readCount } from '../model/relations.js';
import {
  APPEAL_TOTAL,
  APPLICANT_COLUMNS,
  APPLICANT_TOTAL,
  NOT_PROCESSED,
  OTHER_2021,
  type RowGroupSpec,
  TABLE_NAMES,
  type TemplateId,
  UNAVAILABLE,
  WITHHELD,
} from '../model/template.js';
import type { QuantityId } from './words.js';

const T = APPLICANT_TOTAL;
const row = (name: string, column = T) => `/applications/${name}/${column}`;
const result = (name: string) => `/applications/results/${name}/${T}`;
const group = (spec: RowGroupSpec) => spec.rows.map((r) => `/applications/results/${spec.key}/${r.key}/${T}`);
const appeal = (name: string) => `/appeals/${name}/${APPEAL_TOTAL}`;
/** 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他: the five columns under 法人或其他组织. */
const LEGAL_PERSON_COLUMNS = [1, 2, 3, 4, 5];

/** The cells whose sum a quantity is. */
export function cellsOf(quantity: QuantityId, template: TemplateId): readonly string[] {
  switch (quantity) {
    case 'new':
      return [row('new')];
    case 'newAndCarriedOver':
      return [row('new'), row('carried_over')];
    case 'carriedOver':
      return [row('carried_over')];
    case 'disclosed':
      return [result('disclosed')];
    case 'partiallyDisclosed':
      return [result('partially_disclosed')];
    case 'disclosedAndPartially':
      return [result('disclosed'), result('partially_disclosed')];
    case 'withheld':
      return group(WITHHELD);
    case 'unavailable':
      return group(UNAVAILABLE);
    case 'notProcessed':
      return group(NOT_PROCESSED);
    case 'otherwiseHandled':
      return template === '2019' ? [result('other')] : group(OTHER_2021);
    case 'total':
      return [result('total')];
    case 'carriedForward':
      return [row('carried_forward')];
    case 'naturalPerson':
      return [row('new', 0)];
    case 'legalPerson':
      return LEGAL_PERSON_COLUMNS.map((c) => row('new', c));
    case 'commercial':
      return [row('new', 1)];
    case 'research':
      return [row('new', 2)];
    case 'nonprofit':
      return [row('new', 3)];
    case 'legalServices':
      return [row('new', 4)];
    case 'reconsideration':
      return [appeal('reconsideration')];
    case 'litigation':
      return [appeal('litigation_direct'), appeal('litigation_after_reconsideration')];
    case 'appeals':
      return [appeal('reconsideration'), appeal('litigation_direct'), appeal('litigation_after_reconsideration')];
  }
}

const GROUPS: Partial<Record<QuantityId, RowGroupSpec>> = { withheld: WITHHELD, unavailable: UNAVAILABLE, notProcessed: NOT_PROCESSED };

/** The official label of a quantity: 表三「一、本年新收政府信息公开申请数量」「总计」, or the sum it is. */
export function labelOf(quantity: QuantityId, template: TemplateId): string {
  const table = TABLE_NAMES.applications.zh;
  const spec = GROUPS[quantity] ?? (quantity === 'otherwiseHandled' && template !== '2019' ? OTHER_2021 : undefined);
  if (spec) return `${table}「${spec.zh}」各项的「总计」之和`;
  if (quantity === 'legalPerson') {
    const columns = LEGAL_PERSON_COLUMNS.map((c) => APPLICANT_COLUMNS[c]!.zh).join('、');
    return `${describePath(row('new', 0), template).replace(/「[^「」]*」$/u, '')}「法人或其他组织」（${columns} 之和）`;
  }
  const cells = cellsOf(quantity, template);
  const names = cells.map((cell) => describePath(cell, template));
  if (names.length === 1) return names[0]!;
  const prefix = names[0]!.slice(0, 2); // 表三 / 表四
  const rest = names.slice(1).map((name) => name.slice(prefix.length));
  return `${names[0]}${rest.length > 1 ? `、${rest.slice(0, -1).join('、')}` : ''}与${rest.at(-1)}之和`;
}

/** Why the tables cannot vouch for a quantity: a blank cell, a missing or non-count cell, a failing relation. */
export type Unvouched = 'blank' | 'notACount' | 'relation';

/** Values of the tables that a claim can be compared with. */
export class TableView {
  /** Cells in a relation of the tables that fails, and the columns of table 三 whose column relations fail. */
  private readonly doubtfulCells = new Set<string>();
  private readonly doubtfulColumns = new Set<number>();

  constructor(
    private readonly data: unknown,
    private readonly template: TemplateId,
  ) {
    for (const failure of checkTables(data, template).failures) {
      const { relation } = failure;
      for (const cell of [...relation.left, ...relation.right]) this.doubtfulCells.add(cell);
      if (relation.column !== undefined) this.doubtfulColumns.add(relation.column);
    }
  }

  /**
   * The sum of the quantity's cells, or why the table cannot vouch for it: a cell is blank, missing or
   * not a count, or takes part in a relation of the tables that fails (the arithmetic rules report that;
   * which of the figures is wrong is then unknown).
   */
  vouch(quantity: QuantityId): { readonly value: number } | { readonly reason: Unvouched } {
    let sum = 0;
    for (const cell of cellsOf(quantity, this.template)) {
      const value = readCount(this.data, cell);
      if (value.kind !== 'number') return { reason: value.kind === 'blank' ? 'blank' : 'notACount' };
      if (this.doubtfulCells.has(cell)) return { reason: 'relation' };
      if (cell.startsWith('/applications/') && this.doubtfulColumns.has(Number(parsePointer(cell).at(-1)))) return { reason: 'relation' };
      sum += value.value;
    }
    return { value: sum };
  }

  /** The sum of the quantity's cells, or undefined when the table cannot vouch for it (see `vouch`). */
  valueOf(quantity: QuantityId): number | undefined {
    const vouched = this.vouch(quantity);
    return 'value' in vouched ? vouched.value : undefined;
  }

  /** 二、上年结转 in the columns of a count of new applications: a text often adds it in. */
  carriedOverFor(quantity: QuantityId): number | undefined {
    const columns =
      quantity === 'new' ? [T] : quantity === 'naturalPerson' ? [0] : quantity === 'legalPerson' ? LEGAL_PERSON_COLUMNS : undefined;
    if (!columns) return undefined;
    let sum = 0;
    for (const column of columns) {
      const value = readCount(this.data, row('carried_over', column));
      if (value.kind !== 'number') return undefined;
      sum += value.value;
    }
    return sum;
  }
}
