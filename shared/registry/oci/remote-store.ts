// An OCI store on a distribution-spec registry (GHCR, Docker Hub, Harbor, the CNCF registry).
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { digestOf, verified } from './digest.js';
import { blobBodyOf } from './blob-download.js';
import { RegistryHttp, registryErrorText, type RetryPolicy } from './http.js';
import { parseRemoteLocation } from './remote-location.js';
import { MEDIA_TYPE_INDEX, MEDIA_TYPE_MANIFEST, type BlobProgress, type BlobSource, type Descriptor, type OciStore, type PushOutcome, type StoredManifest, type UnhashedBlob } from './types.js';
import { BlobUploader, uploadTuningFor, type UploadTuning } from './upload.js';

/** the size registries must accept (distribution-spec); larger manifests are refused before sending */
export const MANIFEST_LIMIT = 4 * 1024 * 1024;

/** a blob download is dropped after this long without a byte either way */
const BLOB_IDLE_MS = 60 * 60_000;
/** waits before asking again when a manifest's blob was not visible yet (MANIFEST_BLOB_UNKNOWN) */
const BLOB_SETTLE_WAITS_MS = [100, 300, 900];

/** why a manifest PUT is sent again: a 400 MANIFEST_BLOB_UNKNOWN (RetryWhen) */
async function blobNotVisibleYet(response: Response, what: string): Promise<string | undefined> {
  if (response.status !== 400) return undefined;
  const text = await registryErrorText(response.clone());
  return /\bMANIFEST_BLOB_UNKNOWN\b/.test(text) ? `${what}: a blob it names was not visible yet (${text})` : undefined;
}

const MANIFEST_ACCEPT = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX, 'application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.docker.distribution.manifest.list.v2+json'].join(', ');

export interface RemoteStoreOptions {
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  fetch?: typeof fetch;
  retry?: RetryPolicy;
  upload?: Partial<UploadTuning>;
  timeoutMs?: number;
}

export class RemoteStore implements OciStore {
  readonly location: string;
  readonly host: string;
  private readonly path: string;
  private readonly http: RegistryHttp;
  private readonly uploader: BlobUploader;
  /** blobs seen in repositories of this registry, to mount rather than upload again */
  private readonly seen = new Map<string, string>();
  /** sizes of the blobs in `seen`: a blob of one of these sizes may be mountable, so it is hashed first */
  private readonly seenSizes = new Set<number>();

  constructor(location: string, options: RemoteStoreOptions) {
    const parsed = parseRemoteLocation(location);
    this.location = location.replace(/\/+$/, '');
    this.host = parsed.host;
    this.path = parsed.path;
    this.http = new RegistryHttp({ host: parsed.host, base: parsed.base, env: options.env, logger: options.logger, fetch: options.fetch ?? fetch, retry: options.retry, timeoutMs: options.timeoutMs });
    this.uploader = new BlobUploader(this.http, uploadTuningFor(parsed.host, options.upload));
  }

  repository(name: string): string {
    return this.path ? `${this.path}/${name}` : name;
  }

  private pull(name: string): string {
    return `repository:${this.repository(name)}:pull`;
  }

  private push(name: string): string {
    return `repository:${this.repository(name)}:pull,push`;
  }

  private async fail(response: Response, what: string, scope: string): Promise<never> {
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const text = await registryErrorText(response);
    if (response.status === 413 || /MANIFEST_INVALID|SIZE_INVALID/.test(text) && /large|size/i.test(text)) {
      throw new UserError(`The registry ${this.host} refused ${what} as too large (HTTP ${response.status}: ${text}).`, this.location, 'Keep the model card, metrics and statistics smaller (the manifest holds only their digests, but annotations travel in it).');
    }
    if (response.status === 429) throw new UserError(`The registry ${this.host} kept rate-limiting ${what} (HTTP 429) after every retry.`, this.location, 'Wait and run the command again; republishing skips what is already there.');
    throw new UserError(`The registry ${this.host} answered ${what} with HTTP ${response.status}: ${text}.`, this.location, response.status >= 500 ? 'The registry failed; run the command again later.' : 'Check the reference and the registry.');
  }

