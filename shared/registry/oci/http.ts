// Requests to one registry: authentication (the /v2/ challenge, then Basic or a Bearer token per
// scope) and retries with backoff on 429 and 5xx, honouring Retry-After. Nothing here knows models.
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { downloadBlob } from './blob-download.js';
import { credentialHint, findCredential, type Credential } from './credentials.js';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 500, capMs: 30_000 };

export interface HttpOptions {
  host: string;
  base: string;
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  fetch: typeof fetch;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

export interface RequestSpec {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** a path under base, or an absolute URL (upload locations) */
  url: string;
  headers?: Record<string, string>;
  /** a fresh body per attempt; absent for none */
  body?: () => Uint8Array;
  /**
   * a large body, streamed with backpressure through node:http (fetch reads a streamed request
   * body ahead of the socket, holding most of a large blob in memory)
   */
  stream?: () => AsyncIterable<Uint8Array>;
  /**
   * a large answer (a GET of a blob; the method must be GET), read straight from the socket (blob-download.ts): a 200's body
   * is `blobBodyOf(response)`, lent pieces without a stream's per-chunk cost; redirects (a CDN) are
   * followed, without the registry's Authorization once they leave its origin
   */
  download?: boolean;
  /** `repository:NAME:pull,push` */
  scope: string;
  /** a streamed upload may take long: its own timeout */
  timeoutMs?: number;
  /** false for a request whose body cannot be sent again (the caller resumes instead) */
  retry?: boolean;
  /** an answer to ask again after, besides 429 and 5xx: see RetryWhen */
  retryWhen?: RetryWhen;
}

/**
 * A registry's answer that a moment later is another (docker-registry's MANIFEST_BLOB_UNKNOWN while
 * another writer commits the blob): `reason` says why it is asked again, or undefined to take the
 * answer; asked again after each of `waitsMs`, said at debug level (a wait, not a fault), each time
 * with the transport's retries afresh.
 */
export interface RetryWhen {
  reason(response: Response): Promise<string | undefined>;
  waitsMs: readonly number[];
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!.toLowerCase()] = p[2]!;
  return { scheme: m[1]!.toLowerCase(), params };
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

export class RegistryHttp {
  readonly host: string;
  readonly base: string;
  private readonly retry: RetryPolicy;
  private credential: Promise<Credential | undefined> | undefined;
  /** Authorization header per scope (a Basic header serves every scope) */
  private readonly authorization = new Map<string, string>();
  private basic: string | undefined;

