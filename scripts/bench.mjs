// The benchmark (npm run bench): start-up of one lint against `node -e 0`, and wall time and peak memory
// of linting generated corpora in one invocation. BENCHMARKS.md explains the method and the figures.
//
//   npm run bench                       everything: start-up, then corpora of 10,000 and 100,000 reports
//   npm run bench -- --quick            start-up (15 pairs) and corpora of 2,000 reports: a minute
//   npm run bench -- --startup          start-up only          --throughput   corpora only
//   npm run bench -- --hostile          archive and nesting bombs only: each refused within 2 s and 200 MB?
//   npm run bench -- --sizes=1000,10000 --runs=50 --corpora=clean,mixed   (also: findings-by-year)
//   npm run bench -- --instructions     start-up as instruction counts (valgrind), which load does not change
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench-corpus.mjs';
import { bombs } from './hostile-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/gov-report.js');

const flags = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const quick = flags.has('quick');
const runs = Number(flags.get('runs') ?? process.env.BENCH_RUNS ?? (quick ? 15 : 30));
const sizes = (flags.get('sizes') ?? process.env.BENCH_SIZES ?? (quick ? '2000' : '10000,100000')).split(',').filter(Boolean).map(Number);
/** The sections asked for (`--startup`, `--instructions`, `--throughput`, `--hostile`); none named: all. */
const named = ['startup', 'throughput', 'hostile'].filter(
  (section) => flags.has(section) || (section === 'startup' && flags.has('instructions')),
);
const runsSection = (section) => named.length === 0 || named.includes(section);

/** The corpora: the share of reports with one fault each and the share with a long 总体情况. */
const CORPORA = {
  clean: { faulty: 0, long: 0, about: 'every report clean' },
  mixed: { faulty: 0.1, long: 0.1, about: '10 % with a fault, 10 % with long texts' },
  findings: { faulty: 1, long: 0.1, about: 'every report with a fault, 10 % with long texts' },
  // Not run unless named: results wait for the files before them, so memory grows with the output.
  'findings-by-year': {
    faulty: 1,
    long: 0.1,
    byYear: true,
    about: "every report with a fault, one folder a year: each agency's reports far apart in path order",
  },
};
const corpora = (flags.get('corpora') ?? 'clean,mixed,findings').split(',');

/**
 * Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any script: on a
 * machine that sets it, `node -e 0` is several times slower and every ratio to it looks better.
 * Start-up is measured in the environment as it is, and without it.
 */
const withoutExtraCerts = { ...process.env };
delete withoutExtraCerts.NODE_EXTRA_CA_CERTS;

function wallTime(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

const sample = 'fixtures/sample-2023.yaml';

/** `node -e 0` and one lint, alternating, so that the load of the machine weighs on both alike. */
function startup(label, env) {
  const baseline = [];
  const lint = [];
  const ratios = [];
  wallTime([bin, 'lint', sample], env);
  for (let i = 0; i < runs; i++) {
    const b = wallTime(['-e', '0'], env);
    const l = wallTime([bin, 'lint', sample], env);
    baseline.push(b);
    lint.push(l);
    ratios.push(l / b);
  }
  const b = median(baseline);
  const l = median(lint);
  console.log(`\nstart-up, ${label} (median of ${runs} alternating pairs)`);
  console.log(`  node -e 0                      ${b.toFixed(1)} ms`);
  console.log(`  gov-report lint (one report)   ${l.toFixed(1)} ms`);
  console.log(
    `  ratio of the medians           ${(l / b).toFixed(2)}×   (median of the pairs' ratios ${median(ratios).toFixed(2)}×, quartiles ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×)`,
  );
}

/** Instructions executed (valgrind's callgrind), threads included: the same on a busy machine as on a quiet one. */
function instructions(args, env) {
  const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const collected = /Collected : (\d+)/.exec(result.stderr ?? '');
  if (!collected) throw new Error(`valgrind did not count ${args.join(' ')}: ${result.error?.message ?? result.stderr}`);
  return Number(collected[1]);
}

function startupInstructions(label, env) {
  const count = (args) => median([0, 1, 2].map(() => instructions(args, env)));
  wallTime([bin, 'lint', sample], env);
  const b = count(['-e', '0']);
  const l = count([bin, 'lint', sample]);
  console.log(`\nstart-up in instructions, ${label} (median of 3, valgrind --tool=callgrind)`);
  console.log(`  node -e 0                      ${(b / 1e6).toFixed(0)} M`);
  console.log(`  gov-report lint (one report)   ${(l / 1e6).toFixed(0)} M   ratio ${(l / b).toFixed(2)}×`);
}

const TIME = '/usr/bin/time';
const TIME_FORMAT = 'gov-report-bench-time %U %S %M';

/**
 * Runs a command to its end: wall time, CPU time and peak resident memory (from GNU time when
 * installed, else VmHWM polled from /proc; threads included either way), and the files named on stdout.
 */
function measure(args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const timed = existsSync(TIME);
    const [command, commandArgs] = timed ? [TIME, ['-f', TIME_FORMAT, process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', timed ? 'pipe' : quiet ? 'ignore' : 'inherit'] });
    let cpu;
    if (timed) {
      let err = '';
      const stderr = /** @type {import('node:stream').Readable} */ (child.stderr);
      stderr.setEncoding('utf8');
      stderr.on('data', (chunk) => (err += chunk));
      stderr.on('end', () => {
        const match = /gov-report-bench-time ([\d.]+) ([\d.]+) (\d+)/.exec(err);
        if (match) cpu = { userS: Number(match[1]), systemS: Number(match[2]), peakKb: Number(match[3]) };
        if (!quiet)
          process.stderr.write(err.replace(/.*gov-report-bench-time.*\n?/, '').replace(/^Command exited with non-zero status \d+\n/m, ''));
      });
    }
    let peakKb = 0;
    const status = `/proc/${child.pid}/status`;
    const poll = () => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(status, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process ended between two polls
      }
    };
    // VmHWM is a high-water mark: polling often is not needed to catch the peak. (With GNU time, the
    // polled process is time itself, and its figure is not used.)
    const timer = setInterval(poll, 50);
    const named = new Set();
    let rest = '';
    const stdout = /** @type {import('node:stream').Readable} */ (child.stdout);
    stdout.setEncoding('utf8');
    stdout.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) named.add(line.slice(0, line.indexOf(':')));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, peakMb: (cpu?.peakKb ?? peakKb) / 1024, cpuS: cpu ? cpu.userS + cpu.systemS : undefined, code, named });
    });
  });
}

