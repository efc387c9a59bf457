import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { withRulesTable } from '../scripts/rules-doc.js';
import type { Rule } from '../src/engine/types.js';
import { RULES } from '../src/rules/index.js';
import { lintText, ROOT } from './helpers.js';

/** An example is linted by its rule alone; directives are about the other rules' findings, so they need them all. */
const rulesFor = (rule: Rule) => ({ rules: rule.id === 'disable-directive' ? RULES : [rule] });
const docOf = (id: string) => join(ROOT, 'docs/rules', `${id}.md`);

/** The first ```yaml block under a heading of the page. */
function exampleUnder(page: string, heading: string): string | undefined {
  const section = page.split(/^## /m).find((s) => s.startsWith(heading));
  return section ? /```yaml\n([^]*?)```/.exec(section)?.[1] : undefined;
}

describe('rule documentation', () => {
  it('every rule module is registered, under the id its file is named by', () => {
    const files = readdirSync(join(ROOT, 'src/rules'))
      .filter((name) => name.endsWith('.ts') && !name.startsWith('_') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(RULES.map((r) => r.id).sort(), files);
  });

  it('the rule list in README.md is generated from the registry (run `npm run docs`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, withRulesTable(readme));
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a page with what, why, examples and a fix', () => {
        assert.ok(existsSync(docOf(rule.id)), `docs/rules/${rule.id}.md`);
        const page = readFileSync(docOf(rule.id), 'utf8');
        assert.match(page, new RegExp(`^# ${rule.id}\\n`));
        for (const heading of ['What it checks', 'Why', 'Failing example', 'Passing example', 'How to fix']) {
          assert.match(page, new RegExp(`^## ${heading}`, 'm'), heading);
        }
      });

      it('its failing example fails and its passing example passes', () => {
        const page = readFileSync(docOf(rule.id), 'utf8');
        const failing = exampleUnder(page, 'Failing example');
        const passing = exampleUnder(page, 'Passing example');
        assert.ok(failing !== undefined && passing !== undefined, 'both examples are ```yaml blocks');
        const findings = (text: string) => lintText(text, rulesFor(rule)).filter((d) => d.ruleId === rule.id);
        // A page can only show text; the encoding rule's failing case is bytes (fixtures/invalid/encoding.yaml).
        if (rule.id !== 'encoding') assert.ok(findings(failing).length > 0, 'the failing example draws a diagnostic');
        // Examples are fragments of a report: keys they leave out are not what they show.
        const passingFindings = findings(passing).filter((d) => d.messageId !== 'missingKey');
        assert.deepEqual(passingFindings.map((d) => `${d.line}:${d.column} ${d.message}`), []);
      });

      it('the output shown for the failing example is what the rule prints now', () => {
        const page = readFileSync(docOf(rule.id), 'utf8');
        const section = page.split(/^## /m).find((s) => s.startsWith('Failing example')) ?? '';
        const shown = /```text\n([^]*?)```/.exec(section)?.[1];
        if (shown === undefined) return;
        for (const locale of ['zh-CN', 'en'] as const) {
          const failing = lintText(exampleUnder(page, 'Failing example') ?? '', { ...rulesFor(rule), locale }).filter((d) => d.ruleId === rule.id);
          for (const d of failing) {
            assert.ok(shown.includes(`${d.line}:${d.column}`) && shown.includes(d.message), `${locale}: ${d.line}:${d.column} ${d.message}`);
          }
        }
      });
    });
  }
});
