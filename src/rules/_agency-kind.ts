import { isPlainObject } from '../model/pointer.js';
import { AGENCY_KINDS, type AgencyKind } from '../model/template.js';

/**
 * What kind of body published a report, which decides its deadline (《条例》第四十九条) and whether
 * it must report 工作考核、社会评议和责任追究结果情况 (第五十条第（四）项).
 *
 * - `agency_kind` decides when it is given.
 * - Otherwise the name: one that ends in 人民政府 is a people's government (…县人民政府, …镇人民政府);
 *   one that only contains it is a body of that government (…人民政府办公室/办公厅, …人民政府研究室,
 *   …区人民政府…街道办事处), i.e. a department.
 * - A name that is only a place (…市, …县, …区, …镇), a 街道办事处 or the 管委会 of a development zone
 *   does not say which it is: `unknown`. Rules treat `unknown` leniently (no assessment required,
 *   the later deadline).
 * - Any other name (…局, …委员会, …办公室, …中心, …馆) is a department.
 */
type InferredKind = AgencyKind | 'unknown';

interface AgencyKindInfo {
  readonly kind: InferredKind;
  /** True when `agency_kind` said so, false when inferred from the name. */
  readonly declared: boolean;
  /** A township-level body (乡、镇、街道): 第四十九条 sets no date for it. */
  readonly township: boolean;
}

const PLACE_ONLY = /(?:[省市州盟县旗区乡镇]|自治区|自治州|地区|自治县|苏木)$/u;
const UNCLEAR_BODY = /(?:街道|街道办|街道办事处|(?:开发区|园区|新区|实验区|示范区|试验区|合作区|自贸区|保税区)(?:管理委员会|管委会))$/u;
const TOWNSHIP = /(?:乡|镇|苏木|街道|街道办|街道办事处)(?:人民政府)?$/u;

/** The name with spaces and a trailing remark in brackets (（本级）) removed. */
function normalName(name: string): string {
  return name.replace(/\s+/gu, '').replace(/[（(][^（()）]*[）)]$/u, '');
}

/** The kind of the report's body, or undefined when the report names none (no agency, no agency_kind). */
export function agencyKindOf(data: unknown): AgencyKindInfo | undefined {
  if (!isPlainObject(data)) return undefined;
  const name = typeof data.agency === 'string' ? normalName(data.agency) : '';
  const township = name !== '' && TOWNSHIP.test(name);
  const declared = AGENCY_KINDS.find((kind) => kind === data.agency_kind);
  if (declared) return { kind: declared, declared: true, township };
  if (name === '') return undefined;
  if (name.endsWith('人民政府')) return { kind: 'government', declared: false, township };
  if (!name.includes('人民政府') && (PLACE_ONLY.test(name) || UNCLEAR_BODY.test(name)))
    return { kind: 'unknown', declared: false, township };
  if (UNCLEAR_BODY.test(name)) return { kind: 'unknown', declared: false, township };
  return { kind: 'department', declared: false, township };
}
