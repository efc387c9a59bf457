#!/usr/bin/env node
// The executable: everything is in the one bundled file, dist/gov-report.js, committed and rebuilt by `npm run build`.
let main;
try {
  ({ main } = await import('../dist/gov-report.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('gov-report: dist/gov-report.js is missing: run `npm run build` in the gov-report folder\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
