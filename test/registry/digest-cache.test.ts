// The stat-keyed digest cache: republishing an unchanged model answers from it, and any change to
// the file (new bytes, same bytes rewritten, mtime put back) makes it read the file again.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { FileDigestCache, statKey } from '../../shared/fs/digest-cache.js';
import { openRegistry } from '../../shared/registry/index.js';
import { MODELS, modelCopy, tempDir } from './support.js';

const sha256 = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

function setup() {
  const cacheRoot = tempDir('mlci-cache-');
  const registry = openRegistry(tempDir(), { env: { MLCI_CACHE_DIR: cacheRoot }, logger: silentLogger });
  return { registry, cache: new FileDigestCache(join(cacheRoot, 'digests')), cacheRoot };
}

test('a publish remembers the model digest under the file\'s stat key; the cache answers "unchanged", never what is uploaded', async () => {
  const { registry, cache, cacheRoot } = setup();
  const dir = tempDir('mlci-model-');
  const x = join(dir, 'x.onnx');
  const y = join(dir, 'y.onnx');
  writeFileSync(x, randomBytes(70_000));
  writeFileSync(y, randomBytes(70_000));
  const first = await registry.publish({ name: 'demo', modelFile: x });
  expect(await cache.lookup(x)).toEqual({ key: await statKey(x), digest: sha256(x) });
  expect(readdirSync(join(cacheRoot, 'digests'))).toHaveLength(1);

  // an entry under y's exact key is believed without reading y (entries are only written from a full
  // read under an unchanged key): here one planted by hand says y holds v1's bytes
  const entryOf = (path: string) => join(cacheRoot, 'digests', `${createHash('sha256').update(path).digest('hex')}.json`);
  writeFileSync(entryOf(y), JSON.stringify({ key: await statKey(y), digest: first.modelDigest }));
  await expect(registry.publish({ name: 'demo', modelFile: y })).resolves.toMatchObject({ status: 'unchanged', version: 'v1', blobsUploaded: 0 });

  // a cached digest that does not end the publish is not used for it: y is read and published as itself
  writeFileSync(entryOf(y), JSON.stringify({ key: await statKey(y), digest: `sha256:${'0'.repeat(64)}` }));
  const second = await registry.publish({ name: 'demo', modelFile: y });
  expect(second).toMatchObject({ status: 'published', version: 'v2', modelDigest: sha256(y) });
  expect(await cache.lookup(y)).toEqual({ key: await statKey(y), digest: sha256(y) });
});

test('new bytes, the same bytes rewritten, or the old mtime put back: the cache misses and the file is read', async () => {
  const { registry, cache } = setup();
  const model = modelCopy('breast_cancer_lr.onnx');
  await registry.publish({ name: 'demo', modelFile: model });
  const before = statSync(model);

  writeFileSync(model, readFileSync(model));
  expect((await cache.lookup(model)).digest).toBeUndefined();
  await expect(registry.publish({ name: 'demo', modelFile: model })).resolves.toMatchObject({ status: 'unchanged', version: 'v1' });
  expect((await cache.lookup(model)).digest).toBe(sha256(model));

  writeFileSync(model, readFileSync(join(MODELS, 'breast_cancer_lr_weak.onnx')));
  utimesSync(model, before.atime, before.mtime);
  expect((await cache.lookup(model)).digest).toBeUndefined();
  const changed = await registry.publish({ name: 'demo', modelFile: model });
  expect(changed).toMatchObject({ status: 'published', version: 'v2', modelDigest: sha256(model) });
});
