/**
 * An error a client sees: an HTTP status and the house's three parts (what, where, how to fix) in
 * one `{"error": "…"}` string. Anything else thrown while serving is a bug or an onnxruntime
 * failure: the client gets a 500 that names no internals, the log gets the detail.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly what: string,
    readonly where: string,
    readonly fix: string,
    /** seconds, for 503: when to try again */
    readonly retryAfter?: number,
  ) {
    super(`${what} (${where}) Fix: ${fix}`);
  }
}

export const badRequest = (what: string, where: string, fix: string) => new HttpError(400, what, where, fix);
export const notFound = (what: string, where: string, fix: string) => new HttpError(404, what, where, fix);
export const unavailable = (what: string, where: string, fix: string, retryAfter = 1) => new HttpError(503, what, where, fix, retryAfter);
