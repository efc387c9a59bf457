// `npm test`: build the bundle (the subprocess tests run it), then type-check and run the test files side
// by side, several files at once; fails if either fails. The type-check's output is held back until the
// tests are done so the two do not interleave. `npm test -- tests/foo.test.ts` runs only the files named.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const finished = (child) => new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

// Through npm, so that the type-check is the one `npm run typecheck` runs.
const npm = process.env.npm_execpath;
const typecheck = npm
  ? spawn(process.execPath, [npm, 'run', '--silent', 'typecheck'], { stdio: ['ignore', 'pipe', 'pipe'] })
  : spawn('npm', ['run', '--silent', 'typecheck'], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
let typecheckOutput = '';
typecheck.stdout.on('data', (chunk) => (typecheckOutput += chunk));
typecheck.stderr.on('data', (chunk) => (typecheckOutput += chunk));

const named = process.argv.slice(2);
const files = named.length > 0 ? named : readdirSync('tests').filter((name) => name.endsWith('.test.ts')).sort().map((name) => `tests/${name}`);
const concurrency = Math.max(2, availableParallelism());
const tests = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });

const [typecheckCode, testsCode] = await Promise.all([finished(typecheck), finished(tests)]);
if (typecheckCode !== 0) process.stderr.write(`\ntype-check failed:\n${typecheckOutput}`);
process.exit(typecheckCode !== 0 ? typecheckCode : testsCode);
