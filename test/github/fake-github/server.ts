import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubOpenApi } from './openapi-index.js';
import { BLOB_PREFIX, routes, type RouteResponse } from './routes.js';
import { FakeBlobStore } from './blob-store.js';
import { cacheService } from './cache-service.js';
import { artifactService } from './results-service.js';
import type { RuntimeIdentity } from './twirp.js';
import { FakeGitHubState } from './state.js';

/**
 * A stand-in for api.github.com on 127.0.0.1: every request is checked against GitHub's OpenAPI
 * description (a departure is recorded as a violation and answered 422, as GitHub would), the
 * endpoints mlci uses keep a small in-memory state, and faults can be injected per operation.
 */

export interface Fault {
  /** the OpenAPI operationId, e.g. "issues/create-comment" */
  operationId: string;
  /** how many matching requests it hits; 1 by default */
  times?: number;
  /** answer with this status; omitted for a fault that only delays (slow response) */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  body?: any;
  /** the raw bytes of a binary body (a release asset upload) */
  bytes?: Buffer;
  status: number;
  authorization?: string;
}

export interface FakeGitHubOptions {
  /** when set, every request must carry `Authorization: token <token>` (or Bearer) */
  token?: string;
  /** the job identity for the artifact upload services (ACTIONS_RESULTS_URL is the server's URL) */
  runtime?: RuntimeIdentity;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  violations: string[];
  inject(fault: Fault): void;
  /** runs `change` once, just before the next request for `operationId` is handled: another job's write landing in between */
  beforeNext(operationId: string, change: (state: FakeGitHubState) => void): void;
  close(): Promise<void>;
}

const docs = 'https://docs.github.com/rest';

