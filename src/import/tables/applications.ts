/**
 * Table 三 from its tokens. The columns are told by the header block above the first row (自然人,
 * 商业企业 … 其他 in that order, and 总计); rows by their labels. Run-together digits are cut by the row's
 * total; when a row can still be cut more than one way, the table's own relations decide — （七）总计
 * is the sum of the result rows, 一 + 二 = （七） + 四, column by column — and only if exactly one way
 * agrees with them. A total is never changed: a row that stays undecided is left unrecovered.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  RESULT_SINGLE_ROWS,
  rowsOf,
  type TableEntry,
  type TemplateId,
} from '../../model/template.js';
import { type Cell, chooseRead, type Collected, collectCells, type ReadRow, readCells, unreadRow } from './cells.js';
import { indexedColumns, type MissingEntry, rowMissing } from '../missing.js';
import type { TableRead } from './proactive.js';
import type { Token } from './tokens.js';

const WIDTH = APPLICANT_COLUMNS.length;
const SUB_COLUMNS = ['commercial', 'research', 'nonprofit', 'legal_services', 'other'];

/** The rows of the template as dotted keys (`results.withheld.state_secret`), in table order, walked with `rowsOf`. */
function rowKeys(template: TemplateId): { leaves: string[]; all: string[]; total: string } {
  const rows = [...rowsOf(template, 'applications')].filter((e) => e.kind === 'row');
  const underHeading = (e: TableEntry): boolean => (e.parent ? e.parent.node.heading === true || underHeading(e.parent) : false);
  const key = (e: TableEntry) => e.keyPath.join('.');
  const total = rows.find((e) => e.node.total);
  return {
    leaves: rows.filter((e) => underHeading(e) && !e.node.total).map(key),
    all: rows.map(key),
    total: total ? key(total) : `results.${RESULT_SINGLE_ROWS.total.key}`,
  };
}

/** Whether the header block shows the template's columns: all seven, 自然人 first, the five kinds of 法人 in order. */
function headersRecognised(headers: readonly string[]): boolean {
  if (!APPLICANT_COLUMNS.every((c) => headers.includes(c.key))) return false;
  const positions = SUB_COLUMNS.map((k) => headers.indexOf(k));
  return headers.indexOf('natural_person') < positions[0]! && positions.every((p, i) => i === 0 || p > positions[i - 1]!);
}

