import { AsyncLocalStorage } from 'node:async_hooks';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { writeFileAtomic, writeJsonAtomic } from '../../fs/atomic.js';
import { digestOf, hexOf, verified } from './digest.js';
import { withFolderLock } from './folder-lock.js';
import { MEDIA_TYPE_INDEX, type BlobProgress, type BlobSource, type Descriptor, type OciStore, type PushOutcome, type StoredManifest, type UnhashedBlob } from './types.js';

const heldLocks = new AsyncLocalStorage<Set<string>>();
const REF_NAME = 'org.opencontainers.image.ref.name';
const LAYOUT = { imageLayoutVersion: '1.0.0' };

interface ImageIndex {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPE_INDEX;
  manifests: Descriptor[];
}

/**
 * A folder of OCI image layouts, one per model name (`ROOT/NAME/{oci-layout,index.json,blobs/sha256}`),
 * so `skopeo inspect oci:ROOT/NAME:v1` reads a version and `oci:ROOT/NAME:champion` an alias.
 * Blobs are written to a temporary file, verified, then renamed: a crash leaves no torn blob.
 */
export class LayoutStore implements OciStore {
  readonly location: string;
  private readonly root: string;

  constructor(location: string) {
    this.location = location;
    this.root = resolve(location);
  }

  private dir(name: string): string {
    return join(this.root, name);
  }

  private blobPath(name: string, digest: string): string {
    return join(this.dir(name), 'blobs', 'sha256', hexOf(digest));
  }

  async listNames(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const names: string[] = [];
    for (const e of entries) {
      if (e.isDirectory() && (await stat(join(this.root, e.name, 'index.json')).then(() => true, () => false))) names.push(e.name);
    }
    return names.sort();
  }

