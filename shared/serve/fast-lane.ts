/**
 * The fast lane: a net.Server in front of node:http that answers the one request a model server
 * gets most, a well-formed keep-alive `POST …/infer` with a Content-Length body (fast-head.ts),
 * reading the bytes and writing the response itself. node:http costs about as much CPU per request
 * as the whole inference of a batched row; here a request costs one read and one write, the read
 * into one buffer all the lane's connections share (shared-read-buffer.ts).
 *
 * What the lane does not answer, node:http does, in one of two ways:
 * - a request the lane frames (a plain HTTP/1.1 head, a Content-Length body or none) but does not
 *   answer (another route, a body that does not decode, an unknown model, a missing token) goes
 *   through node:http on an in-memory socket (http-bridge.ts), and the connection stays here;
 * - anything else (chunked, Expect, Upgrade, HTTP/1.0, bytes outside the strict grammar, a head
 *   over 8 KiB) is handed over for the rest of the connection: the bytes read so far are pushed
 *   back into the socket and node:http gets it as a new connection.
 * Either way every other route, error, limit and rule is node:http's own. A request is passed on
 * unread or answered in full, never half: the lane decides before the request has any effect.
 *
 * Per connection one request is answered at a time; bytes of a pipelined request that arrive
 * meanwhile pause the socket, so further requests wait in the kernel and are answered in order,
 * and a client that does not read its responses stops being read. Timeouts as node:http's: the
 * head within headersTimeout of its first byte, the whole request within requestTimeout,
 * keepAliveTimeout between requests; a client that overruns one is disconnected (as the server's
 * clientError handler does for node:http).
 */
import { STATUS_CODES } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { BodyPool } from './body-pool.js';
import { bodyLength, type ResponseBody } from './encode-response.js';
import { readFastHead, type FastHead } from './fast-head.js';
import { readIntoStream, readThroughSharedBuffer } from './shared-read-buffer.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';

interface Tally {
  inc(): void;
}

export type Reply = (status: number, body: ResponseBody, headers: Readonly<Record<string, string>>, requestId?: string) => void;

export interface FastLaneOptions {
  maxBodyBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** how often deadlines are checked */
  checkIntervalMs: number;
  /**
   * Answers the request through `reply` and calls `done` once the request is done with, never
   * before answer has returned (true), with `released` true when nothing refers to `body` any more
   * (its memory may then serve the next request), false when something still may (a prediction
   * log record, a shadow run, an error's path). false: the lane does not answer it (keeps nothing
   * of `body`, and done is not called); node:http gets it.
   */
  answer(head: FastHead, body: Buffer, reply: Reply, done: (released: boolean) => void): boolean;
  /**
   * One framed request the lane does not answer, through node:http (http-bridge.ts); resolves
   * once the response is out: true when the connection may carry another request.
   */
  bridge(request: Buffer, socket: Socket): Promise<boolean>;
  /** gives the socket to node:http (its data pushed back already) */
  handOver(socket: Socket): void;
  /** requests answered here, requests bridged to node:http, connections handed over */
  counts?: { answered: Tally; bridged: Tally; handedOver: Tally };
  /**
   * true (the default): connections are read through one buffer they share
   * (shared-read-buffer.ts) where this Node allows it; false: node's ordinary 'data' events
   */
  sharedReadBuffer?: boolean;
}

export class FastLane {
  private readonly connections = new Set<FastConnection>();
  private readonly sweeper: NodeJS.Timeout;
  /** memory for large binary bodies, reused (body-pool.ts) */
  readonly bodies = new BodyPool();
  draining = false;

  /** the end of a kept-alive response's head, the same for every response */
  readonly keepAliveLines: string;

  constructor(readonly options: FastLaneOptions) {
    const keepAlive = options.keepAliveTimeoutMs;
    this.keepAliveLines = keepAlive > 0 ? `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(keepAlive / 1000)}\r\n\r\n` : 'Connection: keep-alive\r\n\r\n';
    this.sweeper = setInterval(() => this.sweep(), options.checkIntervalMs);
    this.sweeper.unref();
  }

