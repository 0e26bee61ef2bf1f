import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DirectoryCache } from '../../shared/steps/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';
import { runtimeToken } from './fake-github/twirp.js';

// @actions/cache's real client (tar, zstd, Azure blob upload, Twirp cache service v2) against the
// fake results service, through the runner host's DirectoryCache.

const identity = { repo: 'acme-ml/churn-model', runId: 1, runBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a', jobBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774' };
const RUNNER_ENV = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP', 'GITHUB_WORKSPACE', 'GITHUB_SERVER_URL'] as const;
const saved = RUNNER_ENV.map((name) => process.env[name]);
let gh: FakeGitHub;
let work: string;
let cache: DirectoryCache;

beforeAll(async () => {
  gh = await startFakeGitHub({ runtime: identity });
  work = await mkdtemp(join(tmpdir(), 'mlci-cache-'));
  await mkdir(join(work, 'temp'));
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `${gh.url}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(identity),
    RUNNER_TEMP: join(work, 'temp'),
    GITHUB_WORKSPACE: work,
  });
  delete process.env.GITHUB_SERVER_URL;
  ({ actionsDirectoryCache: cache } = await import('../../shared/github/runner-host.js'));
});
afterAll(async () => {
  await gh.close();
  await rm(work, { recursive: true, force: true });
  RUNNER_ENV.forEach((name, i) => {
    if (saved[i] === undefined) delete process.env[name];
    else process.env[name] = saved[i];
  });
});

describe('@actions/cache against the fake cache service', () => {
  it('saves a directory and restores it, byte for byte, by key', async () => {
    const dir = join(work, 'baseline');
    await mkdir(join(dir, 'nested'), { recursive: true });
    const model = Buffer.from(Array.from({ length: 50000 }, (_, i) => (i * 7919) % 251));
    await writeFile(join(dir, 'model.onnx'), model);
    await writeFile(join(dir, 'nested', 'metrics.json'), '{"accuracy":0.93}');
    await cache.save('mlci-baseline-mlci-evaluation-abc123', dir);
    await rm(dir, { recursive: true });

    expect(await cache.restore('mlci-baseline-mlci-evaluation-other', dir)).toBe(false);
    expect(await cache.restore('mlci-baseline-mlci-evaluation-abc123', dir)).toBe(true);
    expect((await readFile(join(dir, 'model.onnx'))).equals(model)).toBe(true);
    expect(await readFile(join(dir, 'nested', 'metrics.json'), 'utf8')).toBe('{"accuracy":0.93}');
    expect(gh.violations).toEqual([]);
    expect(gh.requests.map((r) => r.path.split('?')[0]!.replace(/\/\d+$|-\d+$/, '')).filter((p) => p.startsWith('/twirp'))).toEqual([
      '/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry',
      '/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload',
      '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
      '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
    ]);
  });
});
