#!/usr/bin/env node
// The executable. It compiles the bundled CLI, dist/gov-report.js, itself (as Node compiles any CommonJS
// module) so that V8's compiled code can be kept between runs: the first lint of a build saves it in
// dist/.cache/, later runs start from it instead of parsing and compiling half a megabyte again. The cache is
// only a shortcut: missing, stale, rejected by V8 or impossible to write, the bin runs the same.
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'gov-report.js');

function readBundle() {
  try {
    // The build keeps the bundle ASCII, so no UTF-8 decoding is needed.
    return readFileSync(bundle, 'latin1');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error)?.code !== 'ENOENT') throw error;
    process.stderr.write('gov-report: dist/gov-report.js is missing: run `npm run build` in the gov-report folder\n');
    process.exit(2);
  }
}

/** The cache file for this build of the bundle on this Node; undefined when the bundle names no build. */
function cacheFileFor(source) {
  const buildId = /\/\/# build=(\w+)\s*$/.exec(source.slice(-64))?.[1];
  return buildId && join(dist, '.cache', `${buildId}-${process.version}-${process.arch}.bin`);
}

function readCache(file) {
  try {
    return file ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    try {
      require('node:fs').rmSync(temporary, { force: true });
    } catch {
      // a read-only install keeps compiling at each start
    }
  }
}

// V8 trusts a code cache it is given: a damaged file would crash it. With checksums, V8 writes one into
// the cache and rejects a cache whose content does not match it (the flag is part of the cache's key).
// Regular expressions are compiled to machine code at their first use: by default V8 first compiles each
// to bytecode for its interpreter and compiles it again after one run, which for the ~100 expressions
// a lint uses once or a few times cost about 2.5 ms of each start (and nothing over many reports).
require('node:v8').setFlagsFromString('--verify-snapshot-checksum --no-regexp-tier-up');

const source = readBundle();
const cacheFile = cacheFileFor(source);
const cachedData = readCache(cacheFile);
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, createRequire(bundle), module_, bundle, dist);
const { main, lintedHere } = module_.exports;

const args = process.argv.slice(2);
main(args).then(
  (code) => {
    process.exitCode = code;
    // Saved after a lint that linted a report here, so that it holds the functions a lint compiles, not only
    // the top level: a first run that stopped at a usage error or printed the help would leave a cache that
    // every later lint starts from, compiling the rest again each time.
    if (cacheFile && (cachedData === undefined || script.cachedDataRejected) && args.includes('lint') && lintedHere?.())
      writeCache(cacheFile, script.createCachedData());
  },
  (error) => {
    // main() answers every error itself; this is the last guard against a stack trace.
    process.stderr.write(`gov-report: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
