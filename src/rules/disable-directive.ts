import type { Rule } from '../engine/types.js';

/**
 * Checks the inline `gov-report-disable-…` directives themselves. The engine applies the directives
 * after every other rule has run and hands this rule what is wrong with them (see engine/suppress.ts).
 */
export const disableDirective: Rule = {
  id: 'disable-directive',
  severity: 'error',
  description: {
    'zh-CN': '行内禁用注释（gov-report-disable-…）须写明原因（-- 之后），规则名有效，且确实屏蔽了某条问题',
    en: 'Inline gov-report-disable-… comments give a reason after --, name real rules, and suppress something',
  },
  messages: {
    missingReason: {
      'zh-CN': '禁用注释 gov-report-disable-{kind} 缺少原因：请在 -- 之后写明为什么不修改',
      en: 'The directive gov-report-disable-{kind} has no reason: say after -- why the finding stays',
    },
    unknownRule: {
      'zh-CN': '禁用注释中的规则 {rule} 不存在',
      en: 'The directive names an unknown rule {rule}',
    },
    unused: {
      'zh-CN': '禁用注释 gov-report-disable-{kind}（{rules}）没有屏蔽任何问题，可以删除',
      en: 'The directive gov-report-disable-{kind} ({rules}) suppresses nothing and can be removed',
    },
  },
  checkDirectives({ problems, report }) {
    for (const { directive, messageId, rule } of problems) {
      report({
        messageId,
        path: '',
        range: directive.range,
        data: { kind: directive.kind, rule: rule ?? '', rules: directive.rules.length > 0 ? directive.rules : ['*'] },
      });
    }
  },
};
