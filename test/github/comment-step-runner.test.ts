import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FAILED_VERDICT, repoState, runnerEnv, TOKEN, useFakeGitHub } from './helpers.js';
import { repoRoot, runAction } from '../helpers/run-action.js';
import { writeHandoff } from '../../shared/github/fork-handoff.js';

// The comment step as a runner runs it: bundled like dist/ (esbuild, ESM, one file), started as a
// child `node` process with INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the workflow_run
// event payload and GITHUB_API_URL pointing at the fake API. GitHub's real pacing applies here.

const fake = useFakeGitHub();
let work: string;
let bundle: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlci-comment-step-'));
  const entry = join(work, 'entry.ts');
  await writeFile(
    entry,
    // what the action's adapter does: the runner host, with the token masked through @actions/core
    "import * as core from '@actions/core';\n" +
      `import { runStepOnRunner } from ${JSON.stringify(join(repoRoot, 'shared/github/runner-host.ts'))};\n` +
      `import { createCommentStep } from ${JSON.stringify(join(repoRoot, 'shared/github/comment-step.ts'))};\n` +
      'await runStepOnRunner(createCommentStep({ maskSecret: (secret) => core.setSecret(secret) }));\n',
  );
  bundle = join(work, 'comment.mjs');
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    nodePaths: [join(repoRoot, 'node_modules')],
    banner: { js: "import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);" },
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the comment step on a runner', () => {
  it('posts the fork handoff from a workflow_run, and a second run updates the same comment', async () => {
    const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    repoState(fake.gh).pulls.set(57, { number: 57, headSha, headRef: 'retrain-november', baseRef: 'main', baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b', headRepo: 'mallory-forks/churn-model', labels: [] });
    const env = runnerEnv(fake.gh.url, 'workflow_run', 'workflow_run.completed.fork.json');
    for (const accuracy of ['0.88', '0.87']) {
      const from = await mkdtemp(join(work, 'handoff-'));
      await writeHandoff(from, {
        pullRequest: 57,
        headSha,
        commentKey: 'mlci evaluate (fork-safe)',
        checkName: 'mlci/evaluate-gate',
        verdict: FAILED_VERDICT,
        report: `## Evaluation\n\naccuracy ${accuracy}`,
        sections: [{ id: 'evaluation', title: 'Evaluation', markdown: `accuracy ${accuracy}` }],
        annotations: [],
      });
      const run = await runAction(relative(repoRoot, bundle), { from, 'github-token': TOKEN }, env);
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toEqual({ commented: 'true', 'pull-request': '57' });
      expect(run.summary).toContain(`accuracy ${accuracy}`);
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    }
    const comments = repoState(fake.gh).commentsOn(57);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('accuracy 0.87');
    expect(repoState(fake.gh).checkRuns.map((c) => c.conclusion)).toEqual(['failure', 'failure']);
  });
});