/** Rows that can be cut more than one way: fixed where exactly one choice agrees with the relations of the table. */
function decideByTotals(reads: Map<string, ReadRow>, leaves: readonly string[], total: string): void {
  const open = [...reads].filter(([, r]) => r.candidates && r.candidates.length > 1).map(([key]) => key);
  if (open.length === 0) return;
  const relations: { left: string[]; right: string[] }[] = [
    { left: [total], right: [...leaves] },
    {
      left: [APPLICATION_TOP_ROWS.new.key, APPLICATION_TOP_ROWS.carried_over.key],
      right: [total, APPLICATION_TOP_ROWS.carried_forward.key],
    },
  ].filter((r) => [...r.left, ...r.right].some((k) => open.includes(k)));
  const choices = open.map((key) => reads.get(key)!.candidates!);
  const combinations = choices.reduce((n, c) => n * c.length, 1);
  if (relations.length === 0 || combinations > 20_000) return;
  // Only the columns where the choices differ can tell them apart.
  const telling = [...Array(WIDTH).keys()].filter((c) => choices.some((cs) => cs.some((cut) => cut[c] !== cs[0]![c])));
  const passing: number[][] = [];
  const pick = new Array<number>(open.length).fill(0);
  for (let n = 0; n < combinations; n++) {
    let rest = n;
    for (let i = 0; i < open.length; i++) {
      pick[i] = rest % choices[i]!.length;
      rest = Math.floor(rest / choices[i]!.length);
    }
    const cell = (key: string, c: number): Cell | undefined => {
      const i = open.indexOf(key);
      if (i >= 0) return choices[i]![pick[i]!]![c]!;
      return reads.get(key)?.cells[c];
    };
    const holds = telling.every((c) =>
      relations.every(({ left, right }) => {
        const values = [...left, ...right].map((k) => cell(k, c));
        if (values.some((v) => v === null || v === undefined)) return true;
        const sum = (keys: string[]) => keys.reduce((s, k) => s + (cell(k, c) as number), 0);
        return sum(left) === sum(right);
      }),
    );
    if (holds) passing.push([...pick]);
  }
  open.forEach((key, i) => {
    const read = reads.get(key)!;
    const picked = new Set(passing.map((p) => p[i]));
    if (picked.size === 1) {
      const cut = read.candidates![[...picked][0]!]!;
      reads.set(key, { cells: [...cut], missing: cut.map(() => undefined) });
    } else {
      const because = passing.length === 0 ? 'none of them agrees with the totals of the table' : 'the totals of the table do not decide';
      reads.set(key, { ...read, missing: read.missing.map((m) => (m === undefined ? m : `${m}, and ${because}`)) });
    }
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

export function readApplications(tokens: readonly Token[], template: TemplateId): TableRead {
  const { leaves, all, total } = rowKeys(template);
  const headers: string[] = [];
  const found = new Map<string, Collected[]>();
  const add = (key: string, collected: Collected) => found.set(key, [...(found.get(key) ?? []), collected]);
  let seenRow = false;
  let otherSplit = false;
  let otherSingle = false;
  tokens.forEach((token, index) => {
    if (token.kind !== 'label') return;
    const { kind, key } = token.def;
    if (kind === 'column' && !seenRow) headers.push(key);
    else if (kind === 'row') {
      seenRow = true;
      add(key, collectCells(tokens, index));
      if (key.startsWith('results.other.')) otherSplit = true;
    } else if (kind === 'group' && key === 'results.other') {
      // The one row of （六） in the 2019 template, or the heading of its sub-items in 2021.
      const collected = collectCells(tokens, index);
      add(key, collected);
      if (collected.tokens.some((t) => t.kind === 'value' || t.kind === 'blank')) otherSingle = true;
    }
  });

  const columns = indexedColumns(APPLICANT_COLUMNS);
  if (!headersRecognised(headers)) {
    const value: Record<string, unknown> = {};
    for (const key of all) setPath(value, key.split('.'), new Array<Cell>(WIDTH).fill(null));
    return {
      value,
      missing: [
        {
          pointer: '/applications',
          reason: `the column headers of table 三 (${APPLICANT_COLUMNS.map((c) => c.zh).join('、')}) were not recognised`,
        },
      ],
    };
  }
  const reads = new Map<string, ReadRow>();
  for (const key of all) {
    let read: ReadRow;
    if (template === '2019' && key === 'results.other' && !otherSingle && otherSplit) {
      read = unreadRow(WIDTH, '（六）其他处理 is split into sub-items as in the 2021 template, but table 二 follows the 2019 template');
    } else if (template === '2021' && key.startsWith('results.other.') && otherSingle && !found.has(key)) {
      read = unreadRow(WIDTH, '（六）其他处理 has one row of numbers as in the 2019 template, but table 二 follows the 2021 template');
    } else {
      read = chooseRead(
        (found.get(key) ?? []).map((c) => readCells(c, WIDTH, [WIDTH])),
        WIDTH,
      );
    }
    reads.set(key, read);
  }
  decideByTotals(reads, leaves, total);

  const value: Record<string, unknown> = {};
  const missing: MissingEntry[] = [];
  for (const key of all) {
    const read = reads.get(key)!;
    const path = key.split('.');
    setPath(value, path, [...read.cells]);
    missing.push(...rowMissing(`/applications/${path.join('/')}`, read, columns));
  }
  return { value, missing };
}
