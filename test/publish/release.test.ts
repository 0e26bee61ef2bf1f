/** @jest-environment ./test/runtime/ort-environment.js */
// publish-model with release: true against the OpenAPI-validated fake GitHub: the model, its card
// and a sha256sum file attached to the tag's release; reruns keep what is there; other bytes are
// refused, never replaced.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishModelStep } from '../../shared/publish/step.js';
import { releasesOf, sha256Digest } from '../github/fake-github/routes-releases.js';
import { faults, startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { REPO, repoState, TOKEN } from '../github/helpers.js';
import { modelCopy, tempDir } from '../registry/support.js';
import { runStep } from './support.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const run = (dir: string, inputs: Record<string, string>, env: Record<string, string>) => runStep(publishModelStep, dir, inputs, env);

let gh: FakeGitHub;
let work: string;
let env: Record<string, string>;
const model = modelCopy('iris_lr.onnx');

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  work = tempDir('mlci-release-');
  env = { GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN, GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_SHA: 'a'.repeat(40) };
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const calls = () => gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
const base = `/repos/${REPO.owner}/${REPO.repo}`;

test('the model, its card and a checksum file go to the release of the tag, created with the card as its notes', async () => {
  const out = join(work, 'out');
  const result = await run(work, { model, name: 'iris', registry: join(work, 'registry'), release: 'true', 'output-dir': out }, env);
  const [release] = releasesOf(repoState(gh));
  const id = release!.id;
  expect(calls()).toEqual([
    `GET ${base}/releases/tags/v1.2.0 404`,
    `GET ${base}/releases?per_page=100 200`,
    `POST ${base}/releases 201`,
    `GET ${base}/releases/${id}/assets?per_page=100 200`,
    `POST ${base}/releases/${id}/assets?name=iris-v1.onnx 201`,
    `POST ${base}/releases/${id}/assets?name=iris-v1.model-card.md 201`,
    `POST ${base}/releases/${id}/assets?name=iris-v1.sha256 201`,
  ]);
  const card = readFileSync(join(out, 'model-card.md'));
  expect(gh.requests[2]!.body).toEqual({ tag_name: 'v1.2.0', name: 'v1.2.0: iris v1', body: card.toString('utf8'), target_commitish: 'a'.repeat(40) });
  // the uploaded bytes are exactly the files: the model, the card, the checksum file
  const uploads = gh.requests.filter((r) => r.bytes);
  expect(uploads.map((r) => sha256(r.bytes!))).toEqual([sha256(readFileSync(model)), sha256(card), sha256(readFileSync(join(out, 'iris-v1.sha256')))]);
  expect(release!.assets.map((a) => [a.name, a.contentType, a.digest])).toEqual([
    ['iris-v1.onnx', 'application/octet-stream', `sha256:${sha256(readFileSync(model))}`],
    ['iris-v1.model-card.md', 'text/markdown; charset=utf-8', `sha256:${sha256(card)}`],
    ['iris-v1.sha256', 'text/plain; charset=utf-8', sha256Digest(readFileSync(join(out, 'iris-v1.sha256')))],
  ]);
  // sha256sum, an outside reader, accepts the checksum file against the downloaded assets
  const downloads = join(work, 'downloads');
  mkdirSync(downloads);
  for (const a of release!.assets) writeFileSync(join(downloads, a.name), a.bytes);
  const check = spawnSync('sha256sum', ['-c', 'iris-v1.sha256'], { cwd: downloads, encoding: 'utf8' });
  expect(check.stdout).toBe('iris-v1.onnx: OK\niris-v1.model-card.md: OK\n');
  expect(check.status).toBe(0);

  expect(result.outputs['release-url']).toBe(`https://github.com/${REPO.owner}/${REPO.repo}/releases/tag/v1.2.0`);
  expect(result.summaries[0]).toMatch(/GitHub release \(created\): .*`iris-v1\.onnx` \(uploaded\)/);
  const published = JSON.parse(readFileSync(join(out, 'publish.json'), 'utf8'));
  expect(published.release.assets.map((a: { status: string }) => a.status)).toEqual(['uploaded', 'uploaded', 'uploaded']);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest.files.map((f: { path: string }) => f.path)).toContain('iris-v1.sha256');
});

