// A reproducible tar of single files (sorted names, mtime 0, uid/gid 0, mode 0644, no user names):
// the same file always gives the same layer digest, so republishing is a no-op. The tar is streamed
// on the fly (header, the file's bytes, padding, end blocks), never copied to disk.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { sha256FileFramedInBackground } from '../fs/digest-worker.js';
import { hashBehindWriter, hashInParallel, sha256Stream, type StreamHash } from '../fs/parallel-hash.js';
import { resolveInside } from '../fs/safe-path.js';
import { writeFully } from '../fs/write-fully.js';
import { corrupted } from './oci/digest.js';
import type { BlobSource, Descriptor, UnhashedBlob } from './oci/types.js';

const BLOCK = 512;
const END = Buffer.alloc(BLOCK * 2);

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}

function tarHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length > 100) throw new UserError(`The file name "${name}" is longer than 100 bytes.`, undefined, 'Use a shorter file name inside the model package.');
  const header = Buffer.alloc(BLOCK);
  nameBytes.copy(header, 0);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  if (size < 8 ** 11) writeOctal(header, 124, 12, size);
  else {
    // GNU base-256 for files of 8 GiB and more
    header[124] = 0x80;
    let rest = BigInt(size);
    for (let i = 135; i > 124; i--) {
      header[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  writeOctal(header, 136, 12, 0);
  header.fill(0x20, 148, 156);
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return header;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** A one-file tar whose layer digest is still being computed on another thread. */
export interface PendingTarBlob {
  blob(): Promise<BlobSource>;
  cancel(): void;
}

/**
 * Starts the digest of a one-file tar of `path` on another thread, while the caller hashes the file
 * itself on this one: the file's digest decides whether anything is published (unchanged bytes stop
 * there, and `cancel()`), the tar's names the layer. The upload reads the file once more. `size`:
 * the file's, when the caller has it already (a read of another size is refused).
 */
export async function startFileTarBlob(mediaType: string, entryName: string, path: string, size?: number): Promise<PendingTarBlob> {
  size ??= (await stat(path)).size;
  const header = tarHeader(entryName, size);
  const tail = Buffer.concat([padding(size), END]);
  const job = sha256FileFramedInBackground(path, header, tail);
  let blob: Promise<BlobSource> | undefined;
  return {
    cancel: job.cancel,
    blob() {
      blob ??= job.result.then(({ hex, size: read }) => {
        if (read !== size) throw new UserError(`The model ${path} changed size while it was being published (${size} → ${read} bytes).`, 'input model', 'Publish it again once nothing writes to it.');
        return tarBlob(mediaType, path, header, size, tail, `sha256:${hex}`);
      });
      return blob;
    },
  };
}

/** the size of the one-file tar of a file of `size` bytes */
export function fileTarSize(size: number): number {
  return BLOCK + size + padding(size).length + END.length;
}

/**
 * A one-file tar whose digest is already known: the layer of a version holding the same model bytes
 * (the tar is reproducible, so equal bytes give an equal layer; a registry checks it on upload).
 */
export async function knownFileTarBlob(mediaType: string, entryName: string, path: string, digest: string, size?: number): Promise<BlobSource> {
  size ??= (await stat(path)).size;
  return tarBlob(mediaType, path, tarHeader(entryName, size), size, Buffer.concat([padding(size), END]), digest);
}

/** A one-file tar streamed for upload, whose two digests (the layer's, the file's) come from that same read. */
export interface HashingFileTar extends UnhashedBlob {
  /** the sha256 of the file's own bytes, once the stream has ended */
  fileDigest(): string | undefined;
}

/**
 * The one-file tar of `path`, hashed as it is read: the layer digest and the file's digest come from
 * the very bytes that were sent, so an upload needs no pass of its own over a large model, and a
 * file that changes meanwhile cannot get an annotation that disagrees with its layer. `size`: the
 * file's, when the caller has it already.
 */
export async function hashingFileTar(mediaType: string, entryName: string, path: string, size?: number): Promise<HashingFileTar> {
  size ??= (await stat(path)).size;
  const header = tarHeader(entryName, size);
  const tail = Buffer.concat([padding(size), END]);
  let done: { layer: string; file: string } | undefined;
  let failure: unknown;
  return {
    mediaType,
    size: header.length + size + tail.length,
    async *open() {
      // the layer's hash (bit 0) and the file's (bit 1) on the other core; the file is read straight
      // into the hashing ring's slots, and the same slot is what the consumer sends (no copy)
      const hashes = hashInParallel(2);
      let read = 0;
      const handle = await open(path, 'r');
      try {
        await hashes.update(header, 1);
        yield header;
        while (read < size) {
          // lent to the consumer until it asks for the next chunk: the slot after next may reuse it
          const slot = await hashes.borrow();
          const { bytesRead } = await handle.read(slot, 0, Math.min(slot.length, size - read), read);
          if (bytesRead === 0) break;
          hashes.submit(slot, bytesRead, 3);
          read += bytesRead;
          yield slot.subarray(0, bytesRead);
        }
        if (read !== size) throw new UserError(`The model ${path} changed size while it was being published (${size} → ${read} bytes).`, 'input model', 'Publish it again once nothing writes to it.');
        await hashes.update(tail, 1);
        const [layer, file] = await hashes.digests();
        done = { layer: `sha256:${layer}`, file: `sha256:${file}` };
      } catch (err) {
        failure = err;
        throw err;
      } finally {
        await handle.close().catch(() => {});
        // also when the consumer stops early (a dropped connection ends the iteration)
        if (!done) hashes.cancel();
      }
      yield tail;
    },
    digest() {
      if (failure) throw failure;
      return done?.layer;
    },
    fileDigest() {
      if (failure) throw failure;
      return done?.file;
    },
  };
}

/** A one-file tar as a blob, hashed here: one read of the file (the upload is a second). */
export async function fileTarBlob(mediaType: string, entryName: string, path: string): Promise<BlobSource> {
  return (await startFileTarBlob(mediaType, entryName, path)).blob();
}

function tarBlob(mediaType: string, path: string, header: Buffer, size: number, tail: Buffer, digest: string): BlobSource {
  return {
    mediaType,
    digest,
    size: header.length + size + tail.length,
    async *open(offset = 0) {
      if (offset < header.length) yield header.subarray(offset);
      const fileStart = Math.max(0, offset - header.length);
      if (fileStart < size) yield* createReadStream(path, { start: fileStart, end: size - 1, highWaterMark: 1 << 22 }) as AsyncIterable<Buffer>;
      const tailStart = Math.max(0, offset - header.length - size);
      if (tailStart < tail.length) yield tail.subarray(tailStart);
    },
  };
}

/** A one-file tar of bytes in memory (the model card, metrics.json …). */
export function bytesTar(entryName: string, bytes: Uint8Array): Buffer {
  return Buffer.concat([tarHeader(entryName, bytes.byteLength), bytes, padding(bytes.byteLength), END]);
}

function readOctal(header: Buffer, offset: number, length: number): number {
  if (header[offset]! & 0x80) {
    let value = 0n;
    for (let i = offset + 1; i < offset + length; i++) value = (value << 8n) | BigInt(header[i]!);
    return Number(value);
  }
  const text = header.toString('ascii', offset, offset + length).replace(/\0.*$/s, '').trim();
  return text ? parseInt(text, 8) : 0;
}

function entryName(header: Buffer): string {
  const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
  const prefix = header.toString('utf8', 345, 500).replace(/\0.*$/s, '');
  return prefix ? `${prefix}/${name}` : name;
}

/**
 * Extracts regular files from a tar stream into `dir`, in one pass (the caller hashes the same
 * chunks). Links, devices and names that climb out of `dir` are refused. Returns the names written.
 */
export async function extractTar(chunks: AsyncIterable<Uint8Array>, dir: string, where: string): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  // a header may straddle chunks, and chunks are lent: its 512 bytes are copied here, and only they
  const header = Buffer.alloc(BLOCK);
  let filled = 0;
  // a large file is hashed and written on the other core (this thread only receives); a small one here
  let file: { name: string; handle: Awaited<ReturnType<typeof open>>; remaining: number; sink: StreamHash } | undefined;
  let skip = 0;
  let ended = false;
  let paxPath: string | undefined;
  let collectPax: { remaining: number; parts: Buffer[] } | undefined;
  const bad = (what: string) => new UserError(`The layer archive ${what}.`, where, 'Publish the model again with mlci; the layer is not one it wrote.');

  try {
    for await (const raw of chunks) {
      let chunk: Buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      while (chunk.length > 0) {
        if (file) {
          const take = Math.min(file.remaining, chunk.length);
          const wait = file.sink.update(chunk.subarray(0, take));
          if (wait) await wait;
          file.remaining -= take;
          chunk = chunk.subarray(take);
          if (file.remaining === 0) {
            const digest = await file.sink.digest().catch(writeFailed(file.name, dir));
            await file.handle.close();
            written.set(file.name, `sha256:${digest}`);
            file = undefined;
          }
          continue;
        }
        if (collectPax) {
          const take = Math.min(collectPax.remaining, chunk.length);
          // chunks are lent (valid until the next is read): what is kept is copied
          collectPax.parts.push(Buffer.from(chunk.subarray(0, take)));
          collectPax.remaining -= take;
          chunk = chunk.subarray(take);
          if (collectPax.remaining === 0) {
            const m = /\d+ path=([^\n]*)\n/.exec(Buffer.concat(collectPax.parts).toString('utf8'));
            paxPath = m?.[1];
            collectPax = undefined;
          }
          continue;
        }
        if (skip > 0) {
          const take = Math.min(skip, chunk.length);
          skip -= take;
          chunk = chunk.subarray(take);
          continue;
        }
        if (ended) {
          chunk = chunk.subarray(chunk.length);
          continue;
        }
        const take = Math.min(BLOCK - filled, chunk.length);
        chunk.copy(header, filled, 0, take);
        filled += take;
        chunk = chunk.subarray(take);
        if (filled < BLOCK) continue;
        filled = 0;
        if (header.every((b) => b === 0)) {
          ended = true;
          continue;
        }
        const size = readOctal(header, 124, 12);
        const type = String.fromCharCode(header[156]!);
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === 'x') {
          collectPax = { remaining: size, parts: [] };
          skip = pad;
        } else if (type === 'g' || type === '5') {
          skip = size + pad;
        } else if (type === '0' || type === '\0') {
          const name = paxPath ?? entryName(header);
          paxPath = undefined;
          const target = resolveInside(dir, name, 'archive entry');
          await mkdir(dirname(target), { recursive: true });
          const handle = await open(target, 'w');
          if (size === 0) {
            await handle.close();
            written.set(name, `sha256:${createHash('sha256').digest('hex')}`);
          } else file = { name, handle, remaining: size, sink: sha256Stream(size, handle.fd) };
          skip = pad;
        } else {
          throw bad(`holds "${entryName(header)}" of tar type "${type}", not a regular file`);
        }
      }
    }
  } finally {
    if (file) {
      file.sink.cancel();
      await file.handle.close().catch(() => {});
    }
  }
  // a stream cut inside a header or a file's padding is as short as one cut inside its bytes
  if (file || collectPax || filled > 0 || skip > 0) throw bad('ends in the middle of an entry');
  return written;
}

export interface FileTarExpectation {
  /** the layer as the manifest describes it */
  layer: Descriptor;
  /** the one file's name inside the tar */
  entryName: string;
  /** the digest of that file the manifest names (`sha256:…`) */
  fileDigest: string;
}

/**
 * Extracts the one-file tar mlci publishes (the weight layer) from the blob's UNCHECKED bytes, with
 * one hash where the general path needs two: when the header is byte for byte the one this module
 * writes for that name and size, and the layer's size is that tar's, every byte is still checked —
 * the header and the padding and end blocks by comparison with the reproducible tar, the file's bytes
 * by the file digest the manifest names (which a pull checks anyway) — so the layer digest, a hash of
 * those same bytes, adds no check and is not computed. That halves a large pull's hashing, which is
 * most of its CPU. The hash and the file's writes run on the other core. Any other layout goes to
 * `fallback` with the same bytes (the layer digest is checked there).
 */
export async function extractFileTar(
  raw: AsyncIterable<Uint8Array>,
  dir: string,
  expected: FileTarExpectation,
  where: string,
  fallback: (chunks: AsyncIterable<Uint8Array>) => Promise<Map<string, string>>,
): Promise<Map<string, string>> {
  const { layer, entryName: name, fileDigest } = expected;
  const iterator = raw[Symbol.asyncIterator]();
  let finished = false;
  const next = async (): Promise<Buffer | undefined> => {
    const r = await iterator.next();
    if (r.done) {
      finished = true;
      return undefined;
    }
    return Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
  };
  try {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < BLOCK) {
      const chunk = await next();
      if (!chunk) break;
      // pieces are lent (valid until the next is asked for): one that is not the whole header is copied
      parts.push(got === 0 && chunk.length >= BLOCK ? chunk : Buffer.from(chunk));
      got += chunk.length;
    }
    const first = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const size = first.length >= BLOCK ? readOctal(first, 124, 12) : NaN;
    const framed = Number.isSafeInteger(size) && size >= 0 && fileTarSize(size) === layer.size && first.subarray(0, BLOCK).equals(tarHeader(name, size));
    if (!framed) {
      return await fallback(
        (async function* () {
          if (first.length > 0) yield first;
          for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
        })(),
      );
    }
    const target = resolveInside(dir, name, 'archive entry');
    await mkdir(dirname(target), { recursive: true });
    const handle = await open(target, 'w');
    // this thread receives and writes, as curl does; the other core reads the file back and hashes it
    const hash = hashBehindWriter(target);
    const tail = Buffer.concat([padding(size), END]);
    const fileEnd = BLOCK + size;
    let offset = BLOCK;
    let told = 0;
    let hashed = false;
    try {
      for (let chunk: Buffer | undefined = first.subarray(BLOCK); chunk; chunk = await next()) {
        if (offset < fileEnd) {
          const take = Math.min(fileEnd - offset, chunk.length);
          writeAll(handle.fd, chunk.subarray(0, take), offset - BLOCK, name, dir);
          offset += take;
          chunk = chunk.subarray(take);
          if (offset - BLOCK - told >= HASH_STEP || offset === fileEnd) hash.written((told = offset - BLOCK));
        }
        if (chunk.length === 0) continue;
        const at = offset - fileEnd;
        if (at + chunk.length > tail.length) throw corrupted(layer, where, `more than the ${layer.size} bytes its descriptor names`);
        if (!chunk.equals(tail.subarray(at, at + chunk.length))) throw corrupted(layer, where, 'padding or end blocks that differ from the tar mlci writes');
        offset += chunk.length;
      }
      if (offset !== layer.size) throw corrupted(layer, where, `${offset} bytes instead of ${layer.size}`);
      hashed = true;
      const digest = `sha256:${await hash.digest(size)}`;
      if (digest !== fileDigest) throw corrupted(layer, where, `a ${name} whose digest is ${digest}, not the ${fileDigest} its manifest names`);
      return new Map([[name, digest]]);
    } finally {
      if (!hashed) hash.cancel();
      await handle.close().catch(() => {});
    }
  } finally {
    // a refusal or a failure part-way: the download is stopped, not read to its end
    if (!finished) await iterator.return?.().catch(() => {});
  }
}

/** the hashing thread hears how far the file is written every this many bytes */
const HASH_STEP = 4 << 20;

/**
 * Writes a piece at `position` before returning: the piece is lent (the socket reads into the same
 * memory next), and a write to the page cache takes less time than the copy that would keep it.
 */
function writeAll(fd: number, piece: Buffer, position: number, name: string, dir: string): void {
  try {
    writeFully(fd, piece, position);
  } catch (err) {
    writeFailed(name, dir)(err as NodeJS.ErrnoException);
  }
}

function writeFailed(name: string, dir: string): (err: NodeJS.ErrnoException) => never {
  return (err) => {
    throw new UserError(`Writing ${name} failed (${err.code ?? err.message}).`, dir, 'Free disk space where the model is pulled to, and pull again.');
  };
}
