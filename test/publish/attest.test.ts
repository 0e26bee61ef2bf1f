/** @jest-environment ./test/runtime/ort-environment.js */
// publish-model with attest: true, signed offline: @actions/attest gets its OIDC token from a
// loopback endpoint and its certificate and log entry from @sigstore/mock's Fulcio and Rekor (see
// sigstore-mock.ts), stores the bundles in the OpenAPI-validated fake GitHub, and the bundles are
// verified with sigstore's verifier against the mock's trusted root by `mlci registry verify`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runRegistryCommand } from '../../cli/registry.js';
import { evaluateGateStep } from '../../shared/evaluate/step.js';
import { silentLogger } from '../../shared/log.js';
import { publishModelStep } from '../../shared/publish/step.js';
import { openRegistry } from '../../shared/registry/index.js';
import { attestationsOf } from '../github/fake-github/routes-attestations.js';
import { faults, startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { REPO, repoState, TOKEN } from '../github/helpers.js';
import { tempDir } from '../registry/support.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { runStep } from './support.js';
import { GITHUB_ISSUER, startMockSigstore, WORKFLOW_IDENTITY, type MockSigstore } from './sigstore-mock.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const model = join(FIXTURES, 'models', 'breast_cancer_lr.onnx');
const modelSha = createHash('sha256').update(readFileSync(model)).digest('hex');

const run = runStep;

async function verify(args: string[]): Promise<{ code: number; text: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const code = await runRegistryCommand(['verify', ...args], out, {});
  return { code, text: Buffer.concat(chunks).toString('utf8') };
}

let gh: FakeGitHub;
let sigstore: MockSigstore;
let work: string;
let evaluated: string;
let runnerEnv: Record<string, string>;
const saved = { ...process.env };

beforeAll(async () => {
  work = tempDir('mlci-attest-');
  evaluated = join(work, 'eval');
  await run(evaluateGateStep, work, { model, data: join(FIXTURES, 'data', 'breast_cancer_test.csv'), target: 'target', policy: join(FIXTURES, 'gate', 'minimal.yml'), 'bootstrap-resamples': '0', 'output-dir': evaluated });
  gh = await startFakeGitHub({ token: TOKEN });
  sigstore = await startMockSigstore();
  writeFileSync(join(work, 'event.json'), JSON.stringify({ repository: { full_name: `${REPO.owner}/${REPO.repo}`, visibility: 'public' } }));
  writeFileSync(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  runnerEnv = { GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN, GITHUB_EVENT_PATH: join(work, 'event.json'), GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '9', ...sigstore.env };
  // @actions/attest (and @actions/github under it) read the runner's environment from process.env
  Object.assign(process.env, runnerEnv);
});

afterAll(async () => {
  process.env = saved;
  expect(gh.violations).toEqual([]);
  await sigstore.close();
  await gh.close();
});

test('the provenance and the verdict are signed, stored as GitHub attestations, kept in output-dir and attached to the version', async () => {
  const registry = join(work, 'registry');
  const out = join(work, 'out');
  const result = await run(publishModelStep, work, { model, name: 'cancer', registry, verdict: join(evaluated, 'verdict.json'), attest: 'true', 'output-dir': out }, runnerEnv);
  expect(result.outputs.status).toBe('published');
  expect(sigstore.calls).toMatchObject({ fulcio: 2, rekor: 2 });

  const stored = attestationsOf(repoState(gh));
  expect(stored).toHaveLength(2);
  for (const [i, name] of ['provenance', 'verdict'].entries()) {
    const bundle = JSON.parse(readFileSync(join(out, `${name}.sigstore.json`), 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(stored[i]!.bundle).toEqual(bundle);
    const signed = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    const written = JSON.parse(readFileSync(join(out, `${name}.intoto.json`), 'utf8'));
    // the signed statement is the one written to output-dir
    expect(signed).toEqual(written);
    expect(signed.subject[0].digest.sha256).toBe(modelSha);
  }
  const attachments = await openRegistry(registry, { env: {}, logger: silentLogger }).attachments('cancer', 'v1');
  const bundles = attachments.filter((a) => a.artifactType === 'application/vnd.dev.sigstore.bundle.v0.3+json');
  expect(bundles.map((b) => b.files[0]!.name).sort()).toEqual(['provenance.sigstore.json', 'verdict.sigstore.json']);
  const published = JSON.parse(readFileSync(join(out, 'publish.json'), 'utf8'));
  expect(published.attestations.map((a: { attestationId: number }) => a.attestationId)).toEqual(stored.map((s) => s.id));

  const verified = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'trusted_root.json'), '--json']);
  expect(verified.code).toBe(0);
  const report = JSON.parse(verified.text);
  expect(report.bundles).toHaveLength(2);
  for (const b of report.bundles) expect(b).toMatchObject({ signature: true, subjectMatches: true, signer: WORKFLOW_IDENTITY, issuer: GITHUB_ISSUER });
});

test('verify refuses a bundle signed about other bytes, and one whose statement was altered after signing', async () => {
  const registry = join(work, 'registry');
  const { signStatements } = await import('../../shared/github/attest.js');
  const [other] = await signStatements([{ file: 'other.intoto.json', statement: { subject: [{ name: 'x.onnx', digest: { sha256: 'b'.repeat(64) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} } }], { logger: silentLogger });
  writeFileSync(join(work, 'other.sigstore.json'), JSON.stringify(other!.bundle));
  const aboutOther = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'trusted_root.json'), '--bundle', join(work, 'other.sigstore.json')]).catch((e: Error) => e);
  expect(String(aboutOther)).toContain(`${join(work, 'other.sigstore.json')}: signed about sha256:${'b'.repeat(64)}, not this model.onnx (sha256:${modelSha})`);

  // the same bundle with its statement rewritten to name this model: the subject matches, the signature does not
  const bundle = other!.bundle as { dsseEnvelope: { payload: string } };
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
  statement.subject[0].digest.sha256 = modelSha;
  bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  writeFileSync(join(work, 'forged.sigstore.json'), JSON.stringify(bundle));
  const forged = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'trusted_root.json'), '--bundle', join(work, 'forged.sigstore.json')]).catch((e: Error) => e);
  expect(String(forged)).toMatch(new RegExp(`${join(work, 'forged.sigstore.json')}: signature not verified`));
  expect(String(forged)).not.toContain('not this model.onnx');

  // and a bundle from another Sigstore (a root that does not know the mock's keys) is not trusted
  const strangers = await startMockSigstore();
  writeFileSync(join(work, 'other_root.json'), JSON.stringify(strangers.trustedRoot));
  await strangers.close();
  const untrusted = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'other_root.json')]).catch((e: Error) => e);
  expect(String(untrusted)).toMatch(/provenance\.sigstore\.json: signature not verified/);
});

