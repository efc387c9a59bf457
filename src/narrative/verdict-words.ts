import type { Unverifiable, Verdict } from './assess.js';

/** The words for a claim's verdict and for why it could not be checked, shared by `show --claims` and the reviewer page. */
export const VERDICT_WORDS = {
  'zh-CN': {
    verdict: { agrees: '一致', differs: '不一致', unverifiable: '无法核对' } satisfies Record<Verdict, string>,
    why: {
      blank: '表中有空白单元格',
      notACount: '表中的单元格缺失或不是件数',
      relation: '表中相关的勾稽关系不成立',
      carriedOver: '有上年结转的申请，不能确定是否都已办结',
      area: '说的是全辖区的数，表格可能只统计本机关',
    } satisfies Record<Unverifiable, string>,
  },
  en: {
    verdict: { agrees: 'agrees', differs: 'differs', unverifiable: 'unverifiable' } satisfies Record<Verdict, string>,
    why: {
      blank: 'a cell of the table is blank',
      notACount: 'a cell of the table is missing or not a count',
      relation: 'a relation among the cells fails',
      carriedOver: 'applications were carried over from last year: not all may be concluded',
      area: 'a figure for the whole area; the table may count the body alone',
    } satisfies Record<Unverifiable, string>,
  },
} as const;
