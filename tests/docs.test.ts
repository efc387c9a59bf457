import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { withRulesTable } from '../scripts/rules-doc.js';
import type { Rule } from '../src/engine/types.js';
import { RULES } from '../src/rules/index.js';
import { lintReports } from '../src/engine/run.js';
import { loadReport } from '../src/load/parse.js';
import { lintText, ROOT } from './helpers.js';

/** An example is linted by its rule alone; directives are about the other rules' findings, so they need them all. */
const rulesFor = (rule: Rule) => ({ rules: rule.id === 'disable-directive' ? RULES : [rule] });
const docOf = (id: string) => join(ROOT, 'docs/rules', `${id}.md`);

/** The ```yaml blocks under a heading of the page. */
function examplesUnder(page: string, heading: string): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/**
 * What a rule reports on an example: a single-report rule on the first block alone; a rule across
 * reports on the first two blocks linted together (last year's, then this year's), on the second.
 */
function findingsOn(rule: Rule, blocks: readonly string[], locale: 'zh-CN' | 'en' = 'en') {
  if (!rule.across) return lintText(blocks[0] ?? '', { ...rulesFor(rule), locale }).filter((d) => d.ruleId === rule.id);
  const targets = blocks
    .slice(0, 2)
    .map((text, i) => ({ report: loadReport(i === 0 ? 'last-year.yaml' : 'this-year.yaml', new TextEncoder().encode(text)) }));
  return (lintReports(targets, { rules: [rule], locale })[1] ?? []).filter((d) => d.ruleId === rule.id);
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
        const failing = examplesUnder(page, 'Failing example');
        const passing = examplesUnder(page, 'Passing example');
        const needed = rule.across ? 2 : 1;
        assert.ok(failing.length >= needed && passing.length >= needed, `each example is ${needed} \`\`\`yaml block(s)`);
        // A page can only show text; the encoding rule's failing case is bytes (fixtures/invalid/encoding.yaml).
        if (rule.id !== 'encoding') assert.ok(findingsOn(rule, failing).length > 0, 'the failing example draws a diagnostic');
        // Examples are fragments of a report: keys they leave out are not what they show.
        const passingFindings = findingsOn(rule, passing).filter((d) => d.messageId !== 'missingKey');
        assert.deepEqual(
          passingFindings.map((d) => `${d.line}:${d.column} ${d.message}`),
          [],
        );
      });

      it('the output shown for the failing example is what the rule prints now', () => {
        const page = readFileSync(docOf(rule.id), 'utf8');
        const section = page.split(/^## /m).find((s) => s.startsWith('Failing example')) ?? '';
        const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1];
        if (shown === undefined) return;
        for (const locale of ['zh-CN', 'en'] as const) {
          for (const d of findingsOn(rule, examplesUnder(page, 'Failing example'), locale)) {
            assert.ok(
              shown.includes(`${d.line}:${d.column}`) && shown.includes(d.message),
              `${locale}: ${d.line}:${d.column} ${d.message}`,
            );
          }
        }
      });
    });
  }
});