/** Ready-made faults, shaped like GitHub's real answers. */
export const faults = {
  badGateway: (operationId: string, times = 1): Fault => ({ operationId, times, status: 502, body: { message: 'Server Error' } }),
  secondaryRateLimit: (operationId: string, retryAfterSeconds: number, status: 403 | 429 = 403): Fault => ({
    operationId,
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: docs },
  }),
  primaryRateLimit: (operationId: string, resetInSeconds: number, status: 403 | 429 = 429): Fault => ({
    operationId,
    status,
    headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds) },
    body: { message: 'API rate limit exceeded for installation.', documentation_url: docs },
  }),
  missingPermission: (operationId: string, times = 1): Fault => ({ operationId, times, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' } }),
  badCredentials: (operationId: string): Fault => ({ operationId, status: 401, body: { message: 'Bad credentials', documentation_url: docs, status: '401' } }),
  slow: (operationId: string, delayMs: number, times = 1): Fault => ({ operationId, times, delayMs }),
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: RouteResponse): void {
  const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(payload);
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = githubOpenApi();
  const state = new FakeGitHubState();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const pending: Fault[] = [];
  const hooks: { operationId: string; change: (state: FakeGitHubState) => void }[] = [];
  let baseUrl = '';
  // The services behind @actions/artifact and @actions/cache: ACTIONS_RESULTS_URL is this server.
  const blobs = new FakeBlobStore(() => baseUrl, violations);
  const runtime = options.runtime;
  const services = runtime ? [blobs, artifactService(state, blobs, runtime, violations), cacheService(blobs, runtime, violations)] : [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const bytes = await readBody(req);
    const record: RecordedRequest = { method, path: url.pathname + url.search, status: 0, authorization: req.headers.authorization };
    requests.push(record);
    const service = services.find((s) => s.handles(url.pathname));
    if (service) {
      record.status = service.handle(req, url, bytes, res);
      return;
    }
    const raw = bytes.toString('utf8');
    const answer = (a: RouteResponse) => {
      record.status = a.status;
      send(res, a);
    };
    const violation = (message: string) => violations.push(`${method} ${url.pathname}: ${message}`);

    if (url.pathname.startsWith(BLOB_PREFIX)) {
      const [fullName, file] = url.pathname.slice(BLOB_PREFIX.length).split('/');
      const zip = state.repo(decodeURIComponent(fullName ?? '')).artifactZips.get(Number(file?.replace(/\.zip$/, '')));
      record.status = zip ? 200 : 404;
      res.writeHead(record.status, { 'content-type': zip ? 'application/zip' : 'text/plain' });
      res.end(zip ?? 'BlobNotFound');
      return;
    }
    const matched = api.match(method, url.pathname);
    if (!matched) {
      violation('no operation in the OpenAPI description has this method and path');
      return answer({ status: 404, body: { message: 'Not Found', documentation_url: docs } });
    }
    record.operationId = matched.operation.operationId;
    let body: unknown;
    // an upload's body is the file itself; GitHub needs its length up front
    const binary = matched.operation.binaryBody && raw !== '' && !String(req.headers['content-type'] ?? '').startsWith('application/json');
    if (binary) {
      record.bytes = bytes;
      body = bytes;
      if (Number(req.headers['content-length']) !== bytes.length) violation(`an upload without a Content-Length of its ${bytes.length} bytes (chunked uploads are refused by GitHub)`);
      if (!req.headers['content-type']) violation('an upload without a Content-Type');
    } else if (raw !== '') {
      try {
        body = JSON.parse(raw);
        record.body = body;
      } catch {
        violation('body is not JSON');
        return answer({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: docs } });
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) violation('a JSON body without content-type application/json');
    }
    const problems = api.validate(matched, url.searchParams, binary ? undefined : body, raw !== '' && !binary);
    if (problems.length > 0) {
      for (const p of problems) violation(`${matched.operation.operationId}: ${p}`);
      return answer({ status: 422, body: { message: 'Invalid request.', errors: problems, documentation_url: docs } });
    }
    if (options.token !== undefined) {
      const auth = req.headers.authorization;
      if (!auth) {
        violation('no Authorization header');
        return answer({ status: 401, body: { message: 'Requires authentication', documentation_url: docs } });
      }
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}` && auth !== `bearer ${options.token}`) {
        return answer({ status: 401, body: { message: 'Bad credentials', documentation_url: docs } });
      }
    }

    const hook = hooks.findIndex((h) => h.operationId === matched.operation.operationId);
    if (hook >= 0) hooks.splice(hook, 1)[0]!.change(state);

    const faultIndex = pending.findIndex((f) => f.operationId === matched.operation.operationId);
    if (faultIndex >= 0) {
      const fault = pending[faultIndex]!;
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) pending.splice(faultIndex, 1);
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status !== undefined) return answer({ status: fault.status, headers: fault.headers, body: fault.body });
    }

    const handler = routes[matched.operation.operationId];
    if (!handler) {
      // Valid for GitHub, but the fake does not keep state for it: a test gap, not a client bug.
      violation(`${matched.operation.operationId} is valid but not implemented by the fake server`);
      return answer({ status: 501, body: { message: 'Not implemented by the fake GitHub server' } });
    }
    const { owner, repo } = matched.pathParams;
    const fullName = `${owner}/${repo}`;
    answer(handler({ params: matched.pathParams, query: url.searchParams, body, headers: req.headers, baseUrl, state, repo: state.repo(fullName), fullName }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      violations.push(`fake server crashed: ${err.stack}`);
      if (!res.headersSent) send(res, { status: 500, body: { message: 'fake server error' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    requests,
    violations,
    inject(fault) {
      if (!api.findByOperationId(fault.operationId)) throw new Error(`No operation ${fault.operationId} in GitHub's OpenAPI description`);
      pending.push({ ...fault });
    },
    beforeNext(operationId, change) {
      if (!api.findByOperationId(operationId)) throw new Error(`No operation ${operationId} in GitHub's OpenAPI description`);
      hooks.push({ operationId, change });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
