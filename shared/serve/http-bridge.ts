/**
 * One request, framed by the fast lane but not answered there (a health check, metadata, an
 * error to answer), run through node:http on an in-memory socket: node:http parses the exact bytes
 * the lane framed and answers with its own routes and rules, and the response bytes go out on the
 * client's socket. The connection stays with the lane afterwards, so a client that checks
 * readiness and then sends inference on the same connection keeps the lane for its inference.
 *
 * node:http gets only the one request's bytes, so nothing it reads can run into the next request.
 * When it ends the in-memory socket (Connection: close, a refused request), the client's
 * connection ends after the response.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

export class BridgeSocket extends Duplex {
  private detached = false;
  private settle: ((keepAlive: boolean) => void) | undefined;
  readonly done: Promise<boolean>;

  constructor(private readonly client: Socket) {
    super();
    this.done = new Promise((resolve) => (this.settle = resolve));
    this.on('error', () => {});
    this.on('close', () => this.finish(false));
  }

  /** from the server's request listener: the response to watch for its end */
  watch(res: ServerResponse): void {
    // node:http's own 'finish' listener runs first and ends this socket when the connection is to close
    res.on('finish', () => this.finish(!this.writableEnded && !this.destroyed));
    res.on('close', () => this.finish(false));
  }

  override _read(): void {}

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.detached && !this.client.destroyed) this.client.write(chunk, encoding);
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.finish(false);
    callback();
  }

  /** the response is out (or will not come): settle, and let node:http release its parser */
  private finish(keepAlive: boolean): void {
    if (this.detached) return;
    this.detached = true;
    this.settle!(keepAlive);
    setImmediate(() => this.destroy());
  }
}

/** resolves when the response is written: true when the connection may carry another request */
export function bridgeRequest(server: Server, request: Buffer, client: Socket): Promise<boolean> {
  const bridge = new BridgeSocket(client);
  server.emit('connection', bridge);
  bridge.push(request);
  // a client gone meanwhile: node:http's request sees its socket close
  const onClose = () => bridge.destroy();
  client.once('close', onClose);
  return bridge.done.finally(() => client.off('close', onClose));
}
