/**
 * Which template the report follows, from the tables themselves (the year does not say: a 2023
 * report may still use the 2019 table 二): the column headers and the rows of table 二 — 本年制发件数 …
 * in 2021, 本年新制作数量, 上一年项目数量, 政府集中采购 … in 2019 — and else the rows of （六）其他处理 in
 * table 三, one row of numbers in 2019, sub-items 1–3 in 2021.
 */
import type { TemplateId } from '../../model/template.js';
import { collectCells } from './cells.js';
import type { Token } from './tokens.js';

const COLUMNS_2021 = new Set(['issued', 'repealed', 'in_force']);
const COLUMNS_2019 = new Set(['made', 'published', 'total_published', 'previous_items', 'change', 'decisions', 'items', 'amount']);
const ROWS_2019 = new Set(['other_services', 'procurement']);
const OTHER_ROWS_2021 = new Set(['results.other.no_correction', 'results.other.unpaid_fee', 'results.other.other']);

export interface TemplateFinding {
  readonly template: TemplateId;
  /** How it was told, for the user: `table 二`, `table 三 （六）`, or undefined when it was not. */
  readonly from?: string;
  /** Set when table 二 and （六） disagree. */
  readonly conflict?: string;
}

function votesOfProactive(tokens: readonly Token[]): { '2021': number; '2019': number } {
  const votes = { '2021': 0, '2019': 0 };
  for (const token of tokens) {
    if (token.kind !== 'label') continue;
    const { kind, key } = token.def;
    if (kind === 'column' && (COLUMNS_2021.has(key) || key.startsWith('value:'))) votes['2021'] += 1;
    else if (kind === 'column' && COLUMNS_2019.has(key)) votes['2019'] += 1;
    else if (kind === 'row' && ROWS_2019.has(key)) votes['2019'] += 1;
    else if (kind === 'item' && key.includes('（九）')) votes['2019'] += 1;
  }
  return votes;
}

/** `2019` when （六）其他处理 has numbers of its own, `2021` when it has sub-items. */
function otherRowsTemplate(tokens: readonly Token[]): TemplateId | undefined {
  let single = false;
  let split = false;
  tokens.forEach((token, index) => {
    if (token.kind !== 'label') return;
    if (token.def.kind === 'row' && OTHER_ROWS_2021.has(token.def.key)) split = true;
    if (token.def.kind === 'group' && token.def.key === 'results.other') {
      if (collectCells(tokens, index).tokens.some((t) => t.kind === 'value' || t.kind === 'blank')) single = true;
    }
  });
  if (single === split) return undefined;
  return single ? '2019' : '2021';
}

export function detectTemplate(proactive: readonly Token[], applications: readonly Token[]): TemplateFinding | undefined {
  const votes = votesOfProactive(proactive);
  const fromOther = otherRowsTemplate(applications);
  let fromTable2: TemplateId | undefined;
  if (votes['2021'] > votes['2019']) fromTable2 = '2021';
  else if (votes['2019'] > votes['2021']) fromTable2 = '2019';
  if (fromTable2) {
    const conflict =
      fromOther && fromOther !== fromTable2
        ? `table 二 follows the ${fromTable2} template but （六）其他处理 in table 三 the ${fromOther} template`
        : undefined;
    return { template: fromTable2, from: 'the headers of table 二', ...(conflict ? { conflict } : {}) };
  }
  if (fromOther) return { template: fromOther, from: 'the rows of （六）其他处理 in table 三' };
  return undefined;
}
