/** Reading bodies within a limit and writing JSON and error responses. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyLength, type ResponseBody } from './encode-response.js';
import { HttpError } from './http-error.js';

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(declared, limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge(size, limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.on('error', reject);
    req.on('aborted', () => reject(new HttpError(400, 'The client closed the connection before sending the whole body.', 'request body', 'Send the whole body.')));
  });
}

function tooLarge(size: number, limit: number): HttpError {
  return new HttpError(413, `The body has ${size} bytes or more; this server takes at most ${limit}.`, 'request body', 'Split the rows into several requests, use the binary tensor form, or raise --max-body-bytes.');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendBytes(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/**
 * The body in one write, its headers as one flat list (node:http takes it without copying an
 * object). Text (UTF-8) goes out as text: node:http joins it to the header block, one buffer.
 */
export function sendBytes(res: ServerResponse, status: number, body: ResponseBody, headers: Readonly<Record<string, string>>, requestId?: string): void {
  if (res.headersSent || res.destroyed) return;
  const flat: string[] = [];
  for (const name in headers) flat.push(name, headers[name]!);
  flat.push('content-length', String(bodyLength(body)));
  if (requestId !== undefined) flat.push('x-request-id', requestId);
  res.writeHead(status, flat);
  if (!Array.isArray(body)) return void res.end(body);
  // parts: corked, so that they leave together with the head
  res.cork();
  for (const part of body) res.write(part);
  res.end();
  res.uncork();
}

export function sendError(res: ServerResponse, error: HttpError, extra: Record<string, string> = {}): void {
  const { body, headers } = errorResponse(error);
  sendBytes(res, error.status, body, { ...headers, ...extra });
}

/** the body and headers of an error answer, whichever HTTP path writes it */
export function errorResponse(error: HttpError): { body: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
  return { body: JSON.stringify({ error: error.message }), headers };
}

export function authorized(req: IncomingMessage, token: string | undefined): boolean {
  return bearerMatches(req.headers.authorization, token);
}

/** constant-time comparison of an `Authorization: Bearer …` value with the token */
export function bearerMatches(header: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]!.trim()), digest(token));
}
