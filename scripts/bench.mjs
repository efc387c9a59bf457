// Start-up benchmark: whole-process wall time of `gov-report lint` on one clean report, as a ratio to
// `node -e 0` measured on the same machine in the same run (runs alternate, medians compared).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 30);

function wallTime(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = [];
const lint = [];
wallTime(['bin/gov-report.js', 'lint', 'fixtures/sample-2023.yaml']); // warm the file cache
for (let i = 0; i < runs; i++) {
  baseline.push(wallTime(['-e', '0']));
  lint.push(wallTime(['bin/gov-report.js', 'lint', 'fixtures/sample-2023.yaml']));
}
const b = median(baseline);
const l = median(lint);
console.log(`node -e 0                        ${b.toFixed(1)} ms (median of ${runs})`);
console.log(`gov-report lint (one report)     ${l.toFixed(1)} ms (median of ${runs})`);
console.log(`ratio                            ${(l / b).toFixed(2)}×`);
