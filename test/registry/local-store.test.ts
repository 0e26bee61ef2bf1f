import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { UserError } from '../../shared/errors.js';
import { parseModelReference } from '../../shared/registry/index.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { MODELS, localRegistry, modelCopy, tempDir } from './support.js';

const sha256 = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
const docs = { 'metrics.json': Buffer.from('{"metrics":{"accuracy":0.95}}\n'), 'verdict.json': Buffer.from('{"passed":true}\n') };

function blobPath(root: string, name: string, digest: string) {
  return join(root, name, 'blobs', 'sha256', digest.slice('sha256:'.length));
}

function manifestOf(root: string, name: string, digest: string) {
  return JSON.parse(readFileSync(blobPath(root, name, digest), 'utf8'));
}

test('a published version is an OCI image layout holding a ModelPack manifest whose config validates against the model-spec schema', async () => {
  const root = tempDir();
  const registry = localRegistry(root);
  const model = modelCopy('breast_cancer_lr.onnx');
  const published = await registry.publish({ name: 'demo', modelFile: model, docs, about: { licenses: ['MIT'], source: 'https://github.com/acme/ml', revision: 'abc123' }, created: '2026-12-05T07:00:00Z' });
  expect(published).toMatchObject({ name: 'demo', version: 'v1', status: 'published', modelDigest: sha256(model) });
  expect(published.reference).toBe(`${root}/demo@${published.manifestDigest}`);

  expect(JSON.parse(readFileSync(join(root, 'demo', 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
  const index = JSON.parse(readFileSync(join(root, 'demo', 'index.json'), 'utf8'));
  expect(index.manifests).toContainEqual(expect.objectContaining({ digest: published.manifestDigest, annotations: { 'org.opencontainers.image.ref.name': 'v1' } }));

  const manifest = manifestOf(root, 'demo', published.manifestDigest);
  expect(manifest.artifactType).toBe('application/vnd.cncf.model.manifest.v1+json');
  expect(manifest.config.mediaType).toBe('application/vnd.cncf.model.config.v1+json');
  expect(manifest.layers.map((l: { mediaType: string; annotations: Record<string, string> }) => [l.mediaType, l.annotations['org.cncf.model.filepath']])).toEqual([
    ['application/vnd.cncf.model.weight.v1.tar', 'model.onnx'],
    ['application/vnd.cncf.model.doc.v1.tar', 'metrics.json'],
    ['application/vnd.cncf.model.doc.v1.tar', 'verdict.json'],
  ]);
  expect(manifest.annotations).toMatchObject({
    'org.opencontainers.image.version': 'v1',
    'org.opencontainers.image.created': '2026-12-05T07:00:00Z',
    'org.opencontainers.image.source': 'https://github.com/acme/ml',
    'org.opencontainers.image.revision': 'abc123',
    'org.opencontainers.image.licenses': 'MIT',
  });

  const config = manifestOf(root, 'demo', manifest.config.digest);
  const schema = JSON.parse(readFileSync(join(MODELS, '..', 'modelpack', 'config-schema.json'), 'utf8'));
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(config) ? [] : validate.errors).toEqual([]);
  expect(config.config.format).toBe('onnx');
  expect(config.modelfs.diffIds).toEqual(manifest.layers.map((l: { digest: string }) => l.digest));
  // the schema is strict: a stray field is caught, so the check above has teeth
  expect(validate({ ...config, config: { ...config.config, framework: 'onnx' } })).toBe(false);
});

// Python's standard library only: no sklearn needed, but /usr/bin/python3 itself may be missing

describeWithTools('Python\'s tarfile reads the weight layer', [tools.python3], () => {
  test('the weight layer is a reproducible tar that Python\'s tarfile reads: fixed mtime, uid, gid, mode', async () => {
    const root = tempDir();
    const registry = localRegistry(root);
    const model = modelCopy('iris_lr.onnx');
    const first = await registry.publish({ name: 'iris', modelFile: model });
    const again = localRegistry(tempDir());
    const second = await again.publish({ name: 'iris', modelFile: modelCopy('iris_lr.onnx'), created: '2030-01-01T00:00:00Z' });
    const weightOf = (r: string, digest: string) => manifestOf(r, 'iris', digest).layers[0].digest;
    expect(weightOf(again.location, second.manifestDigest)).toBe(weightOf(root, first.manifestDigest));

    const tar = blobPath(root, 'iris', weightOf(root, first.manifestDigest));
    const script = 'import sys,tarfile,json\nt=tarfile.open(sys.argv[1])\nprint(json.dumps([[m.name,m.mtime,m.uid,m.gid,m.mode,m.size,m.type.decode()] for m in t.getmembers()]))';
    const out = spawnSync('/usr/bin/python3', ['-c', script, tar], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual([['model.onnx', 0, 0, 0, 0o644, readFileSync(model).length, '0']]);
  });
});

test('pull verifies every blob and writes the model and its documents', async () => {
  const registry = localRegistry();
  const model = modelCopy('breast_cancer_lr.onnx');
  await registry.publish({ name: 'demo', modelFile: model, docs });
  const out = tempDir('mlci-pull-');
  const pulled = await registry.pull(parseModelReference('demo:v1', registry.location), out);
  expect(readFileSync(pulled.modelFile)).toEqual(readFileSync(model));
  expect(sha256(pulled.modelFile)).toBe(pulled.modelDigest);
  expect(Object.keys(pulled.files).sort()).toEqual(['metrics.json', 'verdict.json']);
  expect(readFileSync(pulled.files['metrics.json']!, 'utf8')).toBe(docs['metrics.json'].toString());
  expect(readdirSync(out).sort()).toEqual(['metrics.json', 'model.onnx', 'verdict.json']);
});

test.each([
  ['a fixture model', () => modelCopy('breast_cancer_lr.onnx')],
  // large enough that the layer and the file are hashed on another thread
  ['a 9 MiB model', () => {
    const path = join(tempDir('mlci-model-'), 'model.onnx');
    writeFileSync(path, randomBytes(9 * 1024 * 1024));
    return path;
  }],
])('a corrupted blob is refused on pull, and nothing is left in the output folder (%s)', async (_what, model) => {
  const root = tempDir();
  const registry = localRegistry(root);
  const published = await registry.publish({ name: 'demo', modelFile: model() });
  const weight = manifestOf(root, 'demo', published.manifestDigest).layers[0].digest;
  const path = blobPath(root, 'demo', weight);
  const bytes = readFileSync(path);
  bytes[512 + 100] ^= 0xff; // a byte of model.onnx, past the tar header
  writeFileSync(path, bytes);
  const out = tempDir('mlci-pull-');
  await expect(registry.pull({ store: root, name: 'demo', alias: undefined, version: 'v1' }, out)).rejects.toThrow(/is corrupted or was altered, and was refused/);
  expect(readdirSync(out)).toEqual([]);
  // a blob grown by a byte is refused as well
  writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from([0])]));
  await expect(registry.pull({ store: root, name: 'demo', version: 'v1' }, out)).rejects.toThrow(UserError);
});

test('an altered manifest is refused', async () => {
  const root = tempDir();
  const registry = localRegistry(root);
  const published = await registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') });
  appendFileSync(blobPath(root, 'demo', published.manifestDigest), ' ');
  await expect(registry.resolve({ store: root, name: 'demo', version: 'v1' })).rejects.toThrow(/does not match its digest/);
});

test('republishing the same bytes is a no-op that says so; other bytes under a taken version are refused', async () => {
  const root = tempDir();
  const registry = localRegistry(root);
  const first = await registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr.onnx'), docs });
  const indexBefore = readFileSync(join(root, 'demo', 'index.json'), 'utf8');
  const blobsBefore = readdirSync(join(root, 'demo', 'blobs', 'sha256')).sort();
  const again = await registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr.onnx'), docs });
  expect(again).toMatchObject({ status: 'unchanged', version: 'v1', manifestDigest: first.manifestDigest, blobsUploaded: 0 });
  expect(readFileSync(join(root, 'demo', 'index.json'), 'utf8')).toBe(indexBefore);
  expect(readdirSync(join(root, 'demo', 'blobs', 'sha256')).sort()).toEqual(blobsBefore);
  await expect(registry.publish({ name: 'demo', version: 'v1', modelFile: modelCopy('breast_cancer_lr.onnx') })).resolves.toMatchObject({ status: 'unchanged' });

  await expect(registry.publish({ name: 'demo', version: 'v1', modelFile: modelCopy('breast_cancer_lr_weak.onnx') })).rejects.toThrow(/already exists with different model bytes.*immutable/);
  const second = await registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr_weak.onnx') });
  expect(second.version).toBe('v2');
  const third = await registry.publish({ name: 'demo', version: '2.0.0', modelFile: modelCopy('iris_lr.onnx') });
  expect(third.version).toBe('2.0.0');
  expect((await registry.versions('demo')).map((v) => v.version)).toEqual(['2.0.0', 'v1', 'v2']);
});

test('invalid names, versions and aliases are refused before anything is written', async () => {
  const root = tempDir();
  const registry = localRegistry(root);
  const model = modelCopy('iris_lr.onnx');
  await expect(registry.publish({ name: 'Bad Name', modelFile: model })).rejects.toThrow(/not a valid model name/);
  await expect(registry.publish({ name: 'demo', version: 'latest', modelFile: model })).rejects.toThrow(/not a valid version/);
  await expect(registry.publish({ name: 'demo', modelFile: model, aliases: ['latest'] })).rejects.toThrow(/reserved/);
  await expect(registry.publish({ name: 'demo', modelFile: model, aliases: ['v7'] })).rejects.toThrow(/reserved/);
  expect(existsSync(join(root, 'demo'))).toBe(false);
  await registry.publish({ name: 'demo', modelFile: model });
  await expect(registry.moveAlias('demo', 'champion', 'v9', {})).rejects.toThrow(/has no version v9/);
  await expect(registry.resolve({ store: root, name: 'demo', alias: 'champion' })).rejects.toThrow(/alias "champion" of demo is not set/);
});

test('aliases move, keep an append-only history with who and why, and roll back to the previous target', async () => {
  const registry = localRegistry();
  const fixtures = ['iris_lr.onnx', 'breast_cancer_lr.onnx', 'breast_cancer_lr_weak.onnx'];
  for (const f of fixtures) await registry.publish({ name: 'demo', modelFile: modelCopy(f) });
  const who = { actor: 'octocat', runUrl: 'https://github.com/acme/ml/actions/runs/1' };
  await registry.moveAlias('demo', 'champion', 'v1', { ...who, reason: 'first' });
  await registry.moveAlias('demo', 'champion', 'v2', who);
  const third = await registry.moveAlias('demo', 'champion', 'v3', { ...who, reason: 'better auc' });
  expect(third).toMatchObject({ name: 'demo', alias: 'champion', from: 'v2', to: 'v3', actor: 'octocat', reason: 'better auc' });
  expect(await registry.aliases('demo')).toEqual({ champion: 'v3' });
  expect((await registry.resolve({ store: registry.location, name: 'demo', alias: 'champion' })).version).toBe('v3');

  const back = await registry.rollbackAlias('demo', 'champion', { actor: 'oncall', reason: 'latency' });
  expect(back).toMatchObject({ from: 'v3', to: 'v2', actor: 'oncall', reason: 'latency' });
  expect((await registry.rollbackAlias('demo', 'champion', {})).to).toBe('v1');
  await expect(registry.rollbackAlias('demo', 'champion', {})).rejects.toThrow(/no earlier version to roll back to/);

  const history = await registry.aliasHistory('demo', 'champion');
  expect(history.map((m) => [m.from, m.to])).toEqual([[null, 'v1'], ['v1', 'v2'], ['v2', 'v3'], ['v3', 'v2'], ['v2', 'v1']]);
  expect(history.every((m) => !Number.isNaN(Date.parse(m.at)))).toBe(true);
  expect(history[0]).toMatchObject({ actor: 'octocat', runUrl: who.runUrl, reason: 'first' });
  // the same move again records nothing
  await registry.moveAlias('demo', 'champion', 'v1', {});
  expect(await registry.aliasHistory('demo')).toHaveLength(5);
  // a fresh opener of the same folder sees the same history
  expect(await localRegistry(registry.location).aliasHistory('demo')).toEqual(history);
  const versions = await registry.versions('demo');
  expect(versions.map((v) => [v.version, v.aliases])).toEqual([['v1', ['champion']], ['v2', []], ['v3', []]]);
});

test('concurrent promotions from two openers all land in the history, none lost', async () => {
  const root = tempDir();
  const a = localRegistry(root);
  const b = localRegistry(root);
  for (const f of ['iris_lr.onnx', 'breast_cancer_lr.onnx']) await a.publish({ name: 'demo', modelFile: modelCopy(f) });
  const moves = await Promise.all(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).moveAlias('demo', `alias-${i}`, i % 3 ? 'v1' : 'v2', { reason: `move ${i}` })),
  );
  expect(moves).toHaveLength(12);
  const history = await a.aliasHistory('demo');
  expect(history.map((m) => m.reason).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `move ${i}`).sort());
  expect(Object.keys(await b.aliases('demo'))).toHaveLength(12);
});

describeWithTools('skopeo reads the local store', [tools.skopeo], () => {
  test('skopeo inspect --raw oci:DIR:TAG gives the manifest we wrote, for a version and for an alias', async () => {
    const root = tempDir();
    const registry = localRegistry(root);
    const published = await registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr.onnx'), docs, aliases: ['champion'] });
    for (const tag of ['v1', 'champion']) {
      const out = spawnSync('skopeo', ['inspect', '--raw', `oci:${join(root, 'demo')}:${tag}`], { encoding: 'utf8' });
      expect(out.stderr).toBe('');
      expect(`sha256:${createHash('sha256').update(out.stdout).digest('hex')}`).toBe(published.manifestDigest);
      expect(JSON.parse(out.stdout).artifactType).toBe('application/vnd.cncf.model.manifest.v1+json');
    }
    const config = spawnSync('skopeo', ['inspect', '--config', '--raw', `oci:${join(root, 'demo')}:v1`], { encoding: 'utf8' });
    expect(JSON.parse(config.stdout).config).toEqual({ format: 'onnx' });
  });
});
