// GHCR has no /v2/_catalog: model names come from the owner's container packages, listed through
// the GitHub Packages REST API, against the fake GitHub that validates each request with @octokit/openapi.
import { isUserError } from '../../shared/errors.js';
import { ghcrModelNames, listContainerPackages, modelNamesIn } from '../../shared/github/packages.js';
import { packageOwnersOf } from './fake-github/routes-packages.js';
import type { FakeGitHub } from './fake-github/server.js';
import { TOKEN, recordingLogger, testClient, useFakeGitHub } from './helpers.js';

describe('container packages as the model list of a ghcr.io store', () => {
  const fake = useFakeGitHub();
  let gh: FakeGitHub;
  beforeEach(() => {
    gh = fake.gh;
  });

  test('an organization\'s container packages, every page, other package types left out', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ name: `models/m${String(i).padStart(3, '0')}`, type: 'container' as const }));
    packageOwnersOf(gh.state).set('acme-ml', { kind: 'Organization', packages: [...many, { name: 'models/npm-thing', type: 'npm' }, { name: 'app', type: 'container' }] });
    const names = await listContainerPackages(testClient(gh, recordingLogger()), 'acme-ml');
    expect(names).toHaveLength(131);
    expect(names).not.toContain('models/npm-thing');
    expect(gh.requests.filter((r) => r.operationId === 'packages/list-packages-for-organization')).toHaveLength(2);
    const models = modelNamesIn(names, 'models');
    expect(models).toHaveLength(130);
    expect(models[0]).toBe('m000');
    expect(modelNamesIn(names, '')).toEqual(['app']);
  });

  test('a user\'s packages after the organization answer 404; an unknown owner is a UserError', async () => {
    packageOwnersOf(gh.state).set('octocat', { kind: 'User', packages: [{ name: 'models/churn', type: 'container' }, { name: 'models/team/deep', type: 'container' }] });
    const api = testClient(gh, recordingLogger());
    const names = await listContainerPackages(api, 'octocat');
    expect(modelNamesIn(names, 'models/')).toEqual(['churn']);
    expect(gh.requests.map((r) => r.operationId)).toEqual(['packages/list-packages-for-organization', 'packages/list-packages-for-user']);
    const failure = await listContainerPackages(api, 'nobody').catch((e: unknown) => e);
    expect(isUserError(failure)).toBe(true);
    expect((failure as Error).message).toMatch(/404.*list the container packages/);
  });

  test('mlci registry list on oci://ghcr.io/OWNER/PATH: the models are OWNER\'s container packages under PATH', async () => {
    packageOwnersOf(gh.state).set('acme-ml', { kind: 'Organization', packages: [{ name: 'models/churn', type: 'container' }, { name: 'models/fraud', type: 'container' }, { name: 'webapp', type: 'container' }] });
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url };
    expect(await ghcrModelNames('oci://ghcr.io/acme-ml/models', env, recordingLogger())).toEqual(['churn', 'fraud']);
    expect(await ghcrModelNames('oci://ghcr.io/acme-ml', env, recordingLogger())).toEqual(['webapp']);
    await expect(ghcrModelNames('oci://ghcr.io/acme-ml/models', {}, recordingLogger())).rejects.toThrow(/needs a GitHub token/);
  });
});
