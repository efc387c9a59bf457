import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { edit, ROOT, SAMPLE } from './helpers.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommitVersion.status === 0;

interface HookDeclaration {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly exclude: string;
}
const HOOK = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDeclaration[])[0]!;
const BROKEN = edit(SAMPLE, ['    disclosed:             [0, 0', '    disclosed:             [1, 0']);
const WORKFLOW =
  'name: ci\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx gov-report lint reports/\n';

function gitIn(cwd: string, env?: NodeJS.ProcessEnv) {
  return (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      ...(env ? { env } : {}),
    });
}

function writeIn(folder: string, name: string, text: string): void {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

describe('the hook declared in .pre-commit-hooks.yaml', () => {
  it('needs nothing but the repository: a script run by Node, loading the committed bundle', () => {
    assert.equal(HOOK.id, 'gov-report');
    assert.equal(HOOK.language, 'script');
    const script = HOOK.entry.split(' ')[0]!;
    assert.match(readFileSync(join(ROOT, script), 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const tracked = spawnSync('git', ['ls-files', '-s', script, 'dist/gov-report.js'], { cwd: ROOT, encoding: 'utf8' });
    if (tracked.status === 0 && tracked.stdout !== '') {
      assert.match(tracked.stdout, /^100755 \S+ 0\tbin\/gov-report\.js$/m, 'the script is committed executable');
      assert.match(tracked.stdout, /dist\/gov-report\.js$/m, 'the bundle is committed');
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object; scripts: Record<string, string> };
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'everything the bin needs is in the bundle');
    for (const script of ['prepare', 'preinstall', 'install', 'postinstall', 'prepack'])
      assert.equal(pkg.scripts[script], undefined, script);
  });

  it('passes reports and leaves out config, workflow and package files', () => {
    const files = new RegExp(HOOK.files);
    const exclude = new RegExp(HOOK.exclude);
    const taken = (path: string) => files.test(path) && !exclude.test(path);
    for (const path of ['reports/2023.yaml', 'a.yml', 'b/c.json']) assert.ok(taken(path), path);
    for (const path of [
      '.pre-commit-config.yaml',
      '.github/workflows/ci.yml',
      'package.json',
      'sub/package-lock.json',
      '.gov-report.yaml',
      '.gitlab-ci.yml',
      'README.md',
    ]) {
      assert.ok(!taken(path), path);
    }
  });
});

describe('as a plain git hook', { skip: hasGit ? false : 'git is not installed' }, () => {
  let repo = '';
  const git = (...args: string[]) => gitIn(repo)(...args);

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'gov-report-hook-'));
    assert.equal(git('init', '-q').status, 0);
    // The hook does what .pre-commit-hooks.yaml declares: `entry` on the staged files matching `files`.
    const [script, ...args] = HOOK.entry.split(' ');
    const hook = [
      '#!/bin/sh',
      `files=$(git diff --cached --name-only --diff-filter=ACM | grep -E '${HOOK.files}' | grep -Ev '${HOOK.exclude}')`,
      '[ -z "$files" ] && exit 0',
      `exec "${process.execPath}" "${join(ROOT, script!)}" ${args.join(' ')} $files`,
    ].join('\n');
    writeFileSync(join(repo, '.git/hooks/pre-commit'), `${hook}\n`);
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('blocks a commit of a report with an error, showing the finding', () => {
    writeFileSync(join(repo, 'bad.yaml'), BROKEN);
    git('add', 'bad.yaml');
    const commit = git('commit', '-q', '-m', 'bad report');
    assert.notEqual(commit.status, 0);
    // git hands a hook’s output to stderr.
    assert.match(commit.stderr, /applications-row-total/);
    assert.equal(git('rev-parse', '--verify', '-q', 'HEAD').status, 1, 'nothing was committed');
    git('reset', '-q');
    rmSync(join(repo, 'bad.yaml'));
  });

  it('lets a clean report through, with a workflow and data files beside it', () => {
    writeFileSync(join(repo, 'good.yaml'), SAMPLE);
    writeIn(repo, '.github/workflows/ci.yml', WORKFLOW);
    writeIn(repo, 'data/agencies.yaml', 'agencies:\n  - name: 示例局\n');
    git('add', '-A');
    const commit = git('commit', '-q', '-m', 'good report');
    assert.equal(commit.status, 0, commit.stdout + commit.stderr);
    assert.equal(git('rev-parse', '--verify', '-q', 'HEAD').status, 0);
  });
});

