// `npm test`: build the bundle (the subprocess tests run it) and run the test files: one process per core,
// each running its share of the files one after another, so that Node, tsx, the sources and the thread of
// runCli start once per process rather than once per file. (The type-check is part of `npm run lint`.)
// `npm test -- tests/foo.test.ts` builds, then runs only the files named, each in its own process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * About how many seconds each file takes, in a process that runs others too, while another process runs
 * beside it on a 2-core machine (from its first test to its last). Only used to share the files out so that
 * the processes end together; a file not listed takes little.
 */
const WEIGHT = {
  render: 13.5,
  cli: 5.5,
  review: 4.5,
  fuzz: 4.3,
  'output-faults': 4.2,
  'pre-commit': 3.1,
  'bin-cache': 2.5,
  runner: 2.5,
  hostile: 2.4,
  width: 2.4,
  'import-layouts': 2.2,
  'plain-parse': 1.7,
  'cli-table': 1.7,
  import: 1.5,
  'import-sources': 1.5,
  'locate-text': 1.3,
  'schema-precheck': 1.3,
  'narrative-metamorphic': 0.9,
  locale: 0.8,
  'init-show': 0.6,
  commands: 0.5,
  scenarios: 0.4,
  'render-template-tree': 0.3,
};
const weightOf = (name) => WEIGHT[name] ?? 0.15;
/** What a process takes before its first test: Node, tsx, the sources. */
const PROCESS_WEIGHT = 0.6;

/**
 * Files that load the same large libraries share a process, which loads them once: pdf.js and the importer
 * (about a second of CPU in each thread that loads them).
 */
const TOGETHER = [['import', 'import-layouts', 'import-sources']];

/**
 * Test files that declare a template (they import tests/future-template.ts) change the model's module state:
 * they run together in a process of their own, after the others have started.
 */
const declaresTemplate = (name) => /from '\.\/future-template\.js'/.test(readFileSync(`tests/${name}.test.ts`, 'utf8'));

/**
 * The files shared out among `lanes` processes that start together: heaviest first, each to the least loaded
 * lane, so that the processes end together. A lane may start with a load: that of a process to run after it
 * (node --test starts the files in the order given, the next one as soon as one ends).
 * @param {string[]} names
 * @param {number} lanes
 * @param {number[]} [preload]
 * @returns {{ names: string[], load: number }[]}
 */
function shareOut(names, lanes, preload = []) {
  const families = TOGETHER.map((family) => family.filter((name) => names.includes(name))).filter((family) => family.length > 0);
  const items = [...families, ...names.filter((name) => !TOGETHER.flat().includes(name)).map((name) => [name])]
    .map((item) => ({ names: item, load: item.reduce((sum, name) => sum + weightOf(name), 0) }))
    .sort((a, b) => b.load - a.load || a.names.join().localeCompare(b.names.join()));
  const groups = Array.from({ length: lanes }, (_, i) => ({ names: /** @type {string[]} */ ([]), load: preload[i] ?? 0 }));
  for (const item of items) {
    const lightest = groups.reduce((min, group) => (group.load < min.load ? group : min));
    lightest.names.push(...item.names);
    lightest.load += item.load;
  }
  return groups.filter((group) => group.names.length > 0);
}

const concurrency = Math.max(2, availableParallelism());
const named = process.argv.slice(2);
let files = named;
let built = Promise.resolve(0);
if (named.length > 0) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  const all = readdirSync('tests')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => file.replace(/\.test\.ts$/, ''))
    .sort();
  const declaring = all.filter(declaresTemplate);
  // The files that declare a template start when the first process ends: the lane it follows is lighter by as much.
  const after = declaring.length > 0 ? [PROCESS_WEIGHT + declaring.reduce((sum, name) => sum + weightOf(name), 0)] : [];
  const groups = [
    ...shareOut(
      all.filter((name) => !declaring.includes(name)),
      concurrency,
      after,
    ),
    { names: declaring },
  ].filter((group) => group.names.length > 0);
  const folder = 'node_modules/.cache/gov-report/tests';
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  // The processes load their files while the bundle is built; their first test waits for the build to end
  // (the subprocess tests run the bundle), and none runs if it fails.
  const buildEnd = resolve(folder, 'build-end');
  const gate = [
    "import { before } from 'node:test';",
    `import { waitForBuild } from ${JSON.stringify(pathToFileURL('scripts/test-gate.mjs').href)};`,
    `before(() => waitForBuild(${JSON.stringify(buildEnd)}));`,
  ];
  files = groups.map((group, i) => {
    const entry = `${folder}/process-${i + 1}.test.mjs`;
    const imports = group.names.map((name) => `import ${JSON.stringify(pathToFileURL(`tests/${name}.test.ts`).href)};`);
    writeFileSync(entry, `${[...gate, ...imports].join('\n')}\n`);
    return entry;
  });
  built = new Promise((done) => {
    spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      writeFileSync(buildEnd, String(status));
      done(status);
    });
  });
}
// A larger young generation (64 MB semi-spaces, not 16): the tests allocate much that dies young (rendered
// pages and documents, parsed reports), and fewer scavenges spare about a tenth of their CPU.
const node = ['--max-semi-space-size=64', '--import', 'tsx'];
const tests = spawn(process.execPath, [...node, '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
const [buildStatus, testsStatus] = await Promise.all([
  built,
  new Promise((done) => tests.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)))),
]);
if (buildStatus !== 0) console.error(`npm test: the build failed (exit status ${buildStatus}), so no test ran`);
process.exit(buildStatus !== 0 ? buildStatus : testsStatus);
