import type { Localized, MessageData, Rule, RuleContext } from '../engine/types.js';
import { describePath } from '../model/labels.js';
import { unknownCellsOf } from '../model/not-recovered.js';
import { checkTables, type Evaluation, type RelationKind, valueToMend } from '../model/relations.js';

interface RelationRuleSpec {
  readonly id: RelationKind;
  readonly description: Localized;
  /** The message for a failing relation; `{blankNote}` is appended by this helper when blanks were counted as 0. */
  readonly mismatch: Localized;
  /** What the message needs beyond the common facts (difference, sums, blanks). */
  readonly describe: (evaluation: Evaluation, context: RuleContext) => MessageData;
}

/**
 * Builds an arithmetic rule from one kind of relation. Every failing relation is reported once, at the
 * one cell whose change would mend it and every other failing relation it takes part in, when there is
 * such a cell; otherwise at the cell that states the total.
 */
export function relationRule(spec: RelationRuleSpec): Rule {
  return {
    id: spec.id,
    severity: 'error',
    description: spec.description,
    messages: {
      mismatch: spec.mismatch,
      mismatchWithBlanks: {
        'zh-CN': `${spec.mismatch['zh-CN']}（空白单元格按 0 计：{blanks}）`,
        en: `${spec.mismatch.en} (blank cells counted as 0: {blanks})`,
      },
      singleFix: {
        'zh-CN': '将 {cell} 由 {from} 改为 {to}，可使其所在的 {mends} 项勾稽关系同时成立',
        en: 'changing {cell} from {from} to {to} would satisfy the {mends} relations it is part of',
      },
      singleFixOne: {
        'zh-CN': '将 {cell} 由 {from} 改为 {to}，可使本项勾稽关系成立',
        en: 'changing {cell} from {from} to {to} would satisfy this relation',
      },
      singleFixBlank: {
        'zh-CN': '将空白的 {cell} 填为 {to}，可使其所在的 {mends} 项勾稽关系同时成立',
        en: 'filling the blank {cell} with {to} would satisfy {mends:count:relation} it is part of',
      },
    },
    check(context) {
      const tables = checkTables(context.data, context.template);
      // A relation with a cell import could not read (not_recovered) cannot be checked: its sum is unknown.
      const unknown = unknownCellsOf(context.data);
      for (const evaluation of tables.failures) {
        if (evaluation.relation.kind !== spec.id) continue;
        if ([...evaluation.relation.left, ...evaluation.relation.right].some(unknown)) continue;
        const fix = tables.fixFor(evaluation);
        const blanks = evaluation.blanks.map((p) => describePath(p, context.template));
        const path = fix?.pointer ?? evaluation.relation.anchor;
        const expected = fix?.to ?? valueToMend(evaluation, path);
        context.report({
          messageId: blanks.length > 0 ? 'mismatchWithBlanks' : 'mismatch',
          path,
          data: {
            ...spec.describe(evaluation, context),
            // What the cell pointed at would have to be for this relation to hold (for `show`); no count is negative.
            ...(Number.isSafeInteger(expected) && expected >= 0 ? { expected } : {}),
            leftSum: evaluation.leftSum,
            rightSum: evaluation.rightSum,
            difference: evaluation.difference,
            ...(blanks.length > 0 ? { blanks } : {}),
          },
          ...(fix
            ? {
                suggestion: {
                  messageId: fix.from === null ? 'singleFixBlank' : fix.mends === 1 ? 'singleFixOne' : 'singleFix',
                  data: { cell: describePath(fix.pointer, context.template), from: fix.from, to: fix.to, mends: fix.mends },
                },
              }
            : {}),
        });
      }
    },
  };
}

/** The values of some cells, the terms of a sum the reader can check (`{sum:sum}`: "3 + 0 + 1"). */
export function sumOf(evaluation: Evaluation, pointers: readonly string[]): number[] {
  return pointers.map((p) => evaluation.values.get(p) ?? 0);
}