  constructor(private readonly options: HttpOptions) {
    this.host = options.host;
    this.base = options.base;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  private loadCredential(): Promise<Credential | undefined> {
    this.credential ??= findCredential(this.host, this.options.env);
    return this.credential;
  }

  url(path: string): string {
    return new URL(path, this.base).toString();
  }

  /** One request with authentication and retries; the caller reads the status it expects. */
  async request(spec: RequestSpec): Promise<Response> {
    let authenticated = false;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { ...spec.headers };
      const auth = this.basic ?? this.authorization.get(spec.scope);
      if (auth) headers.authorization = auth;
      let response: Response;
      const timeoutMs = spec.timeoutMs ?? this.options.timeoutMs ?? 60_000;
      try {
        if (spec.stream) response = await streamRequest(this.url(spec.url), spec.method, headers, spec.stream(), timeoutMs);
        else if (spec.download) response = await downloadBlob(this.url(spec.url), headers, timeoutMs);
        else {
          const init: RequestInit = { method: spec.method, headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) };
          if (spec.body) init.body = spec.body();
          response = await this.options.fetch(this.url(spec.url), init);
        }
        this.options.logger.debug(`${this.host}: ${spec.method} ${new URL(this.url(spec.url)).pathname}${new URL(this.url(spec.url)).search.includes('mount=') ? ' (mount)' : ''} → ${response.status}`);
      } catch (err) {
        if (spec.retry === false || attempt >= this.retry.attempts) throw this.unreachable(err, spec, attempt);
        await this.wait(attempt, undefined, `${spec.method} ${spec.url}: ${(err as Error).message}`);
        continue;
      }
      if (response.status === 401 && !authenticated) {
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        await response.body?.cancel().catch(() => {});
        if (challenge) {
          await this.authenticate(challenge, spec.scope);
          authenticated = true;
          attempt--;
          continue;
        }
      }
      if (RETRYABLE.has(response.status) && spec.retry !== false && attempt < this.retry.attempts) {
        await response.body?.cancel().catch(() => {});
        await this.wait(attempt, retryAfterMs(response.headers.get('retry-after')), `${spec.method} ${spec.url}: HTTP ${response.status}`);
        continue;
      }
      const waitMs = spec.retryWhen?.waitsMs[waited];
      const reason = waitMs === undefined ? undefined : await spec.retryWhen!.reason(response);
      if (reason !== undefined) {
        await response.body?.cancel().catch(() => {});
        this.options.logger.debug(`${this.host}: ${reason}; asking again in ${waitMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        waited++;
        attempt = 0;
        continue;
      }
      return response;
    }
  }

  private async wait(attempt: number, retryAfter: number | undefined, why: string): Promise<void> {
    const backoff = Math.min(this.retry.capMs, this.retry.baseMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
    const ms = Math.min(retryAfter ?? backoff, Math.max(this.retry.capMs, 60_000));
    this.options.logger.warning(`${this.host}: ${why}; retrying in ${(ms / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${this.retry.attempts}).`);
    await new Promise((r) => setTimeout(r, ms));
  }

  private unreachable(err: unknown, spec: RequestSpec, attempts: number): Error {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const what = cause?.code ?? cause?.message ?? (err as { code?: string }).code ?? (err as Error).message;
    return new UserError(
      `The registry ${this.host} did not answer ${spec.method} ${new URL(this.url(spec.url)).pathname} (${what}) after ${attempts} attempt(s).`,
      this.base,
      'Check that the registry is up and reachable, then run the same command again: blobs already uploaded are skipped, and nothing is tagged until all of them are there.',
    );
  }

  private async authenticate(challenge: Challenge, scope: string): Promise<void> {
    const credential = await this.loadCredential();
    if (challenge.scheme === 'basic') {
      if (!credential) throw new UserError(`The registry ${this.host} asks for a login.`, this.base, credentialHint(this.host, this.options.env));
      this.basic = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
      return;
    }
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
      throw new UserError(`The registry ${this.host} asks for an unsupported authentication (${challenge.scheme}).`, this.base, 'Use a registry that speaks the distribution-spec token or Basic authentication.');
    }
    const realm = new URL(challenge.params.realm);
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.append('scope', scope);
    if (realm.protocol !== 'https:' && !/^(127\.|localhost|\[::1\])/.test(realm.hostname)) {
      throw new UserError(`The registry ${this.host} sends its token service over plain HTTP (${realm.origin}).`, this.base, 'Only HTTPS token services are used (HTTP only on loopback).');
    }
    const headers: Record<string, string> = {};
    if (credential) headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
    const response = await this.options.fetch(realm, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000) });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw this.refused(response.status, scope, credential);
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new UserError(`The token service of ${this.host} answered without a token.`, realm.origin, 'Check the registry; its token service is not distribution-spec compliant.');
    this.authorization.set(scope, `Bearer ${token}`);
  }

  /** the message of a 401 or 403: which login was refused, and for GHCR the permission it needs */
  refused(status: number, scope: string, credential?: Credential): UserError {
    const repository = scope.split(':')[1] ?? '';
    const ghcr = this.host === 'ghcr.io';
    const writing = scope.endsWith('push');
    if (!credential && status === 401) return new UserError(`The registry ${this.host} refused an anonymous request for ${repository} (HTTP 401).`, this.base, credentialHint(this.host, this.options.env));
    const who = credential ? `the login from ${credential.source}` : 'an anonymous request';
    const fix = ghcr
      ? `On GitHub give the workflow \`permissions: packages: write\` (and \`contents: read\`), pass GITHUB_TOKEN, and for an existing package grant this repository write access in the package settings.`
      : writing
        ? `Give that account push access to ${repository}, or log in as one that has it (docker login ${this.host}).`
        : `Give that account read access to ${repository}, or log in as one that has it (docker login ${this.host}).`;
    return new UserError(`The registry ${this.host} refused ${who} for ${writing ? 'pushing to' : 'reading'} ${repository} (HTTP ${status}${status === 403 ? ', denied' : ''}).`, this.base, fix);
  }

  async refusedFor(status: number, scope: string): Promise<UserError> {
    return this.refused(status, scope, await this.loadCredential());
  }
}

/** the registry's own words from an error body: `{"errors":[{"code","message"}]}` */
export async function registryErrorText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    if (parsed.errors?.length) return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
  } catch {
    // not JSON: the text itself, cut short
  }
  return text.slice(0, 200) || `HTTP ${response.status}`;
}

/**
 * One request through node:http whose body streams from `body` at the socket's pace (fetch reads a
 * streamed body ahead of the socket). The answer as a Response.
 */
function streamRequest(url: string, method: string, headers: Record<string, string>, body: AsyncIterable<Uint8Array>, timeoutMs: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method, headers, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      const answer = new Headers();
      for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(', ') : value);
      const empty = status === 204 || status === 304;
      if (empty) res.resume();
      resolve(new Response(empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), { status, headers: answer }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    writeBody(body, req).catch(reject);
  });
}

/**
 * Writes a body's chunks one at a time, each once the last has left for the socket: a producer may
 * lend its chunks (reuse the memory once asked for the next), so nothing is queued behind its back.
 * The kernel's socket buffer keeps the peer busy meanwhile.
 *
 * A write to a request that was destroyed (the connection dropped) never calls its callback, so the
 * request's 'close' ends the wait too. Leaving the loop then closes the producer: its `finally` runs
 * (a hashing worker stops) instead of the producer waiting at a `yield` for ever, which kept a test
 * run's process alive.
 */
async function writeBody(body: AsyncIterable<Uint8Array>, req: ClientRequest): Promise<void> {
  let closed = false;
  let stopWaiting: (() => void) | undefined;
  const onClose = () => {
    closed = true;
    stopWaiting?.();
  };
  req.once('close', onClose);
  const droppedError = () => Object.assign(new Error('the connection closed while the request body was being sent'), { code: 'ECONNRESET' });
  try {
    for await (const chunk of body) {
      if (closed) throw droppedError();
      await new Promise<void>((resolve, reject) => {
        stopWaiting = () => reject(droppedError());
        req.write(chunk, (err) => (err ? reject(err) : resolve()));
      });
    }
    if (closed) throw droppedError();
    await new Promise<void>((resolve) => {
      stopWaiting = resolve;
      req.end(resolve);
    });
  } finally {
    stopWaiting = undefined;
    req.off('close', onClose);
  }
}
