import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeOutputManifest, verifyOutputManifest } from '../../shared/fs/output-manifest.js';
import { writeFileAtomic } from '../../shared/fs/atomic.js';
import { resolveInside } from '../../shared/fs/safe-path.js';
import { UserError } from '../../shared/errors.js';

function outputDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-manifest-'));
  writeFileSync(join(dir, 'metrics.json'), '{"metrics":{"accuracy":0.97}}');
  mkdirSync(join(dir, 'plots'));
  writeFileSync(join(dir, 'plots', 'roc.csv'), 'fpr,tpr\n0,0\n1,1\n');
  return dir;
}

test('the manifest lists every file with the sha256 of its bytes', async () => {
  const dir = outputDir();
  const manifest = await writeOutputManifest(dir, 'evaluate-gate');
  expect(manifest.files.map((f) => f.path)).toEqual(['metrics.json', 'plots/roc.csv']);
  const expected = createHash('sha256').update('fpr,tpr\n0,0\n1,1\n').digest('hex');
  expect(manifest.files[1]).toEqual({ path: 'plots/roc.csv', sha256: expected, bytes: 16 });
  await expect(verifyOutputManifest(dir)).resolves.toMatchObject({ step: 'evaluate-gate' });
});

test('a file altered after the manifest was written is caught by name', async () => {
  const dir = outputDir();
  await writeOutputManifest(dir, 'evaluate-gate');
  appendFileSync(join(dir, 'plots', 'roc.csv'), '0.5,0.9\n');
  await expect(verifyOutputManifest(dir)).rejects.toThrow(/plots\/roc\.csv does not match its sha256/);
  rmSync(join(dir, 'metrics.json'));
  await expect(verifyOutputManifest(dir)).rejects.toThrow(/metrics\.json is listed in the manifest but missing/);
});

test('a manifest entry that climbs out of the directory is refused', async () => {
  const dir = outputDir();
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ schema: 'mlci/manifest@1', step: 'x', createdAt: '', files: [{ path: '../../etc/passwd', sha256: 'a', bytes: 1 }] }));
  await expect(verifyOutputManifest(dir)).rejects.toThrow(/points outside/);
});

test('resolveInside accepts nested names and refuses traversal and absolute paths', () => {
  const base = mkdtempSync(join(tmpdir(), 'mlci-safe-'));
  expect(resolveInside(base, 'a/b.txt')).toBe(join(base, 'a', 'b.txt'));
  for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a\0b']) {
    expect(() => resolveInside(base, bad)).toThrow(UserError);
  }
});

test('an atomic write leaves no temporary file behind and replaces the content whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-atomic-'));
  const path = join(dir, 'report.md');
  await writeFileAtomic(path, 'first');
  await writeFileAtomic(path, 'second');
  expect(readdirSync(dir)).toEqual(['report.md']);
  expect(readFileSync(path, 'utf8')).toBe('second');
});