async function throughput(kind, size) {
  const { faulty, long, byYear = false, about } = CORPORA[kind];
  const dir = mkdtempSync(join(tmpdir(), `gov-report-bench-${kind}-${size}-`));
  try {
    const faultyFiles = writeCorpus(dir, size, { faulty, long, byYear });
    const result = await measure([bin, 'lint', dir, '--format', 'compact']);
    const expected = faultyFiles.length > 0 ? 1 : 0;
    if (result.code !== expected) throw new Error(`linting the ${kind} corpus exited ${result.code}, expected ${expected}`);
    const missed = faultyFiles.filter((file) => !result.named.has(join(dir, file)));
    if (missed.length > 0) throw new Error(`${missed.length} reports with a fault got no finding, e.g. ${missed[0]}`);
    console.log(`\n${size.toLocaleString('en')} reports, ${kind} (${about}): one invocation`);
    console.log(
      `  wall time    ${(result.ms / 1000).toFixed(2)} s   (${Math.round((size / result.ms) * 1000).toLocaleString('en')} reports/s)`,
    );
    if (result.cpuS !== undefined)
      console.log(
        `  CPU time     ${result.cpuS.toFixed(2)} s   (user + system, all threads; ${((result.cpuS * 1e6) / size).toFixed(0)} µs a report)`,
      );
    console.log(`  peak memory  ${existsSync('/proc/self/status') ? `${result.peakMb.toFixed(0)} MB` : 'not measured (no /proc)'}`);
    console.log(
      `  reports with findings  ${result.named.size.toLocaleString('en')} (${faultyFiles.length.toLocaleString('en')} given a fault)`,
    );
    return result.ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each archive and nesting bomb (scripts/hostile-inputs.mjs) through the bin: refused, within 2 s and 200 MB? */
async function hostile() {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-bench-hostile-'));
  const limits = { ms: 2000, mb: 200 };
  try {
    console.log(`\nhostile inputs, each refused within ${limits.ms / 1000} s and ${limits.mb} MB? (wall time, peak memory)`);
    for (const input of bombs()) {
      const file = join(dir, input.file);
      writeFileSync(file, input.bytes());
      const result = await measure([bin, input.command, file], { quiet: true });
      if (result.code !== input.exit) throw new Error(`${input.name}: ${input.command} exited ${result.code}, expected ${input.exit}`);
      const within = result.ms <= limits.ms && result.peakMb <= limits.mb;
      console.log(
        `  ${within ? 'yes' : 'NO '}  ${result.ms.toFixed(0).padStart(5)} ms ${result.peakMb.toFixed(0).padStart(4)} MB  ${input.name} (${input.command}, exit ${result.code})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`,
);
if (process.env.NODE_EXTRA_CA_CERTS) console.log('NODE_EXTRA_CA_CERTS is set: Node reads those certificates at every start');

if (runsSection('startup')) {
  const measureStartup = flags.has('instructions') ? startupInstructions : startup;
  if (process.env.NODE_EXTRA_CA_CERTS) measureStartup('NODE_EXTRA_CA_CERTS as set here', process.env);
  measureStartup('without NODE_EXTRA_CA_CERTS', withoutExtraCerts);
}

if (runsSection('throughput')) {
  for (const kind of corpora) {
    if (!CORPORA[kind]) throw new Error(`unknown corpus "${kind}" (${Object.keys(CORPORA).join(', ')})`);
    const times = [];
    for (const size of sizes) times.push([size, await throughput(kind, size)]);
    if (times.length > 1) {
      const [[smallSize, smallMs], [largeSize, largeMs]] = /** @type {[[number, number], [number, number]]} */ ([times[0], times.at(-1)]);
      const perReport = (ms, size) => ms / size;
      console.log(
        `  cost per report, ${largeSize.toLocaleString('en')} against ${smallSize.toLocaleString('en')}: ${(perReport(largeMs, largeSize) / perReport(smallMs, smallSize)).toFixed(2)}× (1.00× is linear)`,
      );
    }
  }
}

if (runsSection('hostile')) await hostile();
