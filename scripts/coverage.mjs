// `npm run coverage`: the whole suite under c8, failing below 90 % of the lines of src/. The raw coverage
// goes to a scratch folder every user can write to, since some tests run the CLI as another user.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LINES = 90;
const scratch = mkdtempSync(join(tmpdir(), 'gov-report-coverage-'));
chmodSync(scratch, 0o1777);
try {
  const c8 = join('node_modules', 'c8', 'bin', 'c8.js');
  const args = [
    c8,
    '--clean=false',
    '--temp-directory',
    scratch,
    '--include',
    'src/**',
    '--reporter',
    'text-summary',
    '--check-coverage',
    '--lines',
    String(LINES),
    process.execPath,
    'scripts/test.mjs',
    ...process.argv.slice(2),
  ];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