  private async readIndex(name: string): Promise<ImageIndex> {
    const path = join(this.dir(name), 'index.json');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return { schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: [] };
    }
    try {
      const index = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(index.manifests)) throw new Error('no manifests');
      return index;
    } catch {
      throw new UserError(`The OCI index ${path} is not valid JSON with a "manifests" list.`, path, 'Restore the registry folder from a copy, or publish into a new folder.');
    }
  }

  async listTags(name: string): Promise<string[]> {
    const index = await this.readIndex(name);
    return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t): t is string => !!t);
  }

  async hasBlob(name: string, digest: string): Promise<boolean> {
    return stat(this.blobPath(name, digest)).then((s) => s.isFile(), () => false);
  }

  async pushBlob(name: string, blob: BlobSource, progress?: BlobProgress): Promise<PushOutcome> {
    const target = this.blobPath(name, blob.digest);
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isFile() && existing.size === blob.size) return 'present';
    await this.writeBlob(name, blob.open(0), blob.size, progress, (digest, sent) => {
      if (digest !== blob.digest || sent !== blob.size) throw new Error(`blob source for ${blob.digest} produced ${sent} bytes with digest ${digest}`);
      return target;
    });
    return 'uploaded';
  }

  /** written and hashed in one pass, then renamed to its digest (a blob already there is kept) */
  async pushUnhashed(name: string, blob: UnhashedBlob, progress?: BlobProgress): Promise<string> {
    let written = '';
    await this.writeBlob(name, blob.open(), blob.size, progress, (digest, sent) => {
      if (sent !== blob.size || digest !== blob.digest()) throw new Error(`blob source produced ${sent} of ${blob.size} bytes, digest ${digest}`);
      written = digest;
      return this.blobPath(name, digest);
    });
    return written;
  }

  /** the chunks into a temporary file beside the blobs, hashed; `place` names the final path or throws */
  private async writeBlob(name: string, chunks: AsyncIterable<Uint8Array>, size: number, progress: BlobProgress | undefined, place: (digest: string, sent: number) => string): Promise<void> {
    await this.ensureLayout(name);
    const temp = join(this.dir(name), 'blobs', 'sha256', `.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'w');
    try {
      const hash = createHash('sha256');
      let sent = 0;
      for await (const chunk of chunks) {
        hash.update(chunk);
        await handle.write(chunk);
        sent += chunk.byteLength;
        progress?.(sent, size);
      }
      await handle.close();
      await rename(temp, place(`sha256:${hash.digest('hex')}`, sent));
    } catch (err) {
      await handle.close().catch(() => {});
      await rm(temp, { force: true });
      throw err;
    }
  }

  readBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array> {
    return verified(this.openBlob(name, descriptor), descriptor, this.blobPath(name, descriptor.digest));
  }

  async *openBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array> {
    const path = this.blobPath(name, descriptor.digest);
    if (!(await stat(path).then(() => true, () => false))) {
      throw new UserError(`The blob ${descriptor.digest} is missing from ${this.dir(name)}.`, path, 'Publish the model again to restore it; the registry folder was altered.');
    }
    yield* createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  }

  async getManifest(name: string, reference: string): Promise<StoredManifest | undefined> {
    const index = await this.readIndex(name);
    const entry = reference.startsWith('sha256:')
      ? index.manifests.find((m) => m.digest === reference)
      : index.manifests.find((m) => m.annotations?.[REF_NAME] === reference);
    const digest = entry?.digest ?? (reference.startsWith('sha256:') && (await this.hasBlob(name, reference)) ? reference : undefined);
    if (!digest) return undefined;
    const path = this.blobPath(name, digest);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) throw new UserError(`The manifest ${digest} (${reference}) is missing from ${this.dir(name)}.`, path, 'Publish the model again; the registry folder was altered.');
    if (digestOf(bytes) !== digest) {
      throw new UserError(`The manifest ${digest} (${reference}) in ${this.dir(name)} does not match its digest: it was altered and is refused.`, path, 'Publish the model again, or restore the registry folder from a copy.');
    }
    return { bytes, digest, mediaType: entry?.mediaType ?? JSON.parse(bytes.toString('utf8')).mediaType };
  }

  readonly attachesReferrers = true;

  /** an image layout has no referrers API: the `sha256-<hex>` tag fallback serves */
  async referrers(): Promise<Descriptor[] | undefined> {
    return undefined;
  }

  async putManifest(name: string, tag: string, manifest: StoredManifest): Promise<{ subjectAccepted: boolean }> {
    await this.ensureLayout(name);
    const path = this.blobPath(name, manifest.digest);
    if (!(await this.hasBlob(name, manifest.digest))) await writeFileAtomic(path, manifest.bytes);
    const parsed = JSON.parse(manifest.bytes.toString('utf8')) as { artifactType?: string };
    await this.exclusive(name, async () => {
      const index = await this.readIndex(name);
      const entry: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
      if (parsed.artifactType) entry.artifactType = parsed.artifactType;
      if (tag === manifest.digest) {
        // untagged (a referrer): listed so that the layout keeps it, once
        if (!index.manifests.some((m) => m.digest === manifest.digest && !m.annotations?.[REF_NAME])) index.manifests.push(entry);
      } else {
        entry.annotations = { [REF_NAME]: tag };
        index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag).concat(entry);
      }
      await writeJsonAtomic(join(this.dir(name), 'index.json'), index);
    });
    return { subjectAccepted: false };
  }

  async exclusive<T>(name: string, body: () => Promise<T>): Promise<T> {
    // re-entrant within one async call chain (putManifest inside a caller's exclusive section), while
    // two concurrent calls in the same process still wait for each other
    const held = heldLocks.getStore();
    const key = join(this.root, name);
    if (held?.has(key)) return body();
    await mkdir(this.dir(name), { recursive: true });
    return withFolderLock(join(this.dir(name), '.lock'), () => heldLocks.run(new Set([...(held ?? []), key]), body));
  }

  private async ensureLayout(name: string): Promise<void> {
    const dir = this.dir(name);
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const layout = join(dir, 'oci-layout');
    if (!(await stat(layout).then(() => true, () => false))) await writeJsonAtomic(layout, LAYOUT);
  }
}
