import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../src/engine/types.js';
import { lintText, type RuleCases } from './helpers.js';

/**
 * ESLint-style rule tests: valid texts draw nothing from the rule; each invalid text draws exactly
 * the listed diagnostics (message id, line, column, and the given data fields), in source order.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.id}`, () => {
    for (const { name, text } of cases.valid) {
      it(`valid: ${name}`, () => {
        const found = lintText(text).filter((d) => d.ruleId === rule.id);
        assert.deepEqual(found.map((d) => `${d.line}:${d.column} ${d.message}`), []);
      });
    }
    for (const { name, text, errors } of cases.invalid) {
      it(`invalid: ${name}`, () => {
        const found = lintText(text).filter((d) => d.ruleId === rule.id);
        assert.deepEqual(
          found.map((d) => ({ messageId: d.messageId, line: d.line, column: d.column })),
          errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column })),
          found.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'),
        );
        errors.forEach((expected, i) => {
          for (const [key, value] of Object.entries(expected.data ?? {})) {
            assert.deepEqual(found[i]!.data[key], value, `data.${key} of diagnostic ${i}`);
          }
          assert.equal(found[i]!.severity, rule.severity);
        });
      });
    }
  });
}
