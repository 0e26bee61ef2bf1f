import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderDirectoryCache } from '../../shared/runtime/folder-cache.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlci-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function makeDir(path: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(path, name, '..'), { recursive: true });
    writeFileSync(join(path, name), text);
  }
}

test('save then restore copies the whole tree, and a miss is false', async () => {
  const cache = new FolderDirectoryCache(join(root, 'cache'));
  makeDir(join(root, 'src'), { 'a.txt': 'A', 'sub/b.txt': 'B' });
  expect(await cache.restore('key-1', join(root, 'out'))).toBe(false);
  await cache.save('key-1', join(root, 'src'));
  expect(await cache.restore('key-1', join(root, 'out'))).toBe(true);
  expect(readFileSync(join(root, 'out/a.txt'), 'utf8')).toBe('A');
  expect(readFileSync(join(root, 'out/sub/b.txt'), 'utf8')).toBe('B');
});

test('entries are immutable: a second save under the same key keeps the first', async () => {
  const cache = new FolderDirectoryCache(join(root, 'cache'));
  makeDir(join(root, 'v1'), { 'f.txt': 'one' });
  makeDir(join(root, 'v2'), { 'f.txt': 'two' });
  await cache.save('k', join(root, 'v1'));
  await cache.save('k', join(root, 'v2'));
  await cache.restore('k', join(root, 'out'));
  expect(readFileSync(join(root, 'out/f.txt'), 'utf8')).toBe('one');
});

test('restore replaces what was in the target, and leaves no temporary folders', async () => {
  const cache = new FolderDirectoryCache(join(root, 'cache'));
  makeDir(join(root, 'src'), { 'new.txt': 'new' });
  makeDir(join(root, 'out'), { 'stale.txt': 'stale' });
  await cache.save('k', join(root, 'src'));
  await cache.restore('k', join(root, 'out'));
  expect(readdirSync(join(root, 'out'))).toEqual(['new.txt']);
  expect(readdirSync(root).sort()).toEqual(['cache', 'out', 'src']);
  expect(readdirSync(join(root, 'cache')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('keys with path characters stay inside the cache folder and do not collide', async () => {
  const cache = new FolderDirectoryCache(join(root, 'cache'));
  const a = cache.entryPath('../../etc/x');
  const b = cache.entryPath('.._.._etc_x');
  expect(a.startsWith(join(root, 'cache') + '/')).toBe(true);
  expect(a).not.toBe(b);
});