  async listNames(): Promise<string[]> {
    const names: string[] = [];
    let url: string | undefined = '/v2/_catalog?n=1000';
    const prefix = this.path ? `${this.path}/` : '';
    for (let page = 0; url && page < 100; page++) {
      const response = await this.http.request({ method: 'GET', url, scope: 'registry:catalog:*' });
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel().catch(() => {});
        throw new UserError(`The registry ${this.host} does not list its repositories to this login (HTTP ${response.status}).`, this.location, 'Name the model: mlci registry versions NAME (GHCR lists packages on github.com instead).');
      }
      if (!response.ok) await this.fail(response, 'the repository list', 'registry:catalog:*');
      const body = (await response.json()) as { repositories?: string[] };
      for (const repo of body.repositories ?? []) if (repo.startsWith(prefix) && !repo.slice(prefix.length).includes('/')) names.push(repo.slice(prefix.length));
      url = nextLink(response.headers.get('link'));
    }
    return names.sort();
  }

  async listTags(name: string): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = `/v2/${this.repository(name)}/tags/list?n=1000`;
    for (let page = 0; url && page < 100; page++) {
      const response = await this.http.request({ method: 'GET', url, scope: this.pull(name) });
      if (response.status === 404) {
        await response.body?.cancel().catch(() => {});
        return [];
      }
      if (!response.ok) await this.fail(response, `the tags of ${this.repository(name)}`, this.pull(name));
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      url = nextLink(response.headers.get('link'));
    }
    return tags;
  }

  async hasBlob(name: string, digest: string): Promise<boolean> {
    const present = await this.uploader.exists(this.repository(name), digest);
    if (present) this.seen.set(digest, this.repository(name));
    return present;
  }

  async pushBlob(name: string, blob: BlobSource, progress?: BlobProgress): Promise<PushOutcome> {
    const repository = this.repository(name);
    const elsewhere = this.seen.get(blob.digest);
    const outcome = await this.uploader.push(repository, blob, elsewhere && elsewhere !== repository ? elsewhere : undefined, progress);
    this.saw(blob.digest, blob.size, repository);
    return outcome;
  }

  async pushUnhashed(name: string, blob: UnhashedBlob, progress?: BlobProgress): Promise<string | undefined> {
    if (this.seenSizes.has(blob.size)) return undefined;
    const digest = await this.uploader.pushUnhashed(this.repository(name), blob, progress);
    if (digest) this.saw(digest, blob.size, this.repository(name));
    return digest;
  }

  private saw(digest: string, size: number | undefined, repository: string): void {
    this.seen.set(digest, repository);
    if (size !== undefined) this.seenSizes.add(size);
  }

  readBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array> {
    return verified(this.openBlob(name, descriptor), descriptor, `${this.location}/${name}@${descriptor.digest}`);
  }

  async *openBlob(name: string, descriptor: Descriptor): AsyncIterable<Uint8Array> {
    const response = await this.http.request({ method: 'GET', url: `/v2/${this.repository(name)}/blobs/${descriptor.digest}`, scope: this.pull(name), timeoutMs: BLOB_IDLE_MS, download: true });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => {});
      throw new UserError(`The blob ${descriptor.digest} is missing from ${this.repository(name)} on ${this.host}.`, this.location, 'Publish the model again to restore it.');
    }
    const body = blobBodyOf(response);
    if (!response.ok || !body) await this.fail(response, `the blob ${descriptor.digest}`, this.pull(name));
    this.saw(descriptor.digest, descriptor.size, this.repository(name));
    let received = 0;
    try {
      for await (const piece of body!.pieces) {
        received += piece.length;
        yield piece;
      }
    } catch (err) {
      const cause = err as NodeJS.ErrnoException;
      throw new UserError(
        `The download of the blob ${descriptor.digest} from ${this.host} broke off after ${received} of ${descriptor.size} bytes (${cause.code ? `${cause.code}: ` : ''}${cause.message}).`,
        this.location,
        'Run the same command again: a pull writes nothing where the model goes until every byte is received and verified.',
      );
    }
  }

  async getManifest(name: string, reference: string): Promise<StoredManifest | undefined> {
    const response = await this.http.request({ method: 'GET', url: `/v2/${this.repository(name)}/manifests/${reference}`, scope: this.pull(name), headers: { accept: MANIFEST_ACCEPT } });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => {});
      return undefined;
    }
    if (!response.ok) await this.fail(response, `the manifest ${this.repository(name)}:${reference}`, this.pull(name));
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MANIFEST_LIMIT) throw new UserError(`The manifest ${this.repository(name)}:${reference} is ${length} bytes, over the ${MANIFEST_LIMIT}-byte limit.`, this.location, 'This is not a manifest mlci wrote.');
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = digestOf(bytes);
    const claimed = response.headers.get('docker-content-digest');
    if ((reference.startsWith('sha256:') && digest !== reference) || (claimed && claimed.startsWith('sha256:') && claimed !== digest)) {
      throw new UserError(`The manifest ${this.repository(name)}:${reference} from ${this.host} does not match its digest (${digest}); it is refused.`, this.location, 'Something between you and the registry altered it; try again, or another network.');
    }
    return { bytes, digest, mediaType: response.headers.get('content-type')?.split(';')[0] ?? MEDIA_TYPE_MANIFEST };
  }

  /** GHCR has no referrers API, and the fallback tags would clutter its package page */
  get attachesReferrers(): boolean {
    return this.host !== 'ghcr.io';
  }

  async referrers(name: string, digest: string): Promise<Descriptor[] | undefined> {
    const response = await this.http.request({ method: 'GET', url: `/v2/${this.repository(name)}/referrers/${digest}`, scope: this.pull(name), headers: { accept: MEDIA_TYPE_INDEX } });
    // 404 (or a registry that does not route the path): no API, the tag fallback serves
    if (response.status === 404 || response.status === 400 || response.status === 405) {
      await response.body?.cancel().catch(() => {});
      return undefined;
    }
    if (!response.ok) await this.fail(response, `the referrers of ${digest}`, this.pull(name));
    const index = (await response.json()) as { manifests?: Descriptor[] };
    return index.manifests ?? [];
  }

  async putManifest(name: string, tag: string, manifest: StoredManifest): Promise<{ subjectAccepted: boolean }> {
    const what = `the manifest ${this.repository(name)}:${tag}`;
    if (manifest.bytes.byteLength > MANIFEST_LIMIT) {
      throw new UserError(`${what} is ${manifest.bytes.byteLength} bytes, over the ${MANIFEST_LIMIT}-byte limit registries must accept.`, this.location, 'Shorten the description and other annotations; the documents themselves travel as layers.');
    }
    // Every blob a manifest names was pushed (or found) just before. docker-registry can still
    // answer MANIFEST_BLOB_UNKNOWN for a moment while another writer commits a blob of the same
    // digest (two alias writers share the config blob): asked again, it finds it.
    const response = await this.http.request({
      method: 'PUT',
      url: `/v2/${this.repository(name)}/manifests/${tag}`,
      scope: this.push(name),
      headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.byteLength) },
      body: () => manifest.bytes,
      retryWhen: { waitsMs: BLOB_SETTLE_WAITS_MS, reason: (answer) => blobNotVisibleYet(answer, what) },
    });
    if (response.status !== 201) await this.fail(response, what, this.push(name));
    await response.body?.cancel().catch(() => {});
    const digest = response.headers.get('docker-content-digest');
    if (digest && digest !== manifest.digest) {
      throw new UserError(`The registry ${this.host} stored ${what} under the digest ${digest}, not ${manifest.digest}: it rewrote the manifest.`, this.location, 'Use a registry that keeps OCI manifests as sent.');
    }
    return { subjectAccepted: response.headers.has('oci-subject') };
  }

  /** a registry cannot be locked: callers read back after writing */
  exclusive<T>(_name: string, body: () => Promise<T>): Promise<T> {
    return body();
  }
}

function nextLink(header: string | null): string | undefined {
  const m = /<([^>]+)>;\s*rel="next"/.exec(header ?? '');
  return m?.[1];
}