  /** connections read through the shared buffer, and those read the ordinary way */
  readonly reads = { sharedBuffer: 0, stream: 0 };

  /** for net.Server's 'connection': `socket` arrives paused (fastLaneListener), its reading not started */
  accept(socket: Socket): void {
    if (this.draining) {
      this.options.counts?.handedOver.inc();
      this.options.handOver(socket);
      socket.resume();
      return;
    }
    this.connections.add(new FastConnection(socket, this));
  }

  forget(connection: FastConnection): void {
    this.connections.delete(connection);
  }

  /** idle and half-received connections close now, busy ones after their response */
  drain(): void {
    this.draining = true;
    for (const c of this.connections) c.closeIfIdle();
  }

  destroyAll(): void {
    clearInterval(this.sweeper);
    for (const c of this.connections) c.socket.destroy();
    this.connections.clear();
  }

  private sweep(): void {
    const now = performance.now();
    for (const c of this.connections) if (now > c.deadline) c.socket.destroy();
  }
}

/** the listening socket: net.Server with node:http's socket options, each connection to the lane */
export function fastLaneListener(lane: FastLane): Server {
  // allowHalfOpen as node:http: a client that half-closes after its request still gets the answer;
  // paused: a socket's reading can be switched to the shared buffer only before it starts
  return createServer({ allowHalfOpen: true, noDelay: true, pauseOnConnect: true }, (socket) => lane.accept(socket));
}

class FastConnection {
  private chunks: Buffer[] = [];
  private length = 0;
  /** the head of the request being received, once complete */
  private head: FastHead | undefined;
  /** the previous request's head, as bytes and as read */
  private lastHead: { bytes: Buffer; head: FastHead } | undefined;
  private searched = 0;
  /** the pool's memory the body being answered lies in, if it does */
  private lent: Buffer | undefined;
  private requestStarted = 0;
  private busy = false;
  private paused = false;
  private ended = false;
  private closeAfter = false;
  /** false once handed over or ended */
  private mine = true;
  /** whether the socket is read through the shared buffer (else through 'data' events) */
  private readonly sharedReads: boolean;
  deadline: number;

  private readonly onData = (chunk: Buffer) => this.received(chunk);
  private readonly onEnd = () => this.clientEnded();
  private readonly onClose = () => this.lane.forget(this);
  private readonly reply: Reply = (status, body, headers, requestId) => this.write(status, body, headers, requestId);
  private readonly onAnswered = (released: boolean) => {
    this.giveBack(released);
    this.answered();
  };

  constructor(
    readonly socket: Socket,
    private readonly lane: FastLane,
  ) {
    // a new connection has headersTimeout for its first request, as node:http gives it
    this.deadline = performance.now() + lane.options.headersTimeoutMs;
    this.sharedReads = lane.options.sharedReadBuffer !== false && readThroughSharedBuffer(socket, this.onData);
    if (this.sharedReads) lane.reads.sharedBuffer++;
    else {
      lane.reads.stream++;
      socket.on('data', this.onData);
    }
    socket.on('end', this.onEnd);
    socket.on('close', this.onClose);
    socket.on('error', ignore);
    socket.resume();
  }

  closeIfIdle(): void {
    if (this.busy) this.closeAfter = true;
    else this.socket.destroy();
  }

  private received(chunk: Buffer): void {
    if (this.length === 0) this.requestStarted = performance.now();
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (!this.busy) return this.advance();
    // A pipelined request: it waits (in the kernel) until this one is answered. Pausing costs two
    // system calls, so it is done only here, not for every request.
    if (!this.paused) {
      this.paused = true;
      this.socket.pause();
    }
  }

