// Hashes on another thread agree with node:crypto on this one, whatever the chunking: small socket-
// sized pieces gathered into slots, pieces larger than a slot, two hashes fed different parts, and
// more data than the ring holds (the caller waits, nothing is lost); slots filled in place; the
// bytes written to a file on the way; a file hashed behind its writer.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashBehindWriter, hashInParallel, sha256Stream } from '../../shared/fs/parallel-hash.js';
import { writeFullyWith } from '../../shared/fs/write-fully.js';

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

test('slots borrowed and filled in place hash in order with copied chunks, and a slot is reused only once hashed', async () => {
  const body = randomBytes(40 * 1024 * 1024 + 3);
  const head = randomBytes(512);
  const hashes = hashInParallel(2);
  await hashes.update(head, 1);
  const seen = new Set<number>();
  for (let offset = 0; offset < body.length; ) {
    const slot = await hashes.borrow();
    seen.add(slot.byteOffset);
    const n = body.copy(slot, 0, offset, offset + slot.length);
    hashes.submit(slot, n, 3);
    offset += n;
  }
  expect(await hashes.digests()).toEqual([hex(head, body), hex(body)]);
  // 41 slots' worth of bytes went through a ring of 16: slots came back and were lent again
  expect(seen.size).toBeLessThanOrEqual(16);
});

test('sha256Stream with a file descriptor writes every byte there too, below and above the worker size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hash-'));
  for (const size of [100_000, 9 * 1024 * 1024 + 1]) {
    const bytes = randomBytes(size);
    const path = join(dir, `out-${size}`);
    const fd = openSync(path, 'w');
    const hash = sha256Stream(size, fd);
    for (let offset = 0; offset < size; offset += 70_000) await hash.update(bytes.subarray(offset, offset + 70_000));
    expect(await hash.digest()).toBe(hex(bytes));
    closeSync(fd);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  }
});

test("the worker's write loop (write-fully.ts's, run from its source text there too) goes on after short writes", () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hash-'));
  const path = join(dir, 'short-writes');
  const bytes = randomBytes(100_000);
  const fd = openSync(path, 'w');
  let calls = 0;
  try {
    // a disk that takes at most 4,096 bytes a call, as a nearly full one may
    const shortWrite = ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => {
      calls++;
      return writeSync(fd, buffer, offset, Math.min(length, 4096), position);
    }) as typeof writeSync;
    // the worker runs the function from its text, with nothing of this module around it
    const asWorkerRunsIt = new Function(`return (${writeFullyWith.toString()});`)() as typeof writeFullyWith;
    asWorkerRunsIt(shortWrite, fd, bytes.subarray(0, 50_000), 10);
    writeFullyWith(shortWrite, fd, bytes.subarray(50_000), 50_010);
  } finally {
    closeSync(fd);
  }
  expect(calls).toBe(2 * Math.ceil(50_000 / 4096));
  expect(readFileSync(path).subarray(10).equals(bytes)).toBe(true);
});

test('a file hashed behind its writer: the digest of what reached the disk, after the last write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hash-'));
  const path = join(dir, 'written');
  const bytes = randomBytes(12 * 1024 * 1024 + 5);
  const fd = openSync(path, 'w');
  const hash = hashBehindWriter(path);
  for (let offset = 0; offset < bytes.length; offset += 3 * 1024 * 1024) {
    writeSync(fd, bytes, offset, Math.min(3 * 1024 * 1024, bytes.length - offset), offset);
    hash.written(Math.min(offset + 3 * 1024 * 1024, bytes.length));
  }
  closeSync(fd);
  expect(await hash.digest(bytes.length)).toBe(hex(bytes));
  // a digest asked past what the file holds fails, never answers a shorter file's digest
  const short = hashBehindWriter(path);
  await expect(short.digest(bytes.length + 1)).rejects.toThrow(/shorter than was written/);
});
