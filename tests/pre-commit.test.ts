import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { edit, ROOT, SAMPLE } from './helpers.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('as a pre-commit hook', { skip: hasGit ? false : 'git is not installed' }, () => {
  let repo = '';
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'gov-report-hook-'));
    assert.equal(git('init', '-q').status, 0);
    // The hook does what .pre-commit-hooks.yaml declares: `entry` on the staged files matching `files`.
    const hook = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'))[0] as { entry: string; files: string };
    const entry = hook.entry.replace(/^gov-report /, '');
    const script = [
      '#!/bin/sh',
      `files=$(git diff --cached --name-only --diff-filter=ACM | grep -E '${hook.files}')`,
      '[ -z "$files" ] && exit 0',
      `exec "${process.execPath}" "${join(ROOT, 'bin/gov-report.js')}" ${entry} $files`,
    ].join('\n');
    writeFileSync(join(repo, '.git/hooks/pre-commit'), `${script}\n`);
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('blocks a commit of a report with an error, showing the finding', () => {
    writeFileSync(join(repo, 'bad.yaml'), edit(SAMPLE, ['    disclosed:             [0, 0', '    disclosed:             [1, 0']));
    git('add', 'bad.yaml');
    const commit = git('commit', '-q', '-m', 'bad report');
    assert.notEqual(commit.status, 0);
    // git hands a hook’s output to stderr.
    assert.match(commit.stderr, /applications-row-total/);
    assert.equal(git('rev-parse', '--verify', '-q', 'HEAD').status, 1, 'nothing was committed');
    git('reset', '-q');
    rmSync(join(repo, 'bad.yaml'));
  });

  it('lets a clean report through', () => {
    writeFileSync(join(repo, 'good.yaml'), SAMPLE);
    git('add', 'good.yaml');
    const commit = git('commit', '-q', '-m', 'good report');
    assert.equal(commit.status, 0, commit.stdout + commit.stderr);
    assert.equal(git('rev-parse', '--verify', '-q', 'HEAD').status, 0);
  });
});
