// The fast lane's reads through one buffer all its connections share (shared-read-buffer.ts),
// on real loopback sockets: each read's bytes reach their own connection as a copy of their own,
// no 'data' event is emitted meanwhile, a socket already being read is left alone, and a socket
// handed back to its stream gets every later byte as 'data' again (node:http takes such sockets).
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { readIntoStream, readThroughSharedBuffer } from '../../shared/serve/shared-read-buffer.js';

interface Accepted {
  server: Server;
  port: number;
  next(): Promise<Socket>;
}

/** a loopback server whose accepted sockets are taken one by one; paused as the fast lane accepts them */
async function listen(pauseOnConnect: boolean): Promise<Accepted> {
  const waiting: Socket[] = [];
  const takers: ((s: Socket) => void)[] = [];
  const server = createServer({ pauseOnConnect, allowHalfOpen: true }, (socket) => {
    const taker = takers.shift();
    if (taker) taker(socket);
    else waiting.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    next: () => (waiting.length > 0 ? Promise.resolve(waiting.shift()!) : new Promise((resolve) => takers.push(resolve))),
  };
}

const connect = (port: number) => new Promise<Socket>((resolve) => { const s = createConnection(port, '127.0.0.1', () => resolve(s)); });
const until = async (check: () => boolean) => { while (!check()) await new Promise((r) => setTimeout(r, 5)); };
const pattern = (length: number, seed: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff));

let accepted: Accepted;
beforeEach(async () => (accepted = await listen(true)));
afterEach(async () => {
  accepted.server.close();
});

test('two connections read through the buffer get their own bytes, each read a copy of its own, and no data event', async () => {
  const clients = [await connect(accepted.port), await connect(accepted.port)];
  const sockets = [await accepted.next(), await accepted.next()];
  const chunks: Buffer[][] = [[], []];
  const dataEvents = [0, 0];
  sockets.forEach((socket, i) => {
    socket.on('data', () => dataEvents[i]!++);
    expect(readThroughSharedBuffer(socket, (chunk) => chunks[i]!.push(chunk))).toBe(true);
    socket.resume();
  });
  // 300 KB each, written alternately in pieces of uneven size: many reads, each overwriting the buffer
  const sent = [pattern(300_000, 1), pattern(300_000, 2)];
  for (let at = 0; at < 300_000; at += 7_001) for (const [i, client] of clients.entries()) client.write(sent[i]!.subarray(at, at + 7_001));
  await until(() => chunks.every((c) => c.reduce((n, b) => n + b.length, 0) >= 300_000));
  chunks.forEach((c, i) => {
    expect(c.length).toBeGreaterThan(1);
    // the chunks kept since the first read still hold what was read then: each is a copy, not the shared buffer later reads overwrote
    expect(Buffer.concat(c).equals(sent[i]!)).toBe(true);
  });
  expect(dataEvents).toEqual([0, 0]);
  for (const client of clients) client.destroy();
  for (const socket of sockets) socket.destroy();
});

test('pause and resume hold and restart the reads; the client\'s end still ends the socket', async () => {
  const client = await connect(accepted.port);
  const socket = await accepted.next();
  const chunks: Buffer[] = [];
  readThroughSharedBuffer(socket, (chunk) => chunks.push(chunk));
  socket.resume();
  client.write('first');
  await until(() => chunks.length === 1);
  socket.pause();
  client.write('second');
  await new Promise((r) => setTimeout(r, 100));
  expect(Buffer.concat(chunks).toString()).toBe('first');
  const ended = new Promise((resolve) => socket.once('end', resolve));
  client.end();
  socket.resume();
  await ended;
  expect(Buffer.concat(chunks).toString()).toBe('firstsecond');
  socket.destroy();
});

test('a socket handed back to its stream emits every later byte as data, in order', async () => {
  const client = await connect(accepted.port);
  const socket = await accepted.next();
  const before: Buffer[] = [];
  readThroughSharedBuffer(socket, (chunk) => before.push(chunk));
  socket.resume();
  client.write('head');
  await until(() => before.length === 1);
  readIntoStream(socket);
  const after: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => after.push(chunk));
  const sent = pattern(1_000_000, 3);
  client.end(sent);
  await new Promise((resolve) => socket.once('end', resolve));
  expect(Buffer.concat(before).toString()).toBe('head');
  expect(Buffer.concat(after).equals(sent)).toBe(true);
  socket.destroy();
});

test('a socket already being read is left as it is', async () => {
  const reading = await listen(false);
  try {
    const client = await connect(reading.port);
    const socket = await reading.next();
    const data: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => data.push(chunk));
    expect(readThroughSharedBuffer(socket, () => { throw new Error('not this way'); })).toBe(false);
    client.end('still data events');
    await new Promise((resolve) => socket.once('end', resolve));
    expect(Buffer.concat(data).toString()).toBe('still data events');
    socket.destroy();
  } finally {
    reading.server.close();
  }
});
