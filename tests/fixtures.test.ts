import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintReports } from '../src/engine/run.js';
import { isSuppressed } from '../src/engine/types.js';
import { loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';
import { fixture, lintText } from './helpers.js';

/** `# expect: rule-a, rule-b` on a line: diagnostics of those rules must be reported on that line. */
function expectedMarkers(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of our own fixtures
    const marker = /#\s*expect:\s*([\w\-, ]+)$/.exec(line);
    if (!marker) return;
    for (const rule of marker[1]!.split(',').map((r) => r.trim())) expected.push(`${index + 1} ${rule}`);
  });
  return expected.sort();
}

const files = (folder: string) => readdirSync(fixture(folder)).filter((name) => /\.(?:ya?ml|json)$/.test(name));

describe('fixtures with expect markers', () => {
  for (const name of files('invalid')) {
    it(name, () => {
      // Markers are ASCII, so they read the same in any encoding a fixture is saved in.
      const bytes = readFileSync(join(fixture('invalid'), name));
      const expected = expectedMarkers(bytes.toString('latin1'));
      assert.ok(expected.length > 0, 'a bad fixture must carry at least one expect marker');
      const found = lintText(bytes, { file: name })
        .filter((d) => !isSuppressed(d))
        .map((d) => `${d.line} ${d.ruleId}`)
        .sort();
      assert.deepEqual(found, expected);
    });
  }

  it('every rule has a bad fixture: named after it, or (across reports) marked in the repository', () => {
    const names = files('invalid');
    const repository = readdirSync(fixture('repository'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => readFileSync(join(fixture('repository'), name), 'utf8'))
      .join('\n');
    for (const rule of RULES) {
      const named = names.some((n) => n === `${rule.id}.yaml` || n.startsWith(`${rule.id}--`));
      assert.ok(rule.across ? repository.includes(`expect: ${rule.id}`) || repository.includes(`, ${rule.id}`) : named, rule.id);
    }
  });
});

describe('a repository of one body over several years, linted together', () => {
  const root = fixture('repository');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const targets = files.map((name) => ({ report: loadReport(name, readFileSync(join(root, name))) }));
  const diagnostics = lintReports(targets, { rules: RULES, locale: 'en' });
  files.forEach((name, index) => {
    it(name, () => {
      const found = diagnostics[index]!.filter((d) => !isSuppressed(d))
        .map((d) => `${d.line} ${d.ruleId}`)
        .sort();
      assert.deepEqual(found, expectedMarkers(readFileSync(join(root, name), 'utf8')));
    });
  });
});

describe('clean fixtures', () => {
  for (const name of ['sample-2023.yaml', ...files('valid').map((n) => `valid/${n}`)]) {
    it(`${name} draws no diagnostic`, () => {
      assert.deepEqual(
        lintText(readFileSync(fixture(name)), { file: name }).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
        [],
      );
    });
  }
});