  /** answers every complete request in hand, one at a time; stops at an incomplete one or a busy lane */
  private advance(): void {
    const { options } = this.lane;
    if (this.length === 0) {
      this.deadline = performance.now() + (options.keepAliveTimeoutMs > 0 ? options.keepAliveTimeoutMs : Infinity);
      return;
    }
    if (this.lane.draining) return this.handOver();
    if (!this.head) {
      // a head is at most MAX_FAST_HEAD_BYTES: joining the chunks while it is incomplete stays cheap
      const bytes = this.joined();
      const last = this.lastHead;
      if (last && bytes.length >= last.bytes.length && bytes.compare(last.bytes, 0, last.bytes.length, 0, last.bytes.length) === 0) {
        // A client sends the same head request after request: the same bytes (up to and with the
        // blank line, the first in them) read the same, so the last reading stands.
        this.head = last.head;
      } else {
        const reading = readFastHead(bytes, options.maxBodyBytes, this.searched);
        if (reading === 'handover') return this.handOver();
        if (reading === 'incomplete') {
          this.searched = bytes.length;
          this.deadline = this.requestStarted + options.headersTimeoutMs;
          return;
        }
        this.head = reading;
        this.lastHead = { bytes: Buffer.from(bytes.subarray(0, reading.headBytes)), head: reading };
      }
    }
    const head = this.head;
    const end = head.headBytes + head.contentLength;
    if (this.length < end) {
      // the body's chunks are joined once, when the last arrives
      this.deadline = this.requestStarted + Math.max(options.requestTimeoutMs, options.headersTimeoutMs);
      return;
    }
    if (head.infer && this.answer(head, this.body(head))) {
      options.counts?.answered.inc();
    } else {
      // framed here, answered by node:http: the connection stays with the lane unless node:http closes it
      options.counts?.bridged.inc();
      options.bridge(this.joined().subarray(0, end), this.socket).then(
        (keepAlive) => {
          if (!keepAlive) this.closeAfter = true;
          this.answered();
        },
        () => this.socket.destroy(),
      );
    }
    // the request is the lane's now: the rest of the bytes begin the next one
    this.drop(end);
    // bytes of the next request in hand: its time starts now (else with its first byte, in received)
    if (this.length > 0) this.requestStarted = performance.now();
    this.head = undefined;
    this.searched = 0;
    this.busy = true;
    this.deadline = Infinity;
  }

  /** the pool's memory of the body just answered back to the pool, when nothing refers to it any more */
  private giveBack(released: boolean): void {
    const lent = this.lent;
    if (!lent) return;
    this.lent = undefined;
    if (released) this.lane.bodies.give(lent);
  }

  private answered(): void {
    this.busy = false;
    const socket = this.socket;
    if (socket.destroyed) return;
    if (this.closeAfter) {
      socket.end();
      this.mine = false;
      return this.lane.forget(this);
    }
    if (this.ended) return this.clientEnded();
    // a client that does not read its answers is not read either
    if (socket.writableNeedDrain) socket.once('drain', () => this.resume());
    else this.resume();
  }

  private resume(): void {
    this.advance();
    if (this.paused && !this.busy && this.mine && !this.socket.destroyed) {
      this.paused = false;
      this.socket.resume();
    }
  }

  private answer(head: FastHead, body: Buffer): boolean {
    if (head.close) this.closeAfter = true;
    const taken = this.lane.options.answer(head, body, this.reply, this.onAnswered);
    if (!taken) {
      this.closeAfter = false;
      this.giveBack(true);
    }
    return taken;
  }

  /** the client half-closed: answer nothing more; an unfinished request there is a 400, as node:http's parser makes it */
  private clientEnded(): void {
    this.ended = true;
    if (this.busy) return;
    if (this.length > 0) this.socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else this.socket.end();
    this.mine = false;
    this.lane.forget(this);
  }

  private write(status: number, body: ResponseBody, headers: Readonly<Record<string, string>>, requestId: string | undefined): void {
    const socket = this.socket;
    if (socket.destroyed || !socket.writable) return;
    let head = headLines(status, headers);
    head += `content-length: ${bodyLength(body)}\r\n`;
    if (requestId !== undefined) head += `x-request-id: ${requestId}\r\n`;
    head += `Date: ${utcDate()}\r\n`;
    if (this.closeAfter || this.lane.draining) {
      this.closeAfter = true;
      head += 'Connection: close\r\n\r\n';
    } else {
      head += this.lane.keepAliveLines;
    }
    if (typeof body === 'string') {
      socket.write(head + body);
    } else {
      // corked: the head and every part leave in one writev
      socket.cork();
      socket.write(head, 'latin1');
      if (Array.isArray(body)) for (const part of body) socket.write(part);
      else socket.write(body as Buffer);
      socket.uncork();
    }
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? EMPTY;
  }

