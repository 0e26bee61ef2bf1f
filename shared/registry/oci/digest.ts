import { UserError } from '../../errors.js';
import { sha256Bytes } from '../../fs/digest.js';
import { sha256Stream } from '../../fs/parallel-hash.js';
import type { BlobSource, Descriptor, StoredManifest } from './types.js';

export function digestOf(bytes: Uint8Array | string): string {
  return `sha256:${sha256Bytes(bytes)}`;
}

export function hexOf(digest: string): string {
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new UserError(`"${digest}" is not a sha256 digest.`, undefined, 'Only sha256 digests are supported.');
  return digest.slice('sha256:'.length);
}

export function bytesBlob(mediaType: string, bytes: Uint8Array): BlobSource & { bytes: Uint8Array } {
  return {
    mediaType,
    bytes,
    digest: digestOf(bytes),
    size: bytes.byteLength,
    async *open(offset = 0) {
      if (offset < bytes.byteLength) yield bytes.subarray(offset);
    },
  };
}

export function descriptorOf(blob: BlobSource, annotations?: Record<string, string>): Descriptor {
  const d: Descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
  if (annotations && Object.keys(annotations).length > 0) d.annotations = annotations;
  return d;
}

export function storedManifest(value: unknown, mediaType: string): StoredManifest {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, digest: digestOf(bytes), mediaType };
}

/**
 * Passes chunks through while hashing them; after the last one, throws when the count or the digest
 * differs from the descriptor. Every read of a blob goes through this, wherever the bytes come from.
 */
export async function* verified(chunks: AsyncIterable<Uint8Array>, descriptor: Descriptor, where: string): AsyncIterable<Uint8Array> {
  // a large layer is hashed on the other core, beside the download and the writes
  const hash = sha256Stream(descriptor.size);
  let size = 0;
  let checked = false;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > descriptor.size) throw corrupted(descriptor, where, `more than the ${descriptor.size} bytes its descriptor names`);
      await hash.update(chunk);
      yield chunk;
    }
    if (size !== descriptor.size) throw corrupted(descriptor, where, `${size} bytes instead of ${descriptor.size}`);
    checked = true;
    const actual = `sha256:${await hash.digest()}`;
    if (actual !== descriptor.digest) throw corrupted(descriptor, where, `bytes whose digest is ${actual}`);
  } finally {
    if (!checked) hash.cancel();
  }
}

/** a blob whose bytes are not what its descriptor names */
export function corrupted(descriptor: Descriptor, where: string, what: string): UserError {
  return new UserError(
    `The blob ${descriptor.digest} has ${what}: it is corrupted or was altered, and was refused.`,
    where,
    'Publish the model again (the store keeps what it verified), or restore the store from a copy; never edit blobs by hand.',
  );
}
