// `npm test`: build the bundle (the subprocess tests run it), then run the test files side by side, several
// files at once (the light ones in one process). The type-check is part of `npm run lint`.
// `npm test -- tests/foo.test.ts` runs only the files named, each in its own process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/**
 * Test files that share one process: they change no module state, so sharing spares each its own start-up
 * (most of a second of CPU apiece, and the in-process CLI thread of runCli). Every other file — one that
 * changes module state (template-tree declares a template), one that is long or heavy (so that the cores stay
 * busy), one still being reshaped, or a new one — has a process of its own.
 */
const SHARED = [
  ...['docs', 'engine', 'fixtures', 'formats', 'layers', 'load', 'model'],
  ...['rule-tester', 'rules-across', 'rules-arithmetic', 'rules-content', 'rules-narrative', 'rules-structure'],
  ...['commands', 'init-show'],
];

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const named = process.argv.slice(2);
let files = named;
if (named.length === 0) {
  const all = readdirSync('tests')
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  const shared = all.filter((name) => SHARED.includes(name.replace(/\.test\.ts$/, '')));
  const entry = 'node_modules/.cache/gov-report/shared.test.mjs';
  mkdirSync('node_modules/.cache/gov-report', { recursive: true });
  writeFileSync(entry, shared.map((name) => `import ${JSON.stringify(pathToFileURL(`tests/${name}`).href)};\n`).join(''));
  files = [entry, ...all.filter((name) => !shared.includes(name)).map((name) => `tests/${name}`)];
}
const concurrency = Math.max(2, availableParallelism());
const tests = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
tests.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