test('attest: true without an OIDC token fails before anything is published, naming the permissions; auto publishes unsigned', async () => {
  const registry = join(work, 'registry-no-oidc');
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...noOidc } = runnerEnv;
  const error = await run(publishModelStep, work, { model, name: 'cancer', registry, attest: 'true', 'output-dir': join(work, 'no-oidc') }, noOidc).catch((e: Error) => e);
  expect(error).toMatchObject({ name: 'UserError', where: "the job's permissions" });
  expect(String(error)).toMatch(/cannot get an OIDC token[\s\S]*id-token: write\s+attestations: write/);
  expect(await openRegistry(registry, { env: {}, logger: silentLogger }).names()).toEqual([]);

  const auto = await run(publishModelStep, work, { model, name: 'cancer', registry, attest: 'auto', 'output-dir': join(work, 'auto') }, noOidc);
  expect(auto.outputs.status).toBe('published');
  expect(auto.logs.join('\n')).toContain('attest: auto: this job has no OIDC token');
});

test('a token without attestations: write is told which permission to add', async () => {
  gh.inject(faults.missingPermission('repos/create-attestation'));
  const error = await run(publishModelStep, work, { model, name: 'cancer', registry: join(work, 'registry-403'), attest: 'true', 'output-dir': join(work, 'denied') }, runnerEnv).catch((e: Error) => e);
  expect(error).toMatchObject({ name: 'UserError' });
  expect(String(error)).toMatch(/GitHub refused to store the signed provenance\.intoto\.json as an attestation \(Failed to persist attestation: Resource not accessible by integration[\s\S]*Add "attestations: write"/);
});

test("a private repository signs with GitHub's Sigstore (Fulcio and a timestamp authority, no public log); verify needs that trusted root", async () => {
  const github = await import('@actions/github');
  const repository = github.context.payload.repository as { visibility?: string };
  const privateSigstore = await startMockSigstore('github');
  repository.visibility = 'private';
  try {
    const registry = join(work, 'registry-private');
    const out = join(work, 'private');
    await run(publishModelStep, work, { model, name: 'cancer', registry, attest: 'true', 'output-dir': out }, runnerEnv);
    expect(privateSigstore.calls).toMatchObject({ fulcio: 1, tsa: 1, rekor: 0 });
    const bundle = JSON.parse(readFileSync(join(out, 'provenance.sigstore.json'), 'utf8'));
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);

    writeFileSync(join(work, 'github_root.json'), JSON.stringify(privateSigstore.trustedRoot));
    const verified = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'github_root.json')]);
    expect(verified.code).toBe(0);
    expect(verified.text).toMatch(/ok {2}referrer sha256:[0-9a-f]{64} provenance\.sigstore\.json: signature verified \(https:\/\/github\.com\/acme-ml\/churn-model\/\.github\/workflows\/publish\.yml@refs\/tags\/v1\.2\.0, issuer https:\/\/token\.actions\.githubusercontent\.com\); signed subject = this model\.onnx/);
    // the public-good root (here: the other mock's) does not vouch for GitHub's instance
    await expect(verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'trusted_root.json')])).rejects.toThrow(/provenance\.sigstore\.json: signature not verified/);
  } finally {
    repository.visibility = 'public';
    await privateSigstore.close();
  }
});

describeWithTools('signed bundles on a real registry without a referrers API (docker-registry 2.8.2), read back by skopeo', [tools.dockerRegistry, tools.skopeo], () => {
  let server: RunningRegistry;
  beforeAll(async () => {
    server = await startDockerRegistry();
  });
  afterAll(async () => {
    await server.stop();
  });

  test('the bundles are referrers in the sha256-<hex> fallback index, and verify checks them from there', async () => {
    const registry = `oci://${server.host}/models`;
    const result = await run(publishModelStep, work, { model, name: 'cancer', registry, verdict: join(evaluated, 'verdict.json'), attest: 'true', 'output-dir': join(work, 'remote') }, runnerEnv);
    const index = spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${server.host}/models/cancer:sha256-${result.outputs.digest!.slice(7)}`], { encoding: 'utf8' });
    expect(index.status).toBe(0);
    const types = (JSON.parse(index.stdout).manifests as { artifactType: string }[]).map((m) => m.artifactType).sort();
    expect(types).toEqual(['application/vnd.dev.sigstore.bundle.v0.3+json', 'application/vnd.dev.sigstore.bundle.v0.3+json', 'application/vnd.in-toto+json']);
    const verified = await verify([`${registry}/cancer:v1`, '--trusted-root', join(work, 'trusted_root.json'), '--json']);
    expect(JSON.parse(verified.text).bundles.map((b: { signature: boolean; subjectMatches: boolean }) => [b.signature, b.subjectMatches])).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