test('a rerun keeps the assets that have the same digest and uploads nothing; an interrupted upload is redone', async () => {
  const registry = join(work, 'registry');
  await run(work, { model, name: 'iris', registry, release: 'true', 'output-dir': join(work, 'a') }, env);
  const [release] = releasesOf(repoState(gh));
  // the card's upload broke off last time: GitHub shows it in state "starter"
  const starter = release!.assets[1]!;
  starter.state = 'starter';
  gh.requests.length = 0;

  const again = await run(work, { model, name: 'iris', registry, release: 'true', 'output-dir': join(work, 'b') }, env);
  expect(calls()).toEqual([
    `GET ${base}/releases/tags/v1.2.0 200`,
    `GET ${base}/releases/${release!.id}/assets?per_page=100 200`,
    `DELETE ${base}/releases/assets/${starter.id} 204`,
    `POST ${base}/releases/${release!.id}/assets?name=iris-v1.model-card.md 201`,
  ]);
  expect(again.outputs.status).toBe('unchanged');
  expect(again.logs.join('\n')).toMatch(/iris-v1\.onnx is already attached with the same sha256; kept/);
  expect(release!.assets.map((a) => a.name).sort()).toEqual(['iris-v1.model-card.md', 'iris-v1.onnx', 'iris-v1.sha256']);
  expect(release!.assets.every((a) => a.state === 'uploaded')).toBe(true);
});

test('a draft release of the tag (which GitHub does not find by tag) gets the assets and stays a draft', async () => {
  releasesOf(repoState(gh)).push({ id: 700, tagName: 'v1.1.0', targetCommitish: 'main', name: 'v1.1.0', body: 'older', draft: false, createdAt: new Date().toISOString(), assets: [] });
  releasesOf(repoState(gh)).push({ id: 950, tagName: 'v1.2.0', targetCommitish: 'main', name: 'v1.2.0 (drafted)', body: 'notes by release-drafter', draft: true, createdAt: new Date().toISOString(), assets: [] });
  const result = await run(work, { model, name: 'iris', registry: join(work, 'registry'), release: 'true', 'output-dir': join(work, 'out') }, env);
  expect(calls()).toEqual([
    `GET ${base}/releases/tags/v1.2.0 404`,
    `GET ${base}/releases?per_page=100 200`,
    `GET ${base}/releases/950/assets?per_page=100 200`,
    `POST ${base}/releases/950/assets?name=iris-v1.onnx 201`,
    `POST ${base}/releases/950/assets?name=iris-v1.model-card.md 201`,
    `POST ${base}/releases/950/assets?name=iris-v1.sha256 201`,
  ]);
  const draft = releasesOf(repoState(gh)).find((r) => r.id === 950)!;
  expect(draft).toMatchObject({ draft: true, body: 'notes by release-drafter' });
  expect(draft.assets.map((a) => a.name)).toEqual(['iris-v1.onnx', 'iris-v1.model-card.md', 'iris-v1.sha256']);
  expect(releasesOf(repoState(gh))).toHaveLength(2);
  expect(result.logs.join('\n')).toMatch(/The release of v1\.2\.0 is a draft/);
});

