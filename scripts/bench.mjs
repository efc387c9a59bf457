// The benchmark (npm run bench): start-up of one lint against `node -e 0`, and throughput and peak
// memory of linting 10,000 and 100,000 generated clean reports in one invocation.
// BENCH_SIZES=1000,10000 picks other corpus sizes; BENCH_RUNS sets the start-up repetitions.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/gov-report.js');
const runs = Number(process.env.BENCH_RUNS ?? 30);
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);

function wallTime(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs a command to its end, reporting wall time and the peak resident memory (VmHWM) of the process. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = spawnSync('cat', [`/proc/${child.pid}/status`], { encoding: 'utf8' }).stdout;
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process may have ended between two polls
      }
    }, 25);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, peakMb: peakKb / 1024, code });
    });
  });
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);

const sample = 'fixtures/sample-2023.yaml';
const baseline = [];
const lint = [];
wallTime([bin, 'lint', sample]);
for (let i = 0; i < runs; i++) {
  baseline.push(wallTime(['-e', '0']));
  lint.push(wallTime([bin, 'lint', sample]));
}
const b = median(baseline);
const l = median(lint);
console.log(`\nstart-up (median of ${runs} alternating runs)`);
console.log(`  node -e 0                      ${b.toFixed(1)} ms`);
console.log(`  gov-report lint (one report)   ${l.toFixed(1)} ms   ratio ${(l / b).toFixed(2)}×`);

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `gov-report-bench-${size}-`));
  try {
    writeCorpus(dir, size);
    spawnSync('cat', ['/dev/null']);
    const result = await measure([bin, 'lint', dir, '--format', 'compact']);
    if (result.code !== 0) throw new Error(`linting the generated corpus exited ${result.code}: it should be clean`);
    console.log(`\n${size.toLocaleString('en')} reports in one invocation`);
    console.log(`  wall time    ${(result.ms / 1000).toFixed(2)} s   (${Math.round((size / result.ms) * 1000).toLocaleString('en')} reports/s)`);
    console.log(`  peak memory  ${existsSync('/proc/self/status') ? `${result.peakMb.toFixed(0)} MB` : 'not measured (no /proc)'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
