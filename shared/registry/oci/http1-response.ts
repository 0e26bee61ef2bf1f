// Reads one HTTP/1.1 response from the bytes a socket gives (RFC 9112): the status line and header
// fields, then the body framed by Transfer-Encoding: chunked, by Content-Length, or by the end of
// the connection. Body pieces are handed out as views of the bytes fed, never copied, so a blob can
// go from the socket's buffer to the file with no copy in between. Used for blob downloads only
// (see raw-get.ts); every other request goes through fetch.

/** the most a status line and its header fields may take, as node:http allows */
const HEAD_LIMIT = 64 * 1024;
/** a chunk-size line with its extensions, or one trailer field */
const LINE_LIMIT = 8 * 1024;
const CRLF_CRLF = Buffer.from('\r\n\r\n');

export class HttpProtocolError extends Error {
  readonly code = 'EPROTO';
}

export interface ResponseHead {
  status: number;
  /** field names lower-cased, in the order received */
  fields: [string, string][];
}

type State =
  | { kind: 'head' }
  | { kind: 'length'; left: number }
  | { kind: 'chunk-size' }
  | { kind: 'chunk-data'; left: number }
  | { kind: 'chunk-end' }
  | { kind: 'trailers' }
  | { kind: 'until-close' }
  | { kind: 'done' };

export class ResponseReader {
  /** the body's length when the response states it (Content-Length, not chunked) */
  length: number | undefined;
  /** body bytes handed out so far */
  received = 0;
  private state: State = { kind: 'head' };
  /** a partial head or line, copied (the bytes fed are reused by the caller) */
  private partial: Buffer = Buffer.alloc(0);


  get done(): boolean {
    return this.state.kind === 'done';
  }

