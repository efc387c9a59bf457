// `npm test`: build the bundle (the subprocess tests run it), then run the test files, a few processes side
// by side, each process running its share of the files one after another. (The type-check is part of
// `npm run lint`.)
// `npm test -- tests/foo.test.ts` runs only the files named, each in its own process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/**
 * Test files that declare a template (they import tests/future-template.ts) change the model's module state:
 * they run together in a process of their own, away from the files that expect two templates.
 */
const declaresTemplate = (name) => /from '\.\/future-template\.js'/.test(readFileSync(`tests/${name}.test.ts`, 'utf8'));

/**
 * About how many seconds of CPU each file costs in a process that runs others too (measured on a 2-core
 * machine). Only used to share the files out so that the processes end together; a file not listed counts
 * as one second.
 */
const WEIGHT = {
  render: 14.6,
  width: 6.4,
  cli: 6.1,
  fuzz: 5.2,
  'output-faults': 4.7,
  review: 4.7,
  hostile: 4.2,
  'import-sources': 3.8,
  'import-layouts': 3.6,
  import: 2.9,
  'plain-parse': 2.3,
  'bin-cache': 2.1,
  'pre-commit': 2.1,
  'locate-text': 1.9,
  'init-show': 1.9,
  'schema-precheck': 1.8,
  'narrative-metamorphic': 1.8,
  scenarios: 1.7,
  locale: 1.5,
  commands: 1.3,
};
const weightOf = (name) => WEIGHT[name] ?? 1;
/** What a process costs before its first test: Node, tsx, the sources, the thread of runCli. */
const PROCESS_WEIGHT = 1.5;

/**
 * The files shared out among `lanes` processes that start together, heaviest file first to the least loaded
 * lane, so that they end together. A lane may begin with a load already: a process that runs after the first
 * one ends (node --test starts the files in the order given, a new one as soon as one ends).
 */
function shareOut(names, lanes, after = []) {
  const groups = Array.from({ length: lanes }, (_, i) => ({ names: [], load: after[i] ?? 0 }));
  for (const name of [...names].sort((a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b))) {
    const lightest = groups.reduce((min, group) => (group.load < min.load ? group : min));
    lightest.names.push(name);
    lightest.load += weightOf(name);
  }
  return groups.filter((group) => group.names.length > 0).sort((a, b) => b.load - a.load);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const concurrency = Math.max(2, availableParallelism());
const named = process.argv.slice(2);
let files = named;
if (named.length === 0) {
  const all = readdirSync('tests')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => file.replace(/\.test\.ts$/, ''))
    .sort();
  const cache = 'node_modules/.cache/gov-report/tests';
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const declaring = all.filter(declaresTemplate);
  // The files that declare a template run last, after the lightest lane: it is lighter by as much.
  const declaringLoad = declaring.length > 0 ? PROCESS_WEIGHT + declaring.reduce((sum, name) => sum + weightOf(name), 0) : 0;
  const groups = [
    ...shareOut(
      all.filter((name) => !declaring.includes(name)),
      concurrency,
      [declaringLoad],
    ),
    { names: declaring },
  ].filter((group) => group.names.length > 0);
  files = groups.map((group, i) => {
    const entry = `${cache}/group-${i + 1}.test.mjs`;
    writeFileSync(entry, group.names.map((name) => `import ${JSON.stringify(pathToFileURL(`tests/${name}.test.ts`).href)};\n`).join(''));
    return entry;
  });
}
// A larger young generation (64 MB semi-spaces, not 16): the tests allocate much that dies young (rendered
// pages and documents, parsed reports), and fewer scavenges spare about a tenth of their CPU.
const node = ['--max-semi-space-size=64', '--import', 'tsx'];
const tests = spawn(process.execPath, [...node, '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
tests.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
