// The first hook of each process of `npm test` (scripts/test.mjs): the process loads its test files while the
// bundle is built, and waits here for the build to end before its first test.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Resolves when `file` says the build succeeded (its exit status, 0); rejects when it failed.
 * @param {string} file
 * @returns {Promise<void>}
 */
export function waitForBuild(file) {
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (!existsSync(file)) return void setTimeout(poll, 20);
      const status = readFileSync(file, 'utf8');
      if (status === '0') resolve(undefined);
      else reject(new Error(`the build failed (exit status ${status}): no test runs`));
    };
    poll();
  });
}