  /**
   * Consumes `bytes` (only valid during this call): `onHead` once the final head is read, `onBody`
   * with each piece of body (views of `bytes`). Bytes after a complete response are ignored.
   */
  feed(bytes: Buffer, onHead: (head: ResponseHead) => void, onBody: (piece: Buffer) => void): void {
    let at = 0;
    while (at < bytes.length && this.state.kind !== 'done') {
      const state = this.state;
      switch (state.kind) {
        case 'head': {
          const end = this.lineUntil(bytes, at, CRLF_CRLF, HEAD_LIMIT, 'the response head');
          if (end.line === undefined) return;
          at = end.next;
          this.startBody(parseHead(end.line), onHead);
          break;
        }
        case 'length':
        case 'chunk-data':
        case 'until-close': {
          const take = state.kind === 'until-close' ? bytes.length - at : Math.min(state.left, bytes.length - at);
          this.received += take;
          onBody(bytes.subarray(at, at + take));
          at += take;
          if (state.kind !== 'until-close') {
            state.left -= take;
            if (state.left === 0) this.state = state.kind === 'length' ? { kind: 'done' } : { kind: 'chunk-end' };
          }
          break;
        }
        case 'chunk-size': {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), LINE_LIMIT, 'a chunk size');
          if (end.line === undefined) return;
          at = end.next;
          const size = /^([0-9a-fA-F]{1,12})[ \t]*(;.*)?$/s.exec(end.line.toString('latin1'));
          if (!size) throw new HttpProtocolError(`a chunk size line "${end.line.toString('latin1').slice(0, 40)}" is not hexadecimal`);
          const left = parseInt(size[1]!, 16);
          this.state = left === 0 ? { kind: 'trailers' } : { kind: 'chunk-data', left };
          break;
        }
        case 'chunk-end': {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), 2, 'the end of a chunk');
          if (end.line === undefined) return;
          if (end.line.length !== 0) throw new HttpProtocolError('a chunk is longer than its size line says');
          at = end.next;
          this.state = { kind: 'chunk-size' };
          break;
        }
        case 'trailers': {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), LINE_LIMIT, 'a trailer field');
          if (end.line === undefined) return;
          at = end.next;
          // trailer fields are read past, not used: an empty line ends the message
          if (end.line.length === 0) this.state = { kind: 'done' };
          break;
        }
      }
    }
  }

  /** the connection ended: fine when the response is complete (or ends at the close), else an error */
  end(): void {
    if (this.state.kind === 'until-close') this.state = { kind: 'done' };
    if (this.state.kind === 'done') return;
    if (this.state.kind === 'head') throw new HttpProtocolError(this.partial.length ? 'the connection closed in the middle of the response head' : 'the connection closed before any response');
    const expected = this.length !== undefined ? ` of ${this.length}` : '';
    throw new HttpProtocolError(`the connection closed after ${this.received}${expected} bytes of the body${this.length === undefined ? ' (in the middle of a chunked body)' : ''}`);
  }

  private startBody(head: ResponseHead, onHead: (head: ResponseHead) => void): void {
    // 1xx answers (100 Continue, 103 Early Hints) come before the real one; 101 would switch protocols
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      this.state = { kind: 'head' };
      return;
    }
    const field = (name: string) => head.fields.filter(([n]) => n === name).map(([, v]) => v);
    const transfer = field('transfer-encoding').join(',').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const lengths = [...new Set(field('content-length').join(',').split(',').map((s) => s.trim()).filter(Boolean))];
    if (head.status === 101 || head.status === 204 || head.status === 304) this.state = { kind: 'done' };
    else if (transfer.length > 0) {
      // Transfer-Encoding wins over Content-Length (RFC 9112 §6.3); a final coding other than chunked
      // is delimited by the close
      this.state = transfer[transfer.length - 1] === 'chunked' ? { kind: 'chunk-size' } : { kind: 'until-close' };
    } else if (lengths.length > 0) {
      if (lengths.length > 1 || !/^\d{1,15}$/.test(lengths[0]!)) throw new HttpProtocolError(`the Content-Length "${field('content-length').join(', ')}" is not one number`);
      this.length = Number(lengths[0]);
      this.state = this.length === 0 ? { kind: 'done' } : { kind: 'length', left: this.length };
    } else this.state = { kind: 'until-close' };
    onHead(head);
  }

  /**
   * The bytes up to `delimiter` (with what an earlier feed left over), or `line: undefined` when
   * `bytes` ends first: the rest is kept for the next feed. `next` is where the bytes after it start.
   */
  private lineUntil(bytes: Buffer, at: number, delimiter: Buffer, limit: number, what: string): { line?: Buffer; next: number } {
    // the delimiter may straddle two feeds: search the kept bytes' tail together with the new ones
    const keep = this.partial.length;
    const joined = keep ? Buffer.concat([this.partial, bytes.subarray(at, at + limit + delimiter.length)]) : bytes.subarray(at);
    const found = joined.indexOf(delimiter, Math.max(0, keep - delimiter.length + 1));
    if (found < 0) {
      if (joined.length > limit) throw new HttpProtocolError(`${what} is longer than ${limit} bytes`);
      this.partial = Buffer.from(joined);
      return { next: bytes.length };
    }
    if (found > limit) throw new HttpProtocolError(`${what} is longer than ${limit} bytes`);
    this.partial = Buffer.alloc(0);
    return { line: Buffer.from(joined.subarray(0, found)), next: at + found + delimiter.length - keep };
  }
}

function parseHead(bytes: Buffer): ResponseHead {
  const lines = bytes.toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(lines[0]!);
  if (!status) throw new HttpProtocolError(`the status line "${lines[0]!.slice(0, 60)}" is not HTTP/1.1`);
  const fields: [string, string][] = [];
  for (const line of lines.slice(1)) {
    // obsolete line folding is refused, as RFC 9112 §5.2 lets a client do
    const field = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/s.exec(line);
    if (!field) throw new HttpProtocolError(`the header line "${line.slice(0, 60)}" is malformed`);
    fields.push([field[1]!.toLowerCase(), field[2]!]);
  }
  return { status: Number(status[1]), fields };
}
