// A data-validation failure annotates the data file at the line where a value was found bad, not
// only the policy file: on the runner (paths from the repository root) and, through the fork-safe
// handoff, on the check. Only files the step read are annotated; a handoff that names any other
// file (the fork writes it) has those annotations dropped.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommentStep } from '../../shared/github/comment-step.js';
import { HANDOFF_FILE, writeHandoff, type PullRequestHandoff } from '../../shared/github/fork-handoff.js';
import { dataAnnotations } from '../../shared/github/step-publishing.js';
import type { StepDefinition } from '../../shared/steps/types.js';
import { validateDataStep } from '../../shared/validate/step.js';
import { repoState, runnerEnv, runnerHost, TOKEN, useFakeGitHub } from '../github/helpers.js';
import { repoRoot } from '../helpers/run-action.js';

const fake = useFakeGitHub((gh) => {
  gh.state.repo('acme-ml/churn-model').pulls.set(57, { number: 57, headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', headRef: 'retrain', baseRef: 'main', baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b', headRepo: 'mallory-forks/churn-model', labels: [] });
});
const tuning = { pacing: { writeMs: 0, notificationMs: 0 }, secondMs: 5, commentSettleMs: 0 };
const commentStep = createCommentStep(tuning);
const workspace = mkdtempSync(join(tmpdir(), 'mlci-annotate-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const forkEnv = () => ({ ...runnerEnv(fake.gh.url, 'pull_request', 'pull_request.fork.opened.json'), GITHUB_WORKSPACE: workspace });

test('validate-data annotates the data file and line, relative to the workspace, on the runner and in the handoff', async () => {
  mkdirSync(join(workspace, 'data'), { recursive: true });
  const data = join(workspace, 'data', 'holdout.csv');
  copyFileSync(join(repoRoot, 'test/fixtures/data/breast_cancer_corrupt.csv'), data);
  const schema = join(workspace, 'schema.yml');
  writeFileSync(schema, 'columns:\n  target:\n    type: categorical\n    allowed_values: [0, 1]\n');
  const outputDir = join(workspace, 'out');
  const host = runnerHost(forkEnv(), { data, schema, 'output-dir': outputDir, comment: 'handoff' }, validateDataStep.inputs as StepDefinition['inputs']);
  const places: { file: string; line?: number }[] = [];
  const logError = host.logger.error;
  host.logger.error = (message, location) => {
    if (location) places.push(location);
    logError(message, location);
  };
  const outcome = await (validateDataStep as unknown as StepDefinition).run(host);
  expect(outcome.failure).toMatch(/column.target.allowed_values/);

  const handoff = JSON.parse(readFileSync(join(outputDir, HANDOFF_FILE), 'utf8')) as PullRequestHandoff;
  expect(handoff.dataFiles).toEqual(['data/holdout.csv']);
  expect(handoff.annotations).toContainEqual(expect.objectContaining({ path: 'data/holdout.csv', line: 15, level: 'failure', title: 'data validation' }));
  expect(handoff.annotations.find((a) => a.line === 15)!.message).toMatch(/target: allowed_values failed at .*value "2"/);
  // on the runner: the same place, from the repository root
  expect(places).toContainEqual({ file: 'data/holdout.csv', line: 15 });

  // the trusted side posts them on the check
  const commentHost = runnerHost({ ...runnerEnv(fake.gh.url, 'workflow_run', 'workflow_run.completed.fork.json'), GITHUB_WORKFLOW: 'mlci comment (fork-safe)' }, { from: outputDir, 'github-token': TOKEN }, commentStep.inputs);
  await commentStep.run(commentHost);
  const check = repoState(fake.gh).checkRuns[0]!;
  expect(check.annotations).toContainEqual(expect.objectContaining({ path: 'data/holdout.csv', start_line: 15, annotation_level: 'failure' }));
});

test('annotations only on files the step read, inside the repository, and only data files', () => {
  const found = [
    { file: join(workspace, 'data', 'holdout.csv'), line: 3, message: 'x: min failed at line 3 (value "-1")' },
    { file: join(workspace, 'data', 'other.csv'), line: 4, message: 'not read by the step' },
    { file: join(tmpdir(), 'outside.csv'), line: 5, message: 'outside the repository' },
    { file: join(workspace, 'src', 'app.py'), line: 6, message: 'not a data file' },
  ];
  const read = [join(workspace, 'data', 'holdout.csv'), join(tmpdir(), 'outside.csv'), join(workspace, 'src', 'app.py')];
  expect(dataAnnotations(found, read, workspace).map((a) => [a.path, a.line])).toEqual([['data/holdout.csv', 3]]);
});

test('a handoff annotating a file outside its policy and data files has those annotations dropped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-handoff-'));
  await writeHandoff(dir, {
    pullRequest: 57,
    headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    verdict: { policy: null, gated: true, passed: false, rules: [{ id: 'data', metric: 'data', passed: false, message: 'bad' }] } as PullRequestHandoff['verdict'],
    report: 'r',
    sections: [{ id: 'validate-data', title: 'Data validation', markdown: 'failed' }],
    dataFiles: ['data/holdout.csv', 'src/app.py'],
    annotations: [
      { path: 'data/holdout.csv', line: 15, level: 'failure', message: 'target: allowed_values failed' },
      { path: 'src/app.py', line: 1, level: 'failure', message: 'a fork would like this under the bot\'s name' },
      { path: 'data/never-read.csv', line: 2, level: 'failure', message: 'not among the files read' },
    ],
  });
  const commentHost = runnerHost({ ...runnerEnv(fake.gh.url, 'workflow_run', 'workflow_run.completed.fork.json'), GITHUB_WORKFLOW: 'mlci comment (fork-safe)' }, { from: dir, 'github-token': TOKEN }, commentStep.inputs);
  await commentStep.run(commentHost);
  const check = repoState(fake.gh).checkRuns.at(-1)!;
  expect(check.annotations!.map((a: { path: string }) => a.path)).toEqual(['data/holdout.csv']);
  expect(commentHost.logger.text('info')).toMatch(/Dropped 2 annotation\(s\)/);
  rmSync(dir, { recursive: true, force: true });
});
