import type { Rule } from '../engine/types.js';
import { isPlainObject, valueAt } from '../model/pointer.js';
import { APPLICANT_TOTAL, OTHER_2021, SECTIONS } from '../model/template.js';

/** Any word about charging: 信息处理费, 收费通知, 收取…费, 未发生收费情况 … (generous: a missing statement is only reported when there is none). */
const MENTIONS_FEES = /信息处理费|处理费|收费|收取[^。；;\n]{0,8}费|缴纳[^。；;\n]{0,8}费/u;
/**
 * Saying that no fee notice went out: 未发出收费通知, 没有向申请人发出收费通知书, 无收费通知, 收费通知0件.
 * A verb of issuing is required after the negation, so the row's own wording (逾期未按收费通知要求缴纳费用) is no denial.
 */
const NO_FEE_NOTICE = new RegExp(
  [
    '(?:未|没有|无|不曾|并未|均未|从未|未曾)\\s*(?:向[^。；;，,\\n]{1,10}?)?(?:发出|发放|出具|下发|送达|开具|发送|寄送|制发|作出|产生|发生)过?(?:任何)?(?:信息处理费|政府信息公开)?的?收费通知书?',
    '(?:无|没有)(?:任何)?(?:信息处理费)?收费通知书?',
    '收费通知书?(?:数量|件数)?\\s*(?:[为共计]\\s*)?[0０零]\\s*[件份次个]?(?![0-9０-９.])',
  ].join('|'),
  'u',
);

const UNPAID = OTHER_2021.rows[1];
const UNPAID_POINTER = '/applications/results/other/unpaid_fee';

/** The count of 2.申请人逾期未按收费通知要求缴纳费用: its 总计, or the sum of its columns when 总计 is no number. */
function unpaidFeeCount(data: unknown): number {
  const row = valueAt(data, UNPAID_POINTER);
  if (!Array.isArray(row)) return 0;
  const total: unknown = row[APPLICANT_TOTAL];
  if (typeof total === 'number' && Number.isFinite(total)) return total;
  let sum = 0;
  for (let i = 0; i < APPLICANT_TOTAL; i++) {
    const cell: unknown = row[i];
    if (typeof cell === 'number' && Number.isFinite(cell)) sum += cell;
  }
  return sum;
}

export const feeStatement: Rule = {
  id: 'fee-statement',
  severity: 'warning',
  description: {
    'zh-CN': '2021 版格式的年报在“六、其他需要报告的事项”中说明信息处理费收取情况，且与表三“逾期未按收费通知要求缴纳费用”不矛盾',
    en: 'A report on the 2021 template states in part 六 whether information-processing fees were charged, consistently with 表三 “fee not paid after a fee notice”',
  },
  messages: {
    missing: {
      'zh-CN':
        '「{section}」没有说明信息处理费的收取情况（《政府信息公开信息处理费管理办法》）：请写明是否发出收费通知、是否收取信息处理费',
      en: '「{section}」 does not say whether information-processing fees were charged (《政府信息公开信息处理费管理办法》): state whether fee notices were issued and fees collected',
    },
    contradictsUnpaid: {
      'zh-CN': '「{section}」写“{text}”，但表三「{row}」「总计」为 {count}：申请人逾期未缴费，说明本年度至少发出过一份收费通知',
      en: '「{section}」 says “{text}”, but 表三「{row}」「总计」 is {count}: an applicant failed to pay after a fee notice, so at least one fee notice was issued this year',
    },
  },
  check(context) {
    if (!isPlainObject(context.data)) return;
    const data = context.data;
    if (data.template !== '2021') return;
    if (typeof data.year === 'number' && data.year < 2021) return;
    const text = data.other_matters;
    // Missing or empty: required-sections says so.
    if (typeof text !== 'string' || text.trim() === '') return;
    const section = SECTIONS.other_matters.zh;
    const unpaid = unpaidFeeCount(data);
    const noNotice = NO_FEE_NOTICE.exec(text);
    if (unpaid > 0 && noNotice) {
      context.report({
        messageId: 'contradictsUnpaid',
        path: '/other_matters',
        textSpan: [noNotice.index, noNotice.index + noNotice[0].length],
        data: { section, text: noNotice[0], row: `${OTHER_2021.zh} ${UNPAID.zh}`, count: unpaid },
      });
    } else if (!MENTIONS_FEES.test(text)) {
      context.report({ messageId: 'missing', path: '/other_matters', atKey: true, data: { section } });
    }
  },
};
