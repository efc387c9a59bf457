/**
 * Claims of a report's text set against its tables: for each claim, the verdict and the table's value
 * under the reading that decides it. Shared by the rule `narrative-consistency` (which reports the
 * claims that differ) and `gov-report show --claims` (which lists them all).
 */
import { isPlainObject } from '../model/pointer.js';
import { TEXT_SECTION_KEYS, type TemplateId } from '../model/template.js';
import { type Claim, type ClaimSettings, extractClaims, jurisdictionOf, type Rejection } from './claims.js';
import { labelOf, TableView, type Unvouched } from './quantities.js';
import type { QuantityId } from './words.js';

/** agrees: some reading matches the table; differs: every reading has a value and none matches; unverifiable: otherwise. */
export type Verdict = 'agrees' | 'differs' | 'unverifiable';

/**
 * Why a claim is unverifiable: the tables cannot vouch for a reading's value (blank, notACount,
 * relation), or the words may cover more than the table: the carried-over applications too (“均已办结”
 * said of the new ones), or the whole area of a people's government.
 */
export type Unverifiable = Unvouched | 'carriedOver' | 'area';

export type TextSectionKey = (typeof TEXT_SECTION_KEYS)[number];

export interface ReadingValue {
  readonly quantity: QuantityId;
  /** The official label of the quantity. */
  readonly label: string;
  /** The table's value, or undefined when the table cannot vouch for it. */
  readonly table: number | undefined;
  readonly unvouched?: Unvouched;
}

export interface AssessedClaim {
  readonly section: TextSectionKey;
  readonly claim: Claim;
  readonly verdict: Verdict;
  /** The reading that decides the verdict: the one that agrees, or the claim's first reading. */
  readonly reading: ReadingValue;
  /** Every reading with its value, `reading` among them. */
  readonly readings: readonly ReadingValue[];
  /** 二、上年结转 in the columns of a count of new applications, when the stated number is new + carried over. */
  readonly addsCarriedOver?: number;
  /** Why the verdict is `unverifiable`. */
  readonly why?: Unverifiable;
}

/** Who the text speaks for, and which year it is about, as the report's own keys say. */
function settingsOf(data: Readonly<Record<string, unknown>>): ClaimSettings {
  return {
    ...(typeof data.year === 'number' ? { year: data.year } : {}),
    jurisdiction: jurisdictionOf(typeof data.agency === 'string' ? data.agency : undefined, data.agency_kind),
  };
}

function verdictOf(
  claim: Claim,
  readings: readonly ReadingValue[],
  tables: TableView,
): { verdict: Verdict; reading: ReadingValue; why?: Unverifiable } {
  const first = readings[0]!;
  const agreeing = readings.find((r) => r.table === claim.stated);
  if (agreeing) return { verdict: 'agrees', reading: agreeing };
  const unvouched = readings.find((r) => r.table === undefined);
  if (unvouched) return { verdict: 'unverifiable', reading: unvouched, why: unvouched.unvouched ?? 'notACount' };
  // 收到申请5件，均已办结: with applications carried over from last year, some of those may still be open.
  if (claim.onlyNew && tables.valueOf('carriedOver') !== 0) return { verdict: 'unverifiable', reading: first, why: 'carriedOver' };
  return { verdict: 'differs', reading: first };
}

/** Every claim of the text sections, in the order of the sections and of the text, with its verdict. */
export function assessClaims(data: unknown, template: TemplateId, rejections?: Rejection[]): AssessedClaim[] {
  if (!isPlainObject(data)) return [];
  const settings = settingsOf(data);
  const tables = new TableView(data, template);
  const assessed: AssessedClaim[] = [];
  for (const section of TEXT_SECTION_KEYS) {
    const text = data[section];
    if (typeof text !== 'string') continue;
    for (const claim of extractClaims(text, settings, rejections)) {
      const readings = claim.readings.map((quantity): ReadingValue => {
        const vouched = tables.vouch(quantity);
        return {
          quantity,
          // Named on first use: most claims agree and are never shown, and naming walks the template's titles.
          get label() {
            return labelOf(quantity, template);
          },
          table: 'value' in vouched ? vouched.value : undefined,
          ...('value' in vouched ? {} : { unvouched: vouched.reason }),
        };
      });
      const { verdict, reading, why } = verdictOf(claim, readings, tables);
      const carriedOver = verdict === 'differs' && claim.form === 'count' ? tables.carriedOverFor(reading.quantity) : undefined;
      const addsCarriedOver =
        carriedOver !== undefined && carriedOver > 0 && claim.stated === reading.table! + carriedOver ? carriedOver : undefined;
      // A figure for the whole area may be of more bodies than the table's: it differs only when the tables explain it.
      const area = verdict === 'differs' && claim.areaWide === true && addsCarriedOver === undefined;
      const reason = area ? 'area' : why;
      assessed.push({
        section,
        claim,
        verdict: area ? 'unverifiable' : verdict,
        reading,
        readings,
        ...(addsCarriedOver !== undefined ? { addsCarriedOver } : {}),
        ...(reason !== undefined ? { why: reason } : {}),
      });
    }
  }
  return assessed;
}
