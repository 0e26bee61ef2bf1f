// A blob GET as a Response, for RegistryHttp's retries and authentication to read like any other
// answer: a 200's body stays the raw socket's lent pieces (`blobBodyOf`), any other answer's body is
// read whole (a short error document). Redirects (a registry sending blobs to a CDN or object store)
// are followed, without the registry's Authorization once they leave its origin.
import type { ConnectionOptions } from 'node:tls';
import { HttpProtocolError } from './http1-response.js';
import { rawGet, type RawAnswer } from './raw-get.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const BLOB_BODY = Symbol('blob body');

export interface BlobBody {
  /** lent pieces: each valid until the next is asked for */
  pieces: AsyncIterable<Buffer>;
}

/** the body of a blob download's 200 answer (its Response has no web body) */
export function blobBodyOf(response: Response): BlobBody | undefined {
  return (response as { [BLOB_BODY]?: BlobBody })[BLOB_BODY];
}

export async function downloadBlob(url: string, headers: Record<string, string>, idleTimeoutMs: number, tls?: ConnectionOptions): Promise<Response> {
  let target = new URL(url);
  let sent = headers;
  for (let hops = 0; ; hops++) {
    const answer = await rawGet(target, { headers: sent, idleTimeoutMs, tls });
    const location = answer.headers.get('location');
    if (REDIRECTS.has(answer.status) && location && hops < MAX_REDIRECTS) {
      answer.discard();
      const next = new URL(location, target);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new HttpProtocolError(`a redirect points at ${next.protocol} URL`);
      // a CDN gets no registry credentials; an https → http redirect is followed as fetch follows it:
      // the credentials are gone and every byte is checked against the digest
      if (next.origin !== target.origin) {
        const { authorization: _dropped, ...rest } = sent;
        sent = rest;
      }
      target = next;
      continue;
    }
    return responseOf(answer);
  }
}

async function responseOf(answer: RawAnswer): Promise<Response> {
  if (answer.status < 200 || answer.status > 599) {
    answer.discard();
    throw new HttpProtocolError(`the answer's status ${answer.status} is not one a GET expects`);
  }
  if (answer.status === 200) {
    const response = new Response(null, { status: 200, headers: answer.headers });
    const body: BlobBody = { pieces: answer.body };
    Object.defineProperty(response, BLOB_BODY, { value: body });
    return response;
  }
  const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
  const text = nullBody ? (answer.discard(), null) : await answer.text();
  return new Response(text, { status: answer.status, headers: answer.headers });
}
