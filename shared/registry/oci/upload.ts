// Pushing one blob: HEAD first (present: nothing sent), a cross-repository mount when the blob is
// known in another repository of the registry, then a monolithic PUT for small blobs or PATCHes
// with Content-Range for large ones, resuming from the registry's Range after a dropped request.
import { UserError } from '../../errors.js';
import type { RegistryHttp } from './http.js';
import { registryErrorText } from './http.js';
import type { BlobProgress, BlobSource, PushOutcome, UnhashedBlob } from './types.js';

export interface UploadTuning {
  /**
   * at most this size: one streamed PUT, as `curl -T` sends it (the fastest a registry takes a blob);
   * above, or once such a PUT has dropped: PATCH chunks, which resume where the registry stopped
   */
  monolithicMax: number;
  chunkSize: number;
  /** how many times a chunk may fail without progress before the upload gives up */
  resumeAttempts: number;
}

export const DEFAULT_UPLOAD: UploadTuning = { monolithicMax: Number.MAX_SAFE_INTEGER, chunkSize: 256 * 1024 * 1024, resumeAttempts: 4 };

/**
 * GHCR refuses a PATCH with Content-Range whose body is over 4 MiB (HTTP 416 "the request body is
 * too large and exceeds the maximum permissible limit of 4.00MiB"; GitHub does not document it,
 * clients found it: oras-project/rust-oci-client#37, ocx-sh/ocx#237). Its one-pass PATCH without
 * Content-Range and its monolithic PUT take a whole layer, as docker push does.
 */
export const GHCR_CHUNK_BYTES = 4 * 1024 * 1024;

/** the tuning for a registry host: chunked uploads fit GHCR's per-request cap there */
export function uploadTuningFor(host: string, given: Partial<UploadTuning> = {}): UploadTuning {
  return { ...DEFAULT_UPLOAD, ...(host === 'ghcr.io' ? { chunkSize: GHCR_CHUNK_BYTES } : {}), ...given };
}

/** at most `limit` bytes of `source`, counted, so a PATCH body matches its Content-Length */
async function* take(source: AsyncIterable<Uint8Array>, limit: number, progress?: (n: number) => void): AsyncIterable<Uint8Array> {
  let left = limit;
  for await (const chunk of source) {
    if (left <= 0) break;
    const piece = chunk.byteLength > left ? chunk.subarray(0, left) : chunk;
    left -= piece.byteLength;
    progress?.(piece.byteLength);
    yield piece;
    if (left <= 0) break;
  }
}

function withDigest(location: string, digest: string, http: RegistryHttp): string {
  const url = new URL(location, http.base);
  url.searchParams.set('digest', digest);
  return url.toString();
}

export class BlobUploader {
  constructor(
    private readonly http: RegistryHttp,
    private readonly tuning: UploadTuning = DEFAULT_UPLOAD,
  ) {}

