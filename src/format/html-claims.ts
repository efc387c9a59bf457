/**
 * The reviewer page's list of the numbers a report's text states about tables 三 and 四, each with the
 * table's value and the verdict (narrative/assess.ts, as `narrative-consistency` and `show --claims`
 * read them), so that a reviewer sees what was checked, not only what failed.
 */
import type { Locale } from '../engine/types.js';
import { SECTIONS, type TemplateId } from '../model/template.js';
import { type AssessedClaim, assessClaims, type Verdict } from '../narrative/assess.js';
import { VERDICT_WORDS } from '../narrative/verdict-words.js';
import { escapeHtml } from './html-table.js';

const TEXT = {
  'zh-CN': {
    title: (n: number, differs: number) => `正文中的数字：读到 ${n} 处，${differs} 处与表格不一致`,
    none: '正文中没有读到关于表三、表四的数字。',
    columns: ['部分', '原文', '对应表格', '正文', '表格', '核对'],
    ...VERDICT_WORDS['zh-CN'],
    addsCarriedOver: (n: number) => `正文可能把上年结转的 ${n} 件也算了进去`,
    otherReading: (label: string, table: string) => `按另一种理解（${label}），表格为 ${table}`,
    separator: '；',
    note: (text: string) => `（${text}）`,
  },
  en: {
    title: (n: number, differs: number) => `Numbers in the text: ${n} read, ${differs} differ${differs === 1 ? 's' : ''} from the tables`,
    none: 'No numbers about tables 三 and 四 read in the text.',
    columns: ['Part', 'Words', 'Table quantity', 'Text', 'Table', 'Check'],
    ...VERDICT_WORDS.en,
    addsCarriedOver: (n: number) => `the text may count the ${n} carried over from last year too`,
    otherReading: (label: string, table: string) => `read as ${label}, the table has ${table}`,
    separator: '; ',
    note: (text: string) => ` (${text})`,
  },
} as const;

type Texts = (typeof TEXT)[Locale];

const MARK: Readonly<Record<Verdict, string>> = { agrees: '✔', differs: '✗', unverifiable: '?' };

export const claimsCss = () => `
.claims { margin: 1rem 0; }
.claims > summary { cursor: pointer; font-weight: bold; }
.claims-table { border-collapse: collapse; margin-top: 0.25rem; font-size: 13px; }
.claims-table th, .claims-table td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.claims-table td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.claims-table tr.differs td.verdict { color: var(--error); font-weight: bold; }
.claims-table tr.agrees td.verdict { color: #1b6e2a; }
.claims-table tr.unverifiable td.verdict { color: #555; }
`;

const shownTable = (value: number | undefined) => (value === undefined ? '—' : String(value));

/** The verdict with why: the reason a claim is unverifiable, what else the words may mean when it differs. */
function verdictText(assessed: AssessedClaim, texts: Texts): string {
  const notes: string[] = [];
  if (assessed.why !== undefined) notes.push(texts.why[assessed.why]);
  if (assessed.verdict === 'differs') {
    if (assessed.addsCarriedOver !== undefined) notes.push(texts.addsCarriedOver(assessed.addsCarriedOver));
    for (const other of assessed.readings)
      if (other !== assessed.reading) notes.push(texts.otherReading(other.label, shownTable(other.table)));
  }
  const word = `${MARK[assessed.verdict]} ${texts.verdict[assessed.verdict]}`;
  return notes.length === 0 ? word : word + texts.note(notes.join(texts.separator));
}

function claimRow(assessed: AssessedClaim, texts: Texts, locale: Locale): string {
  const part = SECTIONS[assessed.section][locale === 'zh-CN' ? 'zh' : 'en'];
  return [
    `<tr class="${assessed.verdict}" data-verdict="${assessed.verdict}">`,
    `<td>${escapeHtml(part)}</td>`,
    `<td>“${escapeHtml(assessed.claim.phrase)}”</td>`,
    `<td>${escapeHtml(assessed.reading.label)}</td>`,
    `<td class="number">${assessed.claim.stated}</td>`,
    `<td class="number">${shownTable(assessed.reading.table)}</td>`,
    `<td class="verdict">${escapeHtml(verdictText(assessed, texts))}</td>`,
    '</tr>',
  ].join('');
}

/** Every claim of the report's text in a `<details>` block, open when one differs; a line saying so when there is none. */
export function claimsHtml(data: unknown, template: TemplateId, locale: Locale): string {
  const texts = TEXT[locale];
  const assessed = assessClaims(data, template);
  if (assessed.length === 0) return `<p class="claims none">${escapeHtml(texts.none)}</p>`;
  const differs = assessed.filter((a) => a.verdict === 'differs').length;
  return [
    `<details class="claims"${differs > 0 ? ' open' : ''}>`,
    `<summary>${escapeHtml(texts.title(assessed.length, differs))}</summary>`,
    '<table class="claims-table">',
    `<thead><tr>${texts.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${assessed.map((a) => claimRow(a, texts, locale)).join('\n')}\n</tbody>`,
    '</table>',
    '</details>',
  ].join('\n');
}
