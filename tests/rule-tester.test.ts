import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Rule } from '../src/engine/types.js';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers.js';
import { merge } from './rule-tester.js';

describe('the rule tester', () => {
  it('merges a fragment onto the base: mappings key by key, rows and texts replaced, undefined removing a key', () => {
    const base = { year: 2022, proactive: { licensing: 1, punishment: 2 }, applications: { new: [1, 2] }, overview: '文' };
    assert.deepEqual(merge(base, { proactive: { licensing: 5 }, applications: { new: [3] }, overview: undefined, extra: { a: 1 } }), {
      year: 2022,
      proactive: { licensing: 5, punishment: 2 },
      applications: { new: [3] },
      extra: { a: 1 },
    });
    assert.deepEqual(base.proactive, { licensing: 1, punishment: 2 }, 'the base is left as it was');
    assert.deepEqual(merge(base, { proactive: 7 }).proactive, 7, 'a value replaces a mapping');
  });

  // Each testRule suite fails when one of its rule's messages is never asserted; this makes sure every rule has one.
  it('every rule of the registry has a testRule suite', async () => {
    const tested = new Set<string>();
    for (const name of readdirSync(join(ROOT, 'tests')).filter((n) => n.endsWith('.test.ts'))) {
      const source = readFileSync(join(ROOT, 'tests', name), 'utf8');
      const modules = new Map<string, string>();
      for (const [, names, file] of source.matchAll(/^import \{([^}]*)\} from '\.\.\/src\/rules\/([\w-]+)\.js';$/gm)) {
        for (const imported of names!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean))
          modules.set(imported, file!);
      }
      for (const [, identifier] of source.matchAll(/\btestRule\(\s*(\w+)/g)) {
        const file = modules.get(identifier!);
        if (!file) continue;
        const rule = ((await import(`../src/rules/${file}.js`)) as Record<string, Rule | undefined>)[identifier!];
        if (rule?.id) tested.add(rule.id);
      }
    }
    assert.deepEqual(
      RULES.map((rule) => rule.id).filter((id) => !tested.has(id)),
      [],
      'rules without a testRule suite in tests/*.test.ts',
    );
  });
});
