import { describe, expect, it } from '@jest/globals';
import { CHECK_SUMMARY_LIMIT, DEFAULT_CHECK_NAME, publishCheck, type CheckAnnotation } from '../../shared/github/check-run.js';
import { GitHubUnavailableError } from '../../shared/github/client.js';
import { faults } from './fake-github/server.js';
import { useFakeGitHub, HEAD_SHA, recordingLogger, REPO, repoState, testClient, TOKEN } from './helpers.js';

const fake = useFakeGitHub();

const report = {
  name: DEFAULT_CHECK_NAME,
  headSha: HEAD_SHA,
  conclusion: 'failure' as const,
  title: 'Gate failed: 1 of 3 rules failed',
  summary: '## Evaluation\n\naccuracy 0.88 < 0.90',
  detailsUrl: 'https://github.com/acme-ml/churn-model/actions/runs/77',
};

describe('check run', () => {
  it('creates a completed check run on the head commit with the report as summary', async () => {
    const outcome = await publishCheck(testClient(fake.gh, recordingLogger()), REPO, report, recordingLogger());
    expect(outcome.kind).toBe('check-run');
    const [run] = repoState(fake.gh).checkRuns;
    expect(run).toMatchObject({ name: 'mlci/evaluate-gate', headSha: HEAD_SHA, status: 'completed', conclusion: 'failure', detailsUrl: report.detailsUrl });
    expect(run!.output).toMatchObject({ title: report.title, summary: report.summary });
  });

  it('sends 120 annotations in batches of at most 50: one create and two updates', async () => {
    const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({ path: 'data/train.csv', line: i + 2, level: 'warning', message: `row ${i + 2}: value out of range` }));
    annotations[0] = { path: 'gate.yml', line: 4, level: 'failure', message: 'accuracy 0.88 is below the threshold 0.90', title: 'accuracy >= 0.9' };
    const outcome = await publishCheck(testClient(fake.gh, recordingLogger()), REPO, { ...report, annotations }, recordingLogger());
    expect(outcome).toMatchObject({ kind: 'check-run', annotations: 120 });
    const writes = fake.gh.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.operationId, r.body.output.annotations.length])).toEqual([
      ['checks/create', 50],
      ['checks/update', 50],
      ['checks/update', 20],
    ]);
    const [run] = repoState(fake.gh).checkRuns;
    expect(run!.annotations).toHaveLength(120);
    expect(run!.annotations[0]).toMatchObject({ path: 'gate.yml', start_line: 4, end_line: 4, annotation_level: 'failure', title: 'accuracy >= 0.9' });
  });

  it('truncates a summary over the check run limit, with a note', async () => {
    await publishCheck(testClient(fake.gh, recordingLogger()), REPO, { ...report, summary: 'x'.repeat(100) + '\n' + 'metric row\n'.repeat(10000) }, recordingLogger());
    const summary = repoState(fake.gh).checkRuns[0]!.output.summary!;
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(summary).toContain("truncated to the check run's limit of 65,535 characters");
  });

  it('falls back to a commit status when the token lacks checks: write', async () => {
    fake.gh.inject(faults.missingPermission('checks/create'));
    const logger = recordingLogger();
    const outcome = await publishCheck(testClient(fake.gh, logger), REPO, { ...report, title: `Gate failed: ${'very long explanation '.repeat(20)}` }, logger);
    expect(outcome).toEqual({ kind: 'commit-status', state: 'failure' });
    const [status] = repoState(fake.gh).statuses;
    expect(status).toMatchObject({ sha: HEAD_SHA, state: 'failure', context: 'mlci/evaluate-gate', targetUrl: report.detailsUrl });
    expect(status!.description!.length).toBeLessThanOrEqual(140);
    expect(status!.description!.endsWith('…')).toBe(true);
    expect(logger.text('info')).toMatch(/checks: write is missing/);
  });

  it('warns, without failing, when neither checks nor statuses may be written', async () => {
    fake.gh.inject(faults.missingPermission('checks/create'));
    fake.gh.inject(faults.missingPermission('repos/create-commit-status'));
    const logger = recordingLogger();
    const outcome = await publishCheck(testClient(fake.gh, logger), REPO, { ...report, conclusion: 'neutral' }, logger);
    expect(outcome.kind).toBe('none');
    expect(logger.text('warning')).toMatch(/lacks "checks: write" and "statuses: write"/);
  });

  it('lets an outage through as GitHubUnavailableError for the caller to report', async () => {
    fake.gh.inject(faults.badGateway('checks/create', 5));
    const err = await publishCheck(testClient(fake.gh, recordingLogger(), TOKEN, { retries: 1 }), REPO, report, recordingLogger()).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
  });
});
