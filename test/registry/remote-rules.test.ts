import { silentLogger } from '../../shared/log.js';
import { findCredential } from '../../shared/registry/oci/credentials.js';
import { RegistryHttp, parseChallenge } from '../../shared/registry/oci/http.js';
import { parseRemoteLocation } from '../../shared/registry/oci/remote-location.js';
import { RemoteStore } from '../../shared/registry/oci/remote-store.js';
import { attachReferrer } from '../../shared/registry/referrers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support.js';

test('plain HTTP only on loopback; HTTPS everywhere else', () => {
  expect(parseRemoteLocation('oci://ghcr.io/acme/models')).toEqual({ host: 'ghcr.io', base: 'https://ghcr.io', path: 'acme/models' });
  expect(parseRemoteLocation('oci://127.0.0.1:5000')).toEqual({ host: '127.0.0.1:5000', base: 'http://127.0.0.1:5000', path: '' });
  expect(parseRemoteLocation('oci://localhost:5000/a').base).toBe('http://localhost:5000');
  expect(parseRemoteLocation('oci://10.0.0.5:5000/a').base).toBe('https://10.0.0.5:5000');
  expect(() => parseRemoteLocation('oci://ghcr.io/Acme/Models')).toThrow(/not a valid repository path/);
});

test('credentials: GITHUB_TOKEN for ghcr.io, then the Docker config, with the source named', async () => {
  expect(await findCredential('ghcr.io', { GITHUB_TOKEN: 't0k', GITHUB_ACTOR: 'octocat' })).toEqual({ username: 'octocat', password: 't0k', source: 'GITHUB_TOKEN' });
  expect(await findCredential('example.com', { GITHUB_TOKEN: 't0k', DOCKER_CONFIG: tempDir() })).toBeUndefined();
  const dir = tempDir();
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'https://registry.example.com': { username: 'u', password: 'p' } } }));
  expect(await findCredential('registry.example.com', { DOCKER_CONFIG: dir })).toEqual({ username: 'u', password: 'p', source: join(dir, 'config.json') });
});

test('a refusal by GHCR names the packages: write permission; elsewhere the login that was refused', () => {
  const ghcr = new RegistryHttp({ host: 'ghcr.io', base: 'https://ghcr.io', env: {}, logger: silentLogger, fetch });
  const e = ghcr.refused(403, 'repository:acme/models/demo:pull,push', { username: 'octocat', password: 'x', source: 'GITHUB_TOKEN' });
  expect(e.message).toMatch(/refused the login from GITHUB_TOKEN for pushing to acme\/models\/demo \(HTTP 403, denied\)/);
  expect(e.fix).toMatch(/`permissions: packages: write`/);
  const anonymous = ghcr.refused(401, 'repository:acme/models/demo:pull', undefined);
  expect(anonymous.fix).toMatch(/set GITHUB_TOKEN \(the workflow needs `permissions: packages: write`\)/);
});

test('WWW-Authenticate challenges are parsed', () => {
  expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"')).toEqual({ scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' } });
  expect(parseChallenge('Basic realm="registry"')).toEqual({ scheme: 'basic', params: { realm: 'registry' } });
});

test('nothing is attached as a referrer on ghcr.io, and no request is made for it', async () => {
  const noNetwork: typeof fetch = () => Promise.reject(new Error('no request expected'));
  const store = new RemoteStore('oci://ghcr.io/acme/models', { env: {}, logger: silentLogger, fetch: noNetwork });
  expect(store.attachesReferrers).toBe(false);
  const subject = { bytes: Buffer.from('{}'), digest: `sha256:${'1'.repeat(64)}`, mediaType: 'application/vnd.oci.image.manifest.v1+json' };
  await expect(attachReferrer(store, 'demo', subject, 'application/vnd.in-toto+json', [], '2026-01-01T00:00:00Z')).resolves.toBe('skipped');
  expect(new RemoteStore('oci://registry.example.com/m', { env: {}, logger: silentLogger }).attachesReferrers).toBe(true);
});
