/**
 * Table 四 from its tokens. It has no row labels: its one row of fifteen numbers stands under a
 * header of three groups (行政复议, 未经复议直接起诉, 复议后起诉) of five columns (结果维持 … 总计). The
 * numbers come either in one run under the whole header, or (a converter's Markdown) in one run of
 * five under each group's own header. The header must show the template's columns in their order.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../../model/template.js';
import { type Cell, readCells, type RowToken } from './cells.js';
import { indexedColumns, type MissingEntry, rowMissing } from '../missing.js';
import type { TableRead } from './proactive.js';
import type { Token } from './tokens.js';

const WIDTH = APPEAL_COLUMNS.length;
const ROWS = Object.values(APPEAL_GROUPS);
/** The group label that starts each row's columns (行政诉讼 stands over two of them). */
const GROUP_OF_ROW = ROWS.map((row) => row.zh.split(' ').at(-1)!);
const COLUMN_KEYS = APPEAL_COLUMNS.map((c) => c.key);

interface Run {
  readonly group: string | undefined;
  readonly tokens: RowToken[];
}

function runsOf(tokens: readonly Token[]): { runs: Run[]; groups: string[]; columns: string[] } {
  const runs: Run[] = [];
  const groups: string[] = [];
  const columns: string[] = [];
  let current: Run | undefined;
  let valuesInRow = 0;
  const close = () => {
    if (current && current.tokens.some((t) => t.kind !== 'empty')) runs.push(current);
    current = undefined;
  };
  for (const token of tokens) {
    switch (token.kind) {
      case 'label':
        close();
        if (token.def.kind === 'group') groups.push(token.def.key);
        else if (token.def.kind === 'column') columns.push(token.def.key);
        break;
      case 'rowEnd':
        valuesInRow = 0;
        if (token.table) close();
        break;
      case 'residue':
        break;
      case 'text':
        if (token.tableRow && valuesInRow > 0 && current) current.tokens.push({ kind: 'bad', raw: token.raw });
        else close();
        break;
      default:
        if (token.kind !== 'empty') valuesInRow += 1;
        current ??= { group: groups.at(-1), tokens: [] };
        current.tokens.push(token);
    }
  }
  close();
  return { runs, groups, columns };
}

function groupsInOrder(groups: readonly string[]): boolean {
  const at = GROUP_OF_ROW.map((g) => groups.indexOf(g));
  return at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!));
}

/** The header shows one to three times 结果维持 结果纠正 其他结果 尚未审结 总计, and the three groups in order. */
function headerRecognised(groups: readonly string[], columns: readonly string[]): boolean {
  if (columns.length === 0 || columns.length % WIDTH !== 0 || columns.length > 3 * WIDTH) return false;
  return columns.every((key, i) => key === COLUMN_KEYS[i % WIDTH]) && groupsInOrder(groups);
}

const HEADER_CHARACTERS = [...APPEAL_COLUMNS.map((c) => c.zh).join('')].sort().join('');

/**
 * A header that PDF text broke into pieces (`结果 结果 其他 尚未 总` over `维持 纠正 结果 审结 计`, or one
 * character per line): what stands between the groups and the numbers is, character for character,
 * the five column labels once, twice or three times, and nothing else.
 */
function brokenHeader(tokens: readonly Token[]): boolean {
  const firstValue = tokens.findIndex((t) => t.kind === 'value' || t.kind === 'blank');
  if (firstValue < 0) return false;
  const expected = [1, 2, 3].map((times) => [...HEADER_CHARACTERS.repeat(times)].sort().join(''));
  // From one of the groups on (a sentence above the table may name them too; a header set out over
  // lines may put the groups among the column labels, so they are passed over).
  return tokens.slice(0, firstValue).some((start, g) => {
    if (start.kind !== 'label' || start.def.kind !== 'group') return false;
    let characters = '';
    for (const token of tokens.slice(g + 1, firstValue)) {
      if (token.kind === 'text' || token.kind === 'residue') characters += token.raw;
      else if (token.kind === 'label' && token.def.kind === 'column') characters += token.def.core;
      else if (token.kind === 'label' && token.def.kind !== 'group') return false;
    }
    return expected.includes([...characters.replace(/\s/gu, '')].sort().join(''));
  });
}

export function readAppeals(tokens: readonly Token[]): TableRead {
  const { runs, groups, columns } = runsOf(tokens);
  const value: Record<string, Cell[]> = {};
  const blank = () => ROWS.forEach((row) => (value[row.key] = new Array<Cell>(WIDTH).fill(null)));
  const labels = indexedColumns(APPEAL_COLUMNS);
  if (!headerRecognised(groups, columns) && !(groupsInOrder(groups) && brokenHeader(tokens))) {
    blank();
    return {
      value,
      missing: [
        {
          pointer: '/appeals',
          reason: `the header of table 四 (${GROUP_OF_ROW.join('、')}; ${APPEAL_COLUMNS.map((c) => c.zh).join('、')}) was not recognised`,
        },
      ],
    };
  }
  const missing: MissingEntry[] = [];
  if (runs.length === 1) {
    const read = readCells({ tokens: runs[0]!.tokens }, 3 * WIDTH, [WIDTH, WIDTH, WIDTH]);
    ROWS.forEach((row, i) => {
      const part = { cells: read.cells.slice(i * WIDTH, (i + 1) * WIDTH), missing: read.missing.slice(i * WIDTH, (i + 1) * WIDTH) };
      value[row.key] = [...part.cells];
      missing.push(...rowMissing(`/appeals/${row.key}`, part, labels));
    });
    return { value, missing };
  }
  if (runs.length === ROWS.length && runs.every((run, i) => run.group === GROUP_OF_ROW[i])) {
    ROWS.forEach((row, i) => {
      const read = readCells({ tokens: runs[i]!.tokens }, WIDTH, [WIDTH]);
      value[row.key] = [...read.cells];
      missing.push(...rowMissing(`/appeals/${row.key}`, read, labels));
    });
    return { value, missing };
  }
  blank();
  const reason =
    runs.length === 0
      ? 'no numbers under the header of table 四'
      : `the numbers under the header of table 四 come in ${runs.length} parts, not in one row of 15 or three rows of 5`;
  return { value, missing: [{ pointer: '/appeals', reason }] };
}