  async exists(repository: string, digest: string): Promise<boolean> {
    const scope = `repository:${repository}:pull`;
    const response = await this.http.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scope });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    throw new UserError(`The registry ${this.http.host} answered HEAD of blob ${digest} with HTTP ${response.status}.`, this.http.base, 'Run the command again later; if it persists, check the registry.');
  }

  async push(repository: string, blob: BlobSource, mountFrom: string | undefined, progress?: BlobProgress): Promise<PushOutcome> {
    if (await this.exists(repository, blob.digest)) return 'present';
    const scope = mountFrom ? `repository:${repository}:pull,push repository:${mountFrom}:pull` : `repository:${repository}:pull,push`;
    let whole = blob.size <= this.tuning.monolithicMax;
    for (let restart = 0; ; restart++) {
      let location = await this.start(repository, mountFrom ? { digest: blob.digest, from: mountFrom } : undefined, scope);
      if (location === 'mounted') return 'mounted';
      mountFrom = undefined;
      try {
        if (whole) await this.putWhole(location, blob, scope, progress);
        else {
          location = await this.patchChunks(location, blob, scope, progress);
          await this.finish(location, blob, scope);
        }
        return 'uploaded';
      } catch (err) {
        if (err instanceof SessionLost && restart < this.tuning.resumeAttempts) {
          // a PUT that dropped (or was too large for the registry) starts over, so the next try
          // goes in chunks: from then on a dropped connection loses at most a chunk
          if (whole && blob.size > this.tuning.chunkSize) whole = false;
          continue;
        }
        throw err instanceof SessionLost ? err.error : err;
      }
    }
  }

  /**
   * One pass over a blob whose digest is not known yet: one streamed PATCH without Content-Range (as
   * docker and podman send a layer; GHCR caps ranged chunks at 4 MiB, not this), hashed as it goes,
   * then the PUT that closes the session names the digest, which the registry checks against what it
   * received. No HEAD first (there is no digest to ask about). undefined when the blob is above the
   * one-request size or the pass failed in transit: the caller hashes first and uses push(), which
   * resumes in chunks.
   */
  async pushUnhashed(repository: string, blob: UnhashedBlob, progress?: BlobProgress): Promise<string | undefined> {
    if (blob.size > this.tuning.monolithicMax) return undefined;
    const scope = `repository:${repository}:pull,push`;
    const location = (await this.start(repository, undefined, scope)) as string;
    let response: Response;
    try {
      let sent = 0;
      response = await this.http.request({
        method: 'PATCH',
        url: location,
        scope,
        headers: { 'content-type': 'application/octet-stream' },
        stream: () => take(blob.open(), blob.size, (n) => progress?.((sent += n), blob.size)),
        timeoutMs: 60 * 60_000,
        retry: false,
      });
    } catch (err) {
      // the source's own failure (the file changed) is the user's to see; a dropped connection is not
      blob.digest();
      if (err instanceof UserError) return undefined;
      throw err;
    }
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const digest = blob.digest();
    if (response.status !== 202 || !digest) {
      await response.body?.cancel().catch(() => {});
      return undefined;
    }
    await response.body?.cancel().catch(() => {});
    try {
      await this.finish(response.headers.get('location') ?? location, { digest }, scope);
    } catch (err) {
      if (err instanceof SessionLost) return undefined;
      throw err;
    }
    return digest;
  }

  private async start(repository: string, mount: { digest: string; from: string } | undefined, scope: string): Promise<string | 'mounted'> {
    const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : '';
    const response = await this.http.request({ method: 'POST', url: `/v2/${repository}/blobs/uploads/${query}`, scope, headers: { 'content-length': '0' } });
    if (response.status === 201 && mount) return 'mounted';
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const location = response.headers.get('location');
    if (response.status !== 202 || !location) {
      throw new UserError(`The registry ${this.http.host} did not open an upload to ${repository} (HTTP ${response.status}: ${await registryErrorText(response)}).`, this.http.base, 'Check the repository name and your push access.');
    }
    await response.body?.cancel().catch(() => {});
    return location;
  }

  private async putWhole(location: string, blob: BlobSource, scope: string, progress?: BlobProgress): Promise<void> {
    let sent = 0;
    const response = await this.http.request({
      method: 'PUT',
      url: withDigest(location, blob.digest, this.http),
      scope,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
      stream: () => take(blob.open(0), blob.size, (n) => progress?.((sent += n), blob.size)),
      timeoutMs: 60 * 60_000,
      retry: false,
    }).catch((err) => {
      throw new SessionLost(err);
    });
    if (response.status === 413 && blob.size > this.tuning.chunkSize) {
      await response.body?.cancel().catch(() => {});
      throw new SessionLost(new UserError(`The registry ${this.http.host} refused ${blob.digest} in one request as too large (HTTP 413).`, this.http.base, 'Lower the upload size limit of the proxy in front of the registry.'));
    }
    await this.expectCreated(response, blob, scope);
  }

  private async patchChunks(location: string, blob: BlobSource, scope: string, progress?: BlobProgress): Promise<string> {
    let offset = 0;
    let failures = 0;
    while (offset < blob.size) {
      const end = Math.min(blob.size, offset + this.tuning.chunkSize) - 1;
      let response: Response | undefined;
      try {
        const start = offset;
        response = await this.http.request({
          method: 'PATCH',
          url: location,
          scope,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${start}-${end}`, 'content-length': String(end - start + 1) },
          stream: () => take(blob.open(start), end - start + 1),
          timeoutMs: 60 * 60_000,
          retry: false,
        });
      } catch (err) {
        response = undefined;
        if (++failures > this.tuning.resumeAttempts) throw err;
      }
      if (response && response.status === 202) {
        await response.body?.cancel().catch(() => {});
        location = response.headers.get('location') ?? location;
        offset = rangeEnd(response.headers.get('range')) || end + 1;
        failures = 0;
        progress?.(offset, blob.size);
        continue;
      }
      if (response && (response.status === 401 || response.status === 403)) throw await this.http.refusedFor(response.status, scope);
      if (response) {
        const text = await registryErrorText(response);
        // the session is gone (BLOB_UPLOAD_UNKNOWN / _INVALID): docker-registry drops one whose chunk
        // was cut, and a status GET just before may still have found it. A new session starts over.
        if (response.status === 404) throw new SessionLost(new UserError(`The registry ${this.http.host} lost the upload session of ${blob.digest} (HTTP 404: ${text}).`, this.http.base, 'Run the command again.'));
        if (response.status < 500 && response.status !== 416 && response.status !== 429) {
          throw new UserError(`The registry ${this.http.host} refused a chunk of ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, 'Run the command again; if it persists, check the registry.');
        }
        if (++failures > this.tuning.resumeAttempts) throw new SessionLost(new UserError(`The registry ${this.http.host} kept failing the upload of ${blob.digest} (HTTP ${response.status}).`, this.http.base, 'Run the command again later.'));
      }
      // ask the registry how much it has, and carry on from there
      const status = await this.status(location, scope);
      location = status.location;
      offset = status.offset;
    }
    return location;
  }

  private async status(location: string, scope: string): Promise<{ location: string; offset: number }> {
    let response: Response;
    try {
      response = await this.http.request({ method: 'GET', url: location, scope });
    } catch (err) {
      throw new SessionLost(err);
    }
    await response.body?.cancel().catch(() => {});
    if (response.status !== 204) throw new SessionLost(new UserError(`The upload session at ${this.http.host} was lost (HTTP ${response.status}).`, this.http.base, 'Run the command again.'));
    return { location: response.headers.get('location') ?? location, offset: rangeEnd(response.headers.get('range')) ?? 0 };
  }

  private async finish(location: string, blob: Pick<BlobSource, 'digest'>, scope: string): Promise<void> {
    const response = await this.http.request({ method: 'PUT', url: withDigest(location, blob.digest, this.http), scope, headers: { 'content-length': '0' } });
    await this.expectCreated(response, blob, scope);
  }

  private async expectCreated(response: Response, blob: Pick<BlobSource, 'digest'>, scope: string): Promise<void> {
    if (response.status === 201) {
      await response.body?.cancel().catch(() => {});
      return;
    }
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const text = await registryErrorText(response);
    if (response.status >= 500 || response.status === 429) throw new SessionLost(new UserError(`The registry ${this.http.host} failed to store ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, 'Run the command again later.'));
    throw new UserError(`The registry ${this.http.host} refused the blob ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, /DIGEST_INVALID/.test(text) ? 'The bytes changed while they were uploaded; run the command again.' : 'Check the registry\'s limits and your push access.');
  }
}

/** the upload session is gone (registry restarted, network dropped): start a new one */
class SessionLost extends Error {
  constructor(readonly error: unknown) {
    super((error as Error)?.message ?? String(error));
  }
}

/** `Range: 0-1023` → 1024, the next byte the registry expects */
function rangeEnd(header: string | null): number | undefined {
  const m = /^(?:bytes=)?0-(\d+)$/.exec(header?.trim() ?? '');
  // distribution answers "0-0" for an empty upload as well as for one byte; no chunk is one byte
  return m ? (m[1] === '0' ? 0 : Number(m[1]) + 1) : undefined;
}
