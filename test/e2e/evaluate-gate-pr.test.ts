import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { faults } from '../github/fake-github/server.js';
import { repoState, runnerEnv, seedPullRequest, TOKEN, useFakeGitHub, HEAD_SHA } from '../github/helpers.js';
import { repoRoot, runAction } from '../helpers/run-action.js';

// evaluate-gate on a pull request as a runner runs it: the committed dist/ bundle in a child
// process, a real pull_request event payload, GITHUB_API_URL at a local server that checks every
// request against GitHub's OpenAPI description (any violation fails the test in afterEach).

const fake = useFakeGitHub((gh) => seedPullRequest(gh, 42));
const fixtures = join(repoRoot, 'test', 'fixtures');
const policy = 'test/fixtures/e2e/accuracy-drop.yml';
// Each run waits as GitHub asks (a second between writes, three between comment-creating ones),
// so these tests take tens of seconds by design; the limits leave room for a loaded machine.

function evaluate(candidate: string, extra: Record<string, string> = {}) {
  return runAction(
    'dist/evaluate-gate/index.mjs',
    {
      model: join(fixtures, 'models', candidate),
      baseline: join(fixtures, 'models', 'breast_cancer_lr.onnx'),
      data: join(fixtures, 'data', 'breast_cancer_test.csv'),
      target: 'target',
      policy,
      'bootstrap-resamples': '200',
      'github-token': TOKEN,
      ...extra,
    },
    { ...runnerEnv(fake.gh.url, 'pull_request', 'pull_request.synchronize.json'), GITHUB_WORKSPACE: repoRoot },
  );
}

describe('evaluate-gate on a pull request', () => {
  test('two pushes to the same pull request leave one comment, updated, and a check per push', async () => {
    const first = await evaluate('breast_cancer_lr_weak.onnx');
    expect(first.exitCode).toBe(1);
    expect(first.outputs.passed).toBe('false');
    let comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('❌');

    const second = await evaluate('breast_cancer_lr.onnx');
    expect(second.exitCode).toBe(0);
    expect(second.outputs.passed).toBe('true');
    comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('✅');
    expect(comments[0]!.body).not.toContain('❌');

    const checks = repoState(fake.gh).checkRuns;
    expect(checks.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([
      ['mlci/evaluate-gate', HEAD_SHA, 'failure'],
      ['mlci/evaluate-gate', HEAD_SHA, 'success'],
    ]);
    // the failed rule points at its line of the policy file, in the pull request's diff
    expect(checks[0]!.annotations).toEqual([expect.objectContaining({ path: policy, start_line: 3, annotation_level: 'failure' })]);
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
  }, 180_000);

  test('validate-data and evaluate-gate share the one comment, each in its own section', async () => {
    const env = { ...runnerEnv(fake.gh.url, 'pull_request', 'pull_request.synchronize.json'), GITHUB_WORKSPACE: repoRoot };
    const validate = await runAction(
      'dist/validate-data/index.mjs',
      { data: 'test/fixtures/data/breast_cancer_corrupt.csv', schema: 'examples/demo/.mlci/schema.yml', 'github-token': TOKEN },
      env,
    );
    expect(validate.exitCode).toBe(1);
    // the first offending rows are annotated at their file and line, so they show in the diff
    expect(validate.stdout).toMatch(/::error file=test\/fixtures\/data\/breast_cancer_corrupt\.csv,line=7::/);
    const evaluation = await evaluate('breast_cancer_lr.onnx');
    expect(evaluation.exitCode).toBe(0);
    const comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Data validation failed');
    expect(comments[0]!.body).toContain('Model quality gate: passed');
    // validate-data sets no check of its own: only the gate's
    expect(repoState(fake.gh).checkRuns.map((c) => c.name)).toEqual(['mlci/evaluate-gate']);
  }, 180_000);

  test('the override label turns a failed gate into a loud pass', async () => {
    repoState(fake.gh).pulls.get(42)!.labels = ['mlci/override'];
    const run = await evaluate('breast_cancer_lr_weak.onnx');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    const [comment] = repoState(fake.gh).commentsOn(42);
    expect(comment!.body).toMatch(/overrid/i);
    expect(comment!.body).toContain('mlci/override');
    expect(repoState(fake.gh).checkRuns[0]!.output.title).toMatch(/OVERRIDDEN/);
  }, 180_000);

  test('a GitHub outage while commenting does not lose the evaluation: the verdict stands and the report is on disk', async () => {
    fake.gh.inject(faults.badGateway('issues/list-comments', 20));
    fake.gh.inject(faults.badGateway('checks/create', 20));
    const run = await evaluate('breast_cancer_lr.onnx');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.stdout).toMatch(/::warning::/);
    expect(run.summary).toContain('Model quality gate');
    expect(repoState(fake.gh).commentsOn(42)).toHaveLength(0);
  }, 180_000);
});
