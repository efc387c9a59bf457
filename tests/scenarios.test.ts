import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import * as z from 'zod';
import { ROOT, runCli } from './helpers.js';

/**
 * Golden CLI scenarios: each tests/scenarios/*.yaml names the files to lay out in an empty folder, the
 * command line, and the exact stdout, exit code and (optionally) stderr and output files expected.
 * A file's content starting with `@` is copied from that path in the repository.
 * `UPDATE_SCENARIOS=1` rewrites the expected stdout/stderr/exit of every scenario from the actual run
 * (then read the diff before committing it).
 */
const scenarioSchema = z.strictObject({
  description: z.string(),
  files: z.record(z.string(), z.string()).default({}),
  command: z.array(z.string()),
  env: z.record(z.string(), z.string()).default({}),
  stdin: z.string().optional(),
  exit: z.number().int(),
  stdout: z.string(),
  stderr: z.string().optional(),
  outputs: z.record(z.string(), z.string()).optional(),
});

const folder = join(ROOT, 'tests/scenarios');
const update = process.env.UPDATE_SCENARIOS === '1';

function layOut(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-scenario-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content.startsWith('@') ? readFileSync(join(ROOT, content.slice(1).trim())) : content);
  }
  return dir;
}

describe('CLI scenarios', () => {
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const scenario = scenarioSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
    it(`${name}: ${scenario.description}`, () => {
      const dir = layOut(scenario.files);
      try {
        const env = { LANG: 'en_US.UTF-8', ...scenario.env };
        const raw = runCli(scenario.command, { cwd: dir, env, ...(scenario.stdin !== undefined ? { input: scenario.stdin } : {}) });
        // The scenario's folder is a new temporary one each run, and gov-report's own folder differs
        // between machines: expectations name them <cwd> and <gov-report>.
        const anonymise = (text: string) =>
          text.replaceAll(pathToFileURL(dir).href, 'file://<cwd>').replaceAll(dir, '<cwd>').replaceAll(ROOT, '<gov-report>');
        const run = { ...raw, stdout: anonymise(raw.stdout), stderr: anonymise(raw.stderr) };
        if (update) {
          const text = readFileSync(join(folder, name), 'utf8');
          writeFileSync(join(folder, name), rewrite(text, run));
          return;
        }
        assert.equal(run.stdout, scenario.stdout, 'stdout');
        assert.equal(run.code, scenario.exit, `exit code (stderr: ${run.stderr})`);
        if (scenario.stderr !== undefined) assert.equal(run.stderr, scenario.stderr, 'stderr');
        for (const [file, expected] of Object.entries(scenario.outputs ?? {})) {
          assert.equal(readFileSync(join(dir, file), 'utf8'), expected, `output file ${file}`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

/** Replaces the expected results of a scenario file, keeping everything above them as written. */
function rewrite(text: string, run: { code: number | null; stdout: string; stderr: string }): string {
  const head = text.split(/^exit:/m)[0]!.trimEnd();
  // An explicit indentation indicator (|2) keeps output lines that start with spaces intact.
  const block = (key: string, value: string) =>
    value === ''
      ? `${key}: ""`
      : `${key}: |2${value.endsWith('\n') ? '' : '-'}\n${value
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => (l ? `  ${l}` : ''))
          .join('\n')}`;
  const keepsStderr = /^stderr:/m.test(text);
  return `${head}\nexit: ${run.code}\n${block('stdout', run.stdout)}\n${keepsStderr ? `${block('stderr', run.stderr)}\n` : ''}`;
}
