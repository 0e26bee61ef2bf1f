import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../shared/errors.js';
import { sha256File } from '../../shared/fs/digest.js';
import { writeOutputManifest } from '../../shared/fs/output-manifest.js';
import { baselineBranch, fetchBaseline, findBaselineRun, type ArtifactDownloader } from '../../shared/github/baseline.js';
import { readGitHubContext } from '../../shared/github/context.js';
import { FolderDirectoryCache } from '../../shared/runtime/folder-cache.js';
import { faults, startFakeGitHub, type FakeGitHub } from './fake-github/server.js';
import { runtimeToken } from './fake-github/twirp.js';
import { storedZip } from './fake-github/zip.js';
import type { ArtifactUploader } from '../../shared/github/artifact-transfer.js';
import { eventFixture, recordingLogger, REPO, repoState, runnerEnv, runnerHost, testClient, TOKEN } from './helpers.js';
import { GITHUB_STEP_INPUTS, openGitHubSession } from '../../shared/github/step-publishing.js';

const modelsDir = fileURLToPath(new URL('../fixtures/models/', import.meta.url));
let gh: FakeGitHub;
let work: string;
let downloader: ArtifactDownloader;
let uploader: ArtifactUploader;
let stepBaseline: typeof import('../../shared/github/step-baseline.js');
const RUNNER_ENV = ['GITHUB_API_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'] as const;
const savedEnv = RUNNER_ENV.map((name) => process.env[name]);
const identity = { repo: `${REPO.owner}/${REPO.repo}`, runId: 777, runBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a', jobBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774' };

// @actions/artifact reads GITHUB_API_URL when @actions/github is first imported: one server for
// the file, started before the module is imported; its state is reset between tests.
beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN, runtime: identity });
  process.env.GITHUB_API_URL = gh.url;
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(identity);
  process.env.ACTIONS_RESULTS_URL = `${gh.url}/`;
  const transfer = await import('../../shared/github/artifact-transfer.js');
  downloader = transfer.actionsArtifactDownloader(TOKEN, REPO);
  uploader = transfer.actionsArtifactUploader();
  stepBaseline = await import('../../shared/github/step-baseline.js');
});
afterAll(async () => {
  await gh.close();
  RUNNER_ENV.forEach((name, i) => {
    if (savedEnv[i] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[i];
  });
});
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlci-baseline-'));
  const state = repoState(gh);
  state.workflowRuns.length = 0;
  state.artifactZips.clear();
  gh.requests.length = 0;
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
  const violations = gh.violations.splice(0);
  expect(violations).toEqual([]);
});

/** What a main-branch evaluate-gate run leaves as its artifact: model, metrics and manifest. */
async function evaluationArtifact(): Promise<{ zip: Buffer; files: Record<string, Buffer> }> {
  const dir = join(work, 'made');
  await mkdir(dir, { recursive: true });
  const model = (await readdir(modelsDir)).find((f) => f.endsWith('.onnx'))!;
  await cp(join(modelsDir, model), join(dir, 'model.onnx'));
  await writeFile(join(dir, 'metrics.json'), JSON.stringify({ schema: 'mlci/evaluation@1', metrics: { accuracy: 0.93 } }));
  await writeOutputManifest(dir, 'evaluate-gate');
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(dir)) files[name] = await readFile(join(dir, name));
  return { zip: storedZip(files), files };
}

function addRun(id: number, createdAt: string, options: { event?: string; headRepo?: string; artifact?: { id: number; zip?: Buffer; expired?: boolean } } = {}) {
  const state = repoState(gh);
  state.workflowRuns.push({
    id,
    workflowFile: 'main-baseline.yml',
    headBranch: 'main',
    headSha: String(id).padStart(40, 'a'),
    event: options.event ?? 'push',
    headRepo: options.headRepo ?? `${REPO.owner}/${REPO.repo}`,
    status: 'completed',
    conclusion: 'success',
    createdAt,
    artifacts: options.artifact ? [{ id: options.artifact.id, name: 'mlci-evaluation', sizeInBytes: options.artifact.zip?.length ?? 0, expired: options.artifact.expired ?? false }] : [],
  });
  if (options.artifact?.zip) state.artifactZips.set(options.artifact.id, options.artifact.zip);
}