  /**
   * The body of the complete request in hand. A large body in the binary form is copied out of
   * the received chunks once, to where its binary part starts 8-byte aligned: the decoder then
   * reads the tensors in place (a typed array needs its element size's alignment) instead of
   * joining the chunks and copying the tensor bytes a second time.
   */
  private body(head: FastHead): Buffer {
    const { headBytes, contentLength, jsonLength } = head;
    if (jsonLength === undefined || jsonLength > contentLength || contentLength < ALIGNED_BODY_BYTES) return this.joined().subarray(headBytes, headBytes + contentLength);
    const first = this.chunks[0]!;
    if (first.length >= headBytes + contentLength && (first.byteOffset + headBytes + jsonLength) % 8 === 0) return first.subarray(headBytes, headBytes + contentLength);
    // the pool's memory starts 8-byte aligned; every byte of the body is written below
    const pad = (8 - (jsonLength % 8)) % 8;
    const out = this.lane.bodies.take(pad + contentLength);
    this.lent = out;
    let at = pad;
    let offset = 0;
    const end = headBytes + contentLength;
    for (const chunk of this.chunks) {
      const from = Math.max(headBytes - offset, 0);
      const to = Math.min(end - offset, chunk.length);
      if (from < to) at += chunk.copy(out, at, from, to);
      offset += chunk.length;
      if (offset >= end) break;
    }
    return out.subarray(pad, pad + contentLength);
  }

  /** forgets the first `count` bytes received: what follows begins the next request */
  private drop(count: number): void {
    if (count === this.length) {
      // the common case, one request in hand: no new array
      this.chunks.length = 0;
      this.length = 0;
      return;
    }
    let left = count;
    let i = 0;
    while (i < this.chunks.length && left >= this.chunks[i]!.length) left -= this.chunks[i++]!.length;
    const rest = this.chunks.slice(i);
    if (left > 0) rest[0] = rest[0]!.subarray(left);
    this.chunks = rest;
    this.length -= count;
  }

  /** node:http takes the connection, starting with the bytes this lane has read and not answered */
  private handOver(): void {
    const socket = this.socket;
    this.mine = false;
    this.lane.forget(this);
    // node:http parses a socket it takes in its own reads (it consumes the handle) and sees only
    // the bytes pushed back below as 'data'; where it does not, later reads must reach its 'data'
    // listeners, not this lane
    if (this.sharedReads) readIntoStream(socket);
    else socket.off('data', this.onData);
    socket.off('end', this.onEnd);
    socket.off('close', this.onClose);
    socket.off('error', ignore);
    socket.pause();
    if (this.length > 0) socket.unshift(this.joined());
    this.chunks = [];
    this.length = 0;
    this.lane.options.counts?.handedOver.inc();
    this.lane.options.handOver(socket);
    socket.resume();
  }
}

const EMPTY = Buffer.alloc(0);

/** from this size on a binary-form body is placed aligned (below it a copy of the tensor costs less than the placing) */
const ALIGNED_BODY_BYTES = 16_384;

function ignore(): void {}

let lastStatus = 0;
let lastHeaders: Readonly<Record<string, string>> | undefined;
let lastLines = '';

/** the status line and `headers`' lines; made again only when they change (an answer's headers object is shared) */
function headLines(status: number, headers: Readonly<Record<string, string>>): string {
  if (status === lastStatus && headers === lastHeaders && Object.isFrozen(headers)) return lastLines;
  let lines = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}\r\n`;
  for (const name in headers) lines += `${name}: ${headers[name]}\r\n`;
  lastStatus = status;
  lastHeaders = headers;
  lastLines = lines;
  return lines;
}

let dateSecond = -1;
let dateText = '';

/** the Date header, made once a second (as node:http does) */
function utcDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}
