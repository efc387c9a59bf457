/**
 * How many reports this thread has linted. The bin keeps V8's compiled code only after a run that linted
 * one here, so that the cache holds what a lint runs: not after a usage error or `--help`, and not after a
 * run whose reports all went to worker threads.
 */
let reportsLinted = 0;

export function noteLinted(count: number): void {
  reportsLinted += count;
}

export function lintedHere(): boolean {
  return reportsLinted > 0;
}