const query = { repo: REPO, workflow: 'main-baseline.yml', branch: 'main', artifactName: 'mlci-evaluation' };

describe('baseline from the main branch', () => {
  it('takes the latest successful push run with an unexpired artifact, never a fork pull request run on a branch named main', async () => {
    const { zip } = await evaluationArtifact();
    addRun(101, '2026-11-20T10:00:00Z', { artifact: { id: 9001, zip } });
    addRun(102, '2026-11-21T10:00:00Z', { artifact: { id: 9002, zip, expired: true } });
    addRun(103, '2026-11-22T10:00:00Z', { event: 'pull_request', headRepo: 'mallory-forks/churn-model', artifact: { id: 9003, zip } });
    addRun(104, '2026-11-23T10:00:00Z');
    const run = await findBaselineRun(testClient(gh, recordingLogger()), query, recordingLogger());
    expect(run).toMatchObject({ runId: 101, artifactId: 9001, headSha: String(101).padStart(40, 'a') });
    // a newer run started by hand wins over an older push run
    addRun(105, '2026-11-24T08:00:00Z', { event: 'workflow_dispatch', artifact: { id: 9005, zip } });
    expect(await findBaselineRun(testClient(gh, recordingLogger()), query, recordingLogger())).toMatchObject({ runId: 105 });
  });

  it('downloads the artifact with @actions/artifact, verifies its digests, and then serves it from the cache', async () => {
    const { zip, files } = await evaluationArtifact();
    addRun(201, '2026-11-20T10:00:00Z', { artifact: { id: 9101, zip } });
    const cache = new FolderDirectoryCache(join(work, 'cache'));
    const logger = recordingLogger();
    const first = await fetchBaseline({ api: testClient(gh, logger), query, downloader, cache, dir: join(work, 'b1'), logger });
    expect(first).toMatchObject({ fromCache: false, run: { runId: 201 } });
    expect(first!.metricsFile).toBe(join(work, 'b1', 'metrics.json'));
    expect(await sha256File(first!.modelFile!)).toBe((await import('node:crypto')).createHash('sha256').update(files['model.onnx']!).digest('hex'));
    expect(existsSync(cache.entryPath(`mlci-baseline-mlci-evaluation-${String(201).padStart(40, 'a')}`))).toBe(true);
    expect(gh.requests.some((r) => r.path.startsWith('/_blob/'))).toBe(true);

    gh.requests.length = 0;
    const second = await fetchBaseline({ api: testClient(gh, logger), query, downloader, cache, dir: join(work, 'b2'), logger });
    expect(second).toMatchObject({ fromCache: true });
    expect(gh.requests.some((r) => r.path.startsWith('/_blob/') || r.operationId === 'actions/download-artifact')).toBe(false);
  });

  it('an output directory uploaded with @actions/artifact comes back byte for byte as the next baseline', async () => {
    const { files } = await evaluationArtifact();
    const out = join(work, 'made');
    addRun(identity.runId, '2026-11-24T10:00:00Z');
    const uploaded = await uploader.uploadOutputDir('mlci-evaluation', out, 5);
    expect(uploaded.sizeBytes).toBeGreaterThan(0);
    expect(repoState(gh).workflowRuns[0]!.artifacts.map((a) => a.name)).toEqual(['mlci-evaluation']);
    const logger = recordingLogger();
    const fetched = await fetchBaseline({ api: testClient(gh, logger), query, downloader, cache: new FolderDirectoryCache(join(work, 'c')), dir: join(work, 'b'), logger });
    expect(fetched!.run.runId).toBe(identity.runId);
    for (const [name, bytes] of Object.entries(files)) expect((await readFile(join(work, 'b', name))).equals(bytes)).toBe(true);
  });

  it('refuses to upload an output directory that no longer matches its manifest', async () => {
    await evaluationArtifact();
    await writeFile(join(work, 'made', 'metrics.json'), '{}');
    await expect(uploader.uploadOutputDir('mlci-evaluation', join(work, 'made'))).rejects.toThrow(/does not match its sha256/);
    await expect(uploader.uploadOutputDir('bad/name', join(work, 'made'))).rejects.toThrow(UserError);
  });

  it('refuses an artifact whose files do not match the manifest', async () => {
    const { files } = await evaluationArtifact();
    addRun(301, '2026-11-20T10:00:00Z', { artifact: { id: 9201, zip: storedZip({ ...files, 'metrics.json': '{"metrics":{"accuracy":0.99}}' }) } });
    const logger = recordingLogger();
    const err = await fetchBaseline({ api: testClient(gh, logger), query, downloader, cache: new FolderDirectoryCache(join(work, 'c')), dir: join(work, 'b'), logger }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/metrics.json does not match its sha256/);
  });

  it('says clearly that there is no baseline yet on the first run', async () => {
    const logger = recordingLogger();
    const result = await fetchBaseline({ api: testClient(gh, logger), query, downloader, cache: new FolderDirectoryCache(join(work, 'c')), dir: join(work, 'b'), logger });
    expect(result).toBeUndefined();
    expect(logger.text('info')).toMatch(/No baseline yet: .*The report shows the candidate alone/);
  });

  it('compares a pull request with its base branch, a merge group with its target, a push with its own branch', async () => {
    const env = (event: string, file: string, ref = '') => ({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFixture(file), GITHUB_REPOSITORY: 'acme-ml/churn-model', GITHUB_REF: ref });
    expect(baselineBranch(await readGitHubContext(env('pull_request', 'pull_request.synchronize.json', 'refs/pull/42/merge')))).toBe('main');
    expect(baselineBranch(await readGitHubContext(env('merge_group', 'merge_group.checks_requested.json', 'refs/heads/gh-readonly-queue/main/pr-42')))).toBe('main');
    expect(baselineBranch(await readGitHubContext(env('push', 'push.main.json', 'refs/heads/main')))).toBe('main');
  });

  it('names actions: read when the token may not list runs', async () => {
    gh.inject(faults.missingPermission('actions/list-workflow-runs'));
    const err = await findBaselineRun(testClient(gh, recordingLogger()), query, recordingLogger()).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.fix).toContain('actions: read');
  });

  it('baseline: main-branch from a step: the base branch run of the given workflow, through the host cache', async () => {
    const { zip } = await evaluationArtifact();
    repoState(gh).workflowRuns.push({ id: 401, workflowFile: 'pr-gate.yml', headBranch: 'main', headSha: 'c'.repeat(40), event: 'push', headRepo: 'acme-ml/churn-model', status: 'completed', conclusion: 'success', createdAt: '2026-11-23T09:00:00Z', artifacts: [{ id: 9401, name: 'mlci-evaluation', sizeInBytes: zip.length, expired: false }] });
    repoState(gh).artifactZips.set(9401, zip);
    const specs = { ...GITHUB_STEP_INPUTS, ...stepBaseline.GITHUB_BASELINE_INPUTS };
    const cache = new FolderDirectoryCache(join(work, 'cache'));
    const host = runnerHost(runnerEnv(gh.url, 'pull_request', 'pull_request.synchronize.json'), { 'github-token': TOKEN }, specs, { tempDir: join(work, 'temp'), cache });
    const session = await openGitHubSession(host, { pacing: { writeMs: 0, notificationMs: 0 }, secondMs: 5 });
    const fetched = await stepBaseline.fetchMainBranchBaseline(host, session);
    expect(fetched).toMatchObject({ run: { runId: 401 }, modelFile: join(work, 'temp', 'mlci-baseline', 'model.onnx') });
    expect(gh.requests.find((r) => r.operationId === 'actions/list-workflow-runs')!.path).toMatch(/^\/repos\/acme-ml\/churn-model\/actions\/workflows\/pr-gate\.yml\/runs\?.*branch=main/);

    const noToken = runnerHost(runnerEnv(gh.url, 'pull_request', 'pull_request.synchronize.json'), {}, specs);
    await expect(stepBaseline.fetchMainBranchBaseline(noToken, await openGitHubSession(noToken))).rejects.toThrow(/needs a GitHub token/);
  });
});