/**
 * The real pre-commit framework (Debian's 3.0.4 in CI) installing the hook from a clone of this
 * repository, with npm pointed at a registry that does not exist: the install must need nothing
 * that the repository does not hold.
 */
describe(
  'through the pre-commit framework, offline',
  {
    skip: !hasGit
      ? 'git is not installed'
      : hasPreCommit
        ? false
        : 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)',
  },
  () => {
    let scratch = '';
    let hookRepo = '';
    let reports = '';
    let env: NodeJS.ProcessEnv = {};
    const preCommit = (...args: string[]) => spawnSync('pre-commit', args, { cwd: reports, encoding: 'utf8', env, timeout: 240_000 });

    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'gov-report-pre-commit-'));
      env = {
        ...process.env,
        HOME: join(scratch, 'home'),
        PRE_COMMIT_HOME: join(scratch, 'cache'),
        // No network: an offline npm with an empty cache and a registry nobody answers at.
        npm_config_offline: 'true',
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_cache: join(scratch, 'npm-cache'),
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        NO_COLOR: '1',
        LANG: 'C.UTF-8',
      };
      mkdirSync(env.HOME!, { recursive: true });

      // This repository as its working tree stands (tracked and new files, the bundle as built), committed.
      hookRepo = join(scratch, 'gov-report');
      const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(listed.status, 0, listed.stderr);
      for (const file of listed.stdout.split('\0').filter(Boolean)) {
        mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
        try {
          copyFileSync(join(ROOT, file), join(hookRepo, file));
        } catch {
          // A file deleted in the working tree but still tracked.
        }
      }
      chmodSync(join(hookRepo, 'bin/gov-report.js'), 0o755);
      const hookGit = gitIn(hookRepo, env);
      assert.equal(hookGit('init', '-q').status, 0);
      hookGit('add', '-A');
      assert.equal(hookGit('commit', '-q', '-m', 'snapshot').status, 0);
      const rev = hookGit('rev-parse', 'HEAD').stdout.trim();

      reports = join(scratch, 'reports');
      mkdirSync(reports);
      const git = gitIn(reports, env);
      assert.equal(git('init', '-q').status, 0);
      writeIn(reports, '.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: gov-report\n`);
      writeIn(reports, '.github/workflows/ci.yml', WORKFLOW);
      writeIn(reports, 'package.json', '{ "name": "reports", "private": true }\n');
      writeIn(reports, 'data/agencies.yaml', 'agencies:\n  - name: 示例局\n');
      writeIn(reports, 'reports/2023/示例局.yaml', SAMPLE);
      git('add', '-A');
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('installs the hook without network and passes a clean report; config and workflow files are not linted', () => {
      const run = preCommit('run', '--all-files', '--verbose');
      const output = run.stdout + run.stderr;
      assert.equal(run.status, 0, output);
      assert.match(output, /gov-report lint\.+Passed/);
      assert.doesNotMatch(output, /\.pre-commit-config\.yaml|ci\.yml|package\.json/);
      // The data file is a YAML file pre-commit hands over, but not a report: skipped, with one note.
      assert.match(output, /skipped 1 file that is not a report.*data\/agencies\.yaml/);
    });

    it('blocks a broken report, showing its findings', () => {
      writeIn(
        reports,
        'reports/2024/示例局.yaml',
        edit(BROKEN, ['year: 2023', 'year: 2024'], ['published: 2024-01-20', 'published: 2025-01-20']),
      );
      gitIn(reports, env)('add', '-A');
      const run = preCommit('run', '--all-files');
      const output = run.stdout + run.stderr;
      assert.equal(run.status, 1, output);
      assert.match(output, /gov-report lint\.+Failed/);
      assert.match(output, /reports\/2024\/示例局\.yaml[\s\S]*applications-row-total/);
    });
  },
);
