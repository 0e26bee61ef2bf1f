// The OCI content model (image-spec descriptors and manifests) and the store interface that both the
// local image-layout folder and the distribution-spec client implement. Nothing here knows models.

export const MEDIA_TYPE_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const MEDIA_TYPE_INDEX = 'application/vnd.oci.image.index.v1+json';
export const MEDIA_TYPE_EMPTY = 'application/vnd.oci.empty.v1+json';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPE_MANIFEST;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** A manifest as stored: its exact bytes (the digest is over them) and its media type. */
export interface StoredManifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
}

/**
 * Bytes to upload, known by digest and size before they are read: a file, a tar built on the fly,
 * a JSON document. `open(offset)` streams from `offset`, so an interrupted upload can resume.
 */
export interface BlobSource {
  mediaType: string;
  digest: string;
  size: number;
  open(offset?: number): AsyncIterable<Uint8Array>;
}

/**
 * Bytes whose digest is known only once they have been read: uploaded and hashed in the same pass.
 * `digest()` answers after `open()`'s stream has ended (undefined before); a stream that failed on
 * its own side (the file changed, a read error) rethrows that error from `digest()`. Its chunks are
 * lent, not given: a consumer is done with one (sent, written) before it asks for the next, whose
 * memory may be the same.
 */
export interface UnhashedBlob {
  mediaType: string;
  size: number;
  open(): AsyncIterable<Uint8Array>;
  digest(): string | undefined;
}

export type PushOutcome = 'uploaded' | 'present' | 'mounted';

export interface BlobProgress {
  (sent: number, total: number): void;
}

/**
 * One OCI store. `name` is the model's name; the store maps it onto its repository (a folder of
 * its own in the local layout, PATH/NAME on a registry).
 */
export interface OciStore {
  readonly location: string;
  /** names that hold at least one manifest */
  listNames(): Promise<string[]>;
  listTags(name: string): Promise<string[]>;
  hasBlob(name: string, digest: string): Promise<boolean>;
  pushBlob(name: string, blob: BlobSource, progress?: BlobProgress): Promise<PushOutcome>;
  /**
   * Uploads a blob while hashing it, in one pass; its digest, or undefined when it was not done that
   * way (the store prefers to know the digest first, or the single pass failed on the way): the
   * caller then hashes the bytes and uses pushBlob, which checks for them first and can resume.
   */
  pushUnhashed(name: string, blob: UnhashedBlob, progress?: BlobProgress): Promise<string | undefined>;
  /**
   * streams a blob; the iteration throws at the end when the bytes do not match the descriptor.
   * Chunks are LENT: each is valid until the next is asked for (a registry's socket reads into the
   * same memory again); copy what must be kept.
   */
  readBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array>;
  /**
   * streams a blob's bytes as stored, UNCHECKED: only for a caller that verifies every byte itself
   * (extractFileTar, against the file digest the manifest names); everything else uses readBlob.
   * Chunks are lent, as readBlob's.
   */
  openBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array>;
  /** a tag or a digest; undefined when absent */
  getManifest(name: string, reference: string): Promise<StoredManifest | undefined>;
  /**
   * stores a manifest under a tag, or untagged when `reference` is its own digest; `subjectAccepted`
   * is true when a registry answered with OCI-Subject (it indexes referrers itself)
   */
  putManifest(name: string, reference: string, manifest: StoredManifest): Promise<{ subjectAccepted: boolean }>;
  /** the referrers API's answer, or undefined when the store has none (use the tag fallback) */
  referrers(name: string, digest: string): Promise<Descriptor[] | undefined>;
  /** registries that should get no referrers at all (GHCR: no API, and fallback tags clutter its UI) */
  readonly attachesReferrers: boolean;
  /**
   * Runs `body` with the repository locked against other writers of this store, where the store can
   * (the local folder). Registries cannot lock; callers read back after writing instead.
   */
  exclusive<T>(name: string, body: () => Promise<T>): Promise<T>;
}
