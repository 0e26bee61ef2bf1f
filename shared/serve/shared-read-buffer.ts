/**
 * Reading the fast lane's connections through one buffer they all share, the way net.Socket's
 * documented `onread` option reads a socket it creates: the kernel's bytes land in that buffer,
 * and the lane copies out what it keeps (a small request into node's 8 KiB pool, no allocation of
 * its own). Node's ordinary read allocates 64 KiB for every read, shrinks it, wraps it in an
 * ArrayBuffer that the garbage collector sweeps later, and passes it through the stream's push and
 * 'data' events. Under 64 one-row clients that was about a tenth of the server's CPU a request
 * (docs/serve.md, "Reading through one buffer").
 *
 * net.Server has no `onread` for the sockets it accepts. So a socket accepted paused
 * (pauseOnConnect) gets what net.Socket's constructor gives one created with `onread`: the two
 * fields its read callback looks at, found by their symbols' names, and its handle switched to the
 * buffer. A Node without them keeps the ordinary read: `readThroughSharedBuffer` then changes
 * nothing and says so, and the tests fail on a Node where that happens unnoticed.
 */
import type { Socket } from 'node:net';
import { Buffer } from 'node:buffer';

/** as big as node's own read (its suggested size): a read never takes more of the kernel's bytes at once */
const READ_BUFFER_BYTES = 65_536;

/** filled by one read and copied out before the next: reads run one at a time, on this thread */
let shared: Buffer | undefined;

type ReadCallback = (bytes: number, buffer: Buffer) => boolean | void;

interface ReadFields {
  buffer: symbol;
  callback: symbol;
}

interface BufferHandle {
  reading?: boolean;
  useUserBuffer?: (buffer: Uint8Array) => void;
}

/** net.Socket's two `onread` fields, the same symbols on every socket: found on the first one looked at */
let onreadFields: ReadFields | null | undefined;

function onreadFieldsOf(socket: Socket): ReadFields | null {
  if (onreadFields !== undefined) return onreadFields;
  let buffer: symbol | undefined;
  let callback: symbol | undefined;
  for (const key of Object.getOwnPropertySymbols(socket)) {
    if (key.description === 'kBuffer') buffer = key;
    else if (key.description === 'kBufferCb') callback = key;
  }
  return (onreadFields = buffer && callback ? { buffer, callback } : null);
}

/** the socket's `onread` fields, where this Node has them and the socket is not being read yet */
function readFields(socket: Socket): ReadFields | undefined {
  const handle = (socket as unknown as { _handle?: BufferHandle })._handle;
  if (typeof handle?.useUserBuffer !== 'function' || handle.reading) return undefined;
  const fields = onreadFieldsOf(socket);
  // both unset, as the constructor leaves a socket created without onread
  const values = socket as unknown as Record<symbol, unknown>;
  if (!fields || values[fields.buffer] !== null || values[fields.callback] !== null) return undefined;
  return fields;
}

/** each read's bytes as a Buffer of their own */
function copyOut(buffer: Buffer, bytes: number): Buffer {
  const out = Buffer.allocUnsafe(bytes);
  buffer.copy(out, 0, 0, bytes);
  return out;
}

/**
 * From the next read on (the socket accepted paused, not resumed yet), `socket`'s bytes go to
 * `onBytes`, each read copied out of the shared buffer; no 'data' event is emitted. false: this
 * Node does not allow it, and nothing changed.
 */
export function readThroughSharedBuffer(socket: Socket, onBytes: (chunk: Buffer) => void): boolean {
  const fields = readFields(socket);
  if (!fields) return false;
  shared ??= Buffer.allocUnsafe(READ_BUFFER_BYTES);
  const onRead: ReadCallback = (bytes, buffer) => onBytes(copyOut(buffer, bytes));
  const socketFields = socket as unknown as Record<symbol, unknown>;
  socketFields[fields.buffer] = shared;
  socketFields[fields.callback] = onRead;
  (socket as unknown as { _handle: Required<BufferHandle> })._handle.useUserBuffer(shared);
  return true;
}

/**
 * Hands `socket`'s reads back to its stream, for node:http to take the connection: each read is
 * pushed, as node's ordinary read pushes it ('data' events, backpressure). The handle keeps the
 * shared buffer: node has no way back.
 */
export function readIntoStream(socket: Socket): void {
  const fields = onreadFieldsOf(socket);
  if (!fields) return;
  // false stops reading until the stream is read again, as a full stream does in node's own read
  const onRead: ReadCallback = (bytes, buffer) => socket.push(copyOut(buffer, bytes));
  (socket as unknown as Record<symbol, unknown>)[fields.callback] = onRead;
}
