import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitCommit } from '../../shared/train/lineage.js';

describe('the commit a lineage record names', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlci-lineage-'));
    git('init', '-q');
    writeFileSync(join(dir, 'train.py'), 'print(1)\n');
    git('add', 'train.py');
    git('commit', '-q', '-m', 'first');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('off a runner: git rev-parse HEAD, and whether tracked files changed', async () => {
    expect(await gitCommit(dir, {})).toEqual({ commit: git('rev-parse', 'HEAD'), source: 'git', dirty: false });
    appendFileSync(join(dir, 'train.py'), 'print(2)\n');
    expect((await gitCommit(dir, {}))?.dirty).toBe(true);
  });

  test('on a runner: GITHUB_SHA, with the ref and repository', async () => {
    expect(await gitCommit(dir, { GITHUB_SHA: 'abc123', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REPOSITORY: 'acme/churn' })).toEqual({
      commit: 'abc123',
      source: 'GITHUB_SHA',
      ref: 'refs/pull/7/merge',
      repository: 'acme/churn',
    });
  });

  test('outside a repository: no commit', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'mlci-no-git-'));
    try {
      expect(await gitCommit(elsewhere, {})).toBeUndefined();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
