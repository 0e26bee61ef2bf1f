/**
 * The request heads the fast lane (fast-lane.ts) frames itself, read byte for byte and nothing
 * more lenient: `METHOD /path HTTP/1.1`, header lines `token:value` ending in CRLF, exactly one
 * Host, at most one decimal Content-Length (none: no body) within the body limit, and no
 * Transfer-Encoding, Expect or Upgrade. Anything else (HTTP/1.0, a duplicate of a header the lane
 * reads, bare CR or LF, obs-fold, bytes outside printable ASCII, a long or crowded head) is
 * `handover`: node:http takes the connection and answers it with every rule it has, so a request
 * the lane is unsure of is never half-understood here. `infer` is set for the one request the
 * lane answers itself, `POST /v2/models/NAME[/versions/V]/infer`.
 */

export interface FastHead {
  infer: { model: string; version: string | undefined } | undefined;
  /** bytes of the head, the blank line included: the body starts here */
  headBytes: number;
  contentLength: number;
  /** Inference-Header-Content-Length: the binary tensor form */
  jsonLength: number | undefined;
  requestId: string | undefined;
  authorization: string | undefined;
  /** `Connection: close`: answer, then end the connection */
  close: boolean;
}

export type HeadReading = FastHead | 'incomplete' | 'handover';

/** well under node:http's 16 KiB header limit, so a head the lane gives up on still fits there */
export const MAX_FAST_HEAD_BYTES = 8192;
export const MAX_FAST_HEADER_LINES = 64;

// RFC 9110 token, a path of printable ASCII (no absolute form, no `*`)
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\/[\x21-\x7e]*) HTTP\/1\.1$/;
const INFER_PATH = /^\/v2\/models\/([A-Za-z0-9._-]+)(?:\/versions\/([A-Za-z0-9._-]+))?\/infer$/;
// RFC 9110 token, then the value: tab and printable ASCII only (no CR, LF, NUL, DEL, obs-text)
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):([\t\x20-\x7e]*)$/;
const DIGITS = /^\d{1,15}$/;
const TOKEN_BYTE = new Uint8Array(128).map((_, b) => Number(/[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(String.fromCharCode(b))));
// cannot occur in a head of printable ASCII lines: the search for the end of the head starts before it
const END = Buffer.from('\r\n\r\n', 'latin1');

/**
 * Reads the head at the start of `bytes`. `searchFrom`: where the previous, incomplete reading of
 * the same bytes stopped looking for the blank line (so a head sent a byte at a time is scanned once).
 */
export function readFastHead(bytes: Buffer, maxBodyBytes: number, searchFrom = 0): HeadReading {
  // a method is a token: anything else at the start is not HTTP/1.1 the lane frames
  if (bytes.length > 0 && !TOKEN_BYTE[bytes[0]!]) return 'handover';
  const end = bytes.indexOf(END, Math.max(0, searchFrom - 3));
  if (end < 0) return bytes.length > MAX_FAST_HEAD_BYTES ? 'handover' : 'incomplete';
  if (end + 4 > MAX_FAST_HEAD_BYTES) return 'handover';
  const lines = bytes.toString('latin1', 0, end).split('\r\n');
  if (lines.length > MAX_FAST_HEADER_LINES + 1) return 'handover';
  const requestLine = REQUEST_LINE.exec(lines[0]!);
  if (!requestLine) return 'handover';
  let contentLength: string | undefined;
  let jsonLength: string | undefined;
  let requestId: string | undefined;
  let authorization: string | undefined;
  let connection: string | undefined;
  let hosts = 0;
  for (let i = 1; i < lines.length; i++) {
    const header = HEADER_LINE.exec(lines[i]!);
    if (!header) return 'handover';
    const value = header[2]!.trim();
    switch (header[1]!.toLowerCase()) {
      case 'content-length':
        if (contentLength !== undefined) return 'handover';
        contentLength = value;
        break;
      case 'inference-header-content-length':
        if (jsonLength !== undefined) return 'handover';
        jsonLength = value;
        break;
      case 'x-request-id':
        if (requestId !== undefined) return 'handover';
        requestId = value;
        break;
      case 'authorization':
        if (authorization !== undefined) return 'handover';
        authorization = value;
        break;
      case 'connection':
        if (connection !== undefined) return 'handover';
        connection = value.toLowerCase();
        break;
      case 'host':
        hosts++;
        break;
      case 'transfer-encoding':
      case 'expect':
      case 'upgrade':
        return 'handover';
    }
  }
  if (hosts !== 1 || (contentLength !== undefined && !DIGITS.test(contentLength))) return 'handover';
  const length = contentLength === undefined ? 0 : Number(contentLength);
  if (length > maxBodyBytes) return 'handover';
  if (jsonLength !== undefined && !DIGITS.test(jsonLength)) return 'handover';
  let close = false;
  if (connection !== undefined) {
    for (const option of connection.split(',')) {
      const token = option.trim();
      if (token === 'close') close = true;
      else if (token !== 'keep-alive') return 'handover';
    }
  }
  const target = requestLine[1] === 'POST' ? INFER_PATH.exec(requestLine[2]!) : null;
  return {
    infer: target ? { model: target[1]!, version: target[2] } : undefined,
    headBytes: end + 4,
    contentLength: length,
    jsonLength: jsonLength === undefined ? undefined : Number(jsonLength),
    requestId,
    authorization,
    close,
  };
}
