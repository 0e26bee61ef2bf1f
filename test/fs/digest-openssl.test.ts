// A large data file's sha256 by the system's openssl (shared/fs/digest-openssl.ts) is node:crypto's,
// for an awkward file name too; without openssl, or when it fails, the background digest falls back
// to the worker thread and still gives the same digest.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sha256FileInBackground } from '../../shared/fs/digest.js';
import { sha256FileByOpenssl } from '../../shared/fs/digest-openssl.js';
import { describeWithTools, tools } from '../support/system-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-digest-openssl-'));
// over the size from which the background digest asks openssl
const bytes = randomBytes(33 * 1024 * 1024 + 7);
const path = join(dir, '-a file, "quoted".csv');
writeFileSync(path, bytes);
const expected = createHash('sha256').update(bytes).digest('hex');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithTools('sha256 by the system openssl', [tools.openssl], () => {
  test('is node:crypto sha256, for a relative path whose name starts with a dash', async () => {
    expect(await sha256FileByOpenssl(relative(process.cwd(), path)).result).toBe(expected);
    expect(await sha256FileInBackground(path).digest).toBe(expected);
  });

  test('a missing file gives undefined, not an error', async () => {
    expect(await sha256FileByOpenssl(join(dir, 'missing.csv')).result).toBeUndefined();
  });
});

test('without openssl on the PATH the background digest falls back to a worker thread, with the same digest', async () => {
  const before = process.env.PATH;
  process.env.PATH = dir; // nothing to run there
  try {
    expect(await sha256FileByOpenssl(path).result).toBeUndefined();
    expect(await sha256FileInBackground(path).digest).toBe(expected);
  } finally {
    process.env.PATH = before;
  }
});
