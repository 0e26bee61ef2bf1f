// Hashes on another thread agree with node:crypto on this one, whatever the chunking: small socket-
// sized pieces gathered into slots, pieces larger than a slot, two hashes fed different parts, and
// more data than the ring holds (the caller waits, nothing is lost).
import { createHash, randomBytes } from 'node:crypto';
import { hashInParallel, sha256Stream } from '../../shared/fs/parallel-hash.js';

const hex = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

test('two hashes over a framed stream match sha256 of their parts, across 40 MiB in mixed chunk sizes', async () => {
  const head = randomBytes(512);
  const body = randomBytes(40 * 1024 * 1024 + 13);
  const tail = randomBytes(1536);
  const hashes = hashInParallel(2);
  await hashes.update(head, 1);
  const sizes = [65_536, 3 * 1024 * 1024 + 5, 1, 16_384, 1 << 20];
  for (let offset = 0, i = 0; offset < body.length; i++) {
    const piece = body.subarray(offset, offset + sizes[i % sizes.length]!);
    await hashes.update(piece, 3);
    offset += piece.length;
  }
  await hashes.update(tail, 1);
  expect(await hashes.digests()).toEqual([hex(head, body, tail), hex(body)]);
});

test('sha256Stream gives the same digest below and above the size where it moves to a worker', async () => {
  for (const size of [0, 100_000, 9 * 1024 * 1024]) {
    const bytes = randomBytes(size);
    const hash = sha256Stream(size);
    for (let offset = 0; offset < size; offset += 70_000) await hash.update(bytes.subarray(offset, offset + 70_000));
    expect(await hash.digest()).toBe(hex(bytes));
  }
});
