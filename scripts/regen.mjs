// `npm run regen`: rewrites every generated file from its source, in one go — the JSON Schemas (from the
// zod models), the rule table of the README (from the rule registry), the golden CLI scenarios (from what
// the CLI prints now) and the bundles in dist/. CI runs it and fails when anything it writes differs from
// what is committed.
import { spawnSync } from 'node:child_process';

/** @type {readonly [name: string, args: string[], env?: Record<string, string>][]} */
const STEPS = [
  ['schemas', ['--import', 'tsx', 'scripts/generate-schemas.ts']],
  ['rule table', ['--import', 'tsx', 'scripts/rules-doc.ts']],
  ['bundles', ['scripts/build.mjs']],
  ['CLI scenarios', ['--import', 'tsx', '--test', '--test-reporter=dot', 'tests/scenarios.test.ts'], { UPDATE_SCENARIOS: '1' }],
];

for (const [name, args, env = {}] of STEPS) {
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (run.status !== 0) {
    process.stderr.write(`regen: ${name} failed\n`);
    process.exit(run.status ?? 1);
  }
  process.stdout.write(`regen: ${name}\n`);
}