test('a draft past the first page of releases (100 newer ones before it, linked by rel="next") is found there, not duplicated', async () => {
  const releases = releasesOf(repoState(gh));
  releases.push({ id: 950, tagName: 'v1.2.0', targetCommitish: 'main', name: 'v1.2.0 (drafted)', body: 'notes by release-drafter', draft: true, createdAt: new Date().toISOString(), assets: [] });
  // newest first: the 100 published after the draft fill page 1
  for (let i = 0; i < 100; i++) releases.push({ id: 1000 + i, tagName: `model-other-${i}`, targetCommitish: 'main', name: null, body: null, draft: false, createdAt: new Date().toISOString(), assets: [] });
  await run(work, { model, name: 'iris', registry: join(work, 'registry'), release: 'true', 'output-dir': join(work, 'out') }, env);
  expect(calls().slice(0, 4)).toEqual([
    `GET ${base}/releases/tags/v1.2.0 404`,
    `GET ${base}/releases?per_page=100 200`,
    `GET ${base}/releases?per_page=100&page=2 200`,
    `GET ${base}/releases/950/assets?per_page=100 200`,
  ]);
  // (octokit asks for page 2 only by following the Link header's rel="next", as it does on GitHub)
  expect(releases.find((r) => r.id === 950)!.assets.map((a) => a.name)).toEqual(['iris-v1.onnx', 'iris-v1.model-card.md', 'iris-v1.sha256']);
  expect(releases).toHaveLength(101);
  expect(gh.requests.some((r) => r.method === 'POST' && r.path === `${base}/releases`)).toBe(false);
});

test('an asset with other bytes is refused, says where and how to fix it, and nothing is uploaded', async () => {
  releasesOf(repoState(gh)).push({ id: 900, tagName: 'v1.2.0', targetCommitish: 'main', name: 'v1.2.0', body: 'hand-written notes', draft: false, createdAt: new Date().toISOString(), assets: [
    { id: 901, name: 'iris-v1.onnx', label: null, state: 'uploaded', contentType: 'application/octet-stream', bytes: Buffer.from('older model'), digest: sha256Digest(Buffer.from('older model')), createdAt: new Date().toISOString() },
    { id: 902, name: 'iris-v1.sha256', label: null, state: 'uploaded', contentType: 'text/plain', bytes: Buffer.from('x'), digest: null, createdAt: new Date().toISOString() },
  ] });
  const error = await run(work, { model, name: 'iris', registry: join(work, 'registry'), release: 'true', 'output-dir': join(work, 'out') }, env).catch((e: Error) => e);
  expect(error).toMatchObject({ name: 'UserError' });
  const message = String(error);
  expect(message).toContain(`iris-v1.onnx is already attached with other bytes (${sha256Digest(Buffer.from('older model'))}, this run has sha256:${sha256(readFileSync(model))})`);
  expect(message).toContain('iris-v1.sha256 is already attached and GitHub reports no digest for it');
  expect(message).toContain('mlci never replaces a release asset');
  expect((error as { where?: string }).where).toBe(`the GitHub release https://github.com/${REPO.owner}/${REPO.repo}/releases/tag/v1.2.0`);
  expect((error as { fix?: string }).fix).toMatch(/new tag \(release-tag\)/);
  expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(releasesOf(repoState(gh))[0]!.body).toBe('hand-written notes');
});

test('a token without contents: write is told which permission to add', async () => {
  gh.inject(faults.missingPermission('repos/create-release'));
  await expect(run(work, { model, name: 'iris', registry: join(work, 'registry'), release: 'true', 'release-tag': 'model-iris-1', 'output-dir': join(work, 'out') }, env)).rejects.toThrow(
    /may not create the release and upload its assets \(403 Resource not accessible by integration\)[\s\S]*Add "contents: write" under permissions:/,
  );
  expect(gh.requests[0]!.path).toBe(`${base}/releases/tags/model-iris-1`);
});

test('without a tag, release: true fails before anything is published', async () => {
  const registry = join(work, 'registry');
  await expect(run(work, { model, name: 'iris', registry, release: 'true' }, { ...env, GITHUB_REF: 'refs/heads/main' })).rejects.toThrow(/release is true but there is no tag to release: this run is for refs\/heads\/main/);
  expect(gh.requests).toEqual([]);
  expect(spawnSync('ls', [registry]).status).not.toBe(0);
});
