// The fast lane's memory for large binary-form bodies (shared/serve/body-pool.ts): the pool on its
// own, and the lane's use of it through real sockets (shared/serve/fast-lane.ts). A body's memory
// goes back to the pool only when the request's `done(released)` says true; with false (something
// still refers to the tensors: a prediction log record, a shadow run) it is never reused.
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { BodyPool } from '../../shared/serve/body-pool.js';
import { FastLane, fastLaneListener } from '../../shared/serve/fast-lane.js';

test('the pool gives memory back for reuse, aligned, within its bounds in count and bytes', () => {
  const pool = new BodyPool(1 << 20, 2);
  const a = pool.take(120_000);
  expect(a.length).toBeGreaterThanOrEqual(120_000);
  expect(a.byteOffset % 8).toBe(0);
  pool.give(a);
  expect(pool.held).toEqual({ count: 1, bytes: a.length });
  // a smaller body takes the same memory; a larger one gets its own
  expect(pool.take(100_000)).toBe(a);
  expect(pool.held).toEqual({ count: 0, bytes: 0 });
  pool.give(a);
  const bigger = pool.take(200_000);
  expect(bigger).not.toBe(a);
  expect(bigger.length).toBeGreaterThanOrEqual(200_000);
  // beyond its count (2) or its bytes (1 MiB here) the pool keeps nothing more
  pool.give(bigger);
  expect(pool.held.count).toBe(2);
  pool.give(Buffer.allocUnsafeSlow(16_384));
  expect(pool.held.count).toBe(2);
  const fresh = new BodyPool(100_000, 4);
  fresh.give(Buffer.allocUnsafeSlow(131_072));
  expect(fresh.held).toEqual({ count: 0, bytes: 0 });
});

test("the lane's pool keeps at most 4 buffers and 16 MiB", () => {
  for (const [size, count] of [
    [1 << 20, 4],
    [5 << 20, 3],
  ] as const) {
    const lane = new FastLane(laneOptions(() => false));
    for (let i = 0; i < 6; i++) lane.bodies.give(Buffer.allocUnsafeSlow(size));
    expect(lane.bodies.held).toEqual({ count, bytes: count * size });
    lane.destroyAll();
  }
});

/** a request the lane answers itself: a binary-form inference request with a body of `size` bytes, each byte `fill` */
function binaryRequest(size: number, fill: number): { bytes: Buffer; body: Buffer } {
  const json = '{"inputs":[]}';
  const body = Buffer.alloc(size, fill);
  body.write(json, 0, 'latin1');
  const head = `POST /v2/models/m/infer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${size}\r\nInference-Header-Content-Length: ${json.length}\r\n\r\n`;
  return { bytes: Buffer.concat([Buffer.from(head, 'latin1'), body]), body };
}

interface Taken {
  body: Buffer;
  done: (released: boolean) => void;
  sent: Buffer;
}

function laneOptions(answer: ConstructorParameters<typeof FastLane>[0]['answer'], maxBodyBytes = 1 << 20) {
  return { maxBodyBytes, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, checkIntervalMs: 1_000, answer, bridge: async () => false, handOver: (socket: Socket) => socket.destroy() };
}

/** a lane on loopback whose answer replies at once and leaves `done` to the test */
async function startLane(maxBodyBytes = 1 << 20) {
  let arrived: ((taken: { body: Buffer; done: (released: boolean) => void }) => void) | undefined;
  const lane = new FastLane(
    laneOptions((_head, body, reply, done) => {
      reply(200, 'ok', { 'content-type': 'text/plain' });
      arrived?.({ body, done });
      return true;
    }, maxBodyBytes),
  );
  const listener = fastLaneListener(lane);
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const port = (listener.address() as AddressInfo).port;
  const sockets: Socket[] = [];
  let fill = 1;
  return {
    lane,
    connect: async (): Promise<Socket> => {
      const socket = connect(port, '127.0.0.1');
      socket.on('data', () => {});
      sockets.push(socket);
      await new Promise((resolve) => socket.once('connect', resolve));
      return socket;
    },
    /**
     * one request on `socket`, its body of `size` bytes (a new fill each time); resolves when the
     * lane has answered it. Written in two parts, so that the body comes in more than one chunk and
     * the lane copies it into the pool's memory (a whole, aligned body in one chunk is read in place).
     */
    request: async (socket: Socket, size = 200_000): Promise<Taken> => {
      const { bytes, body } = binaryRequest(size, fill++);
      const answered = new Promise<{ body: Buffer; done: (released: boolean) => void }>((resolve) => (arrived = resolve));
      socket.write(bytes.subarray(0, 1000));
      await new Promise((resolve) => setTimeout(resolve, 10));
      socket.write(bytes.subarray(1000));
      const taken = await answered;
      // the lane hands over exactly the bytes sent
      expect(taken.body.equals(body)).toBe(true);
      return { ...taken, sent: body };
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      lane.destroyAll();
      await new Promise((resolve) => listener.close(resolve));
    },
  };
}

test("a body's memory serves another request only after its done(true); after done(false) never", async () => {
  const server = await startLane();
  try {
    const [one, two, three] = [await server.connect(), await server.connect(), await server.connect()];
    const a = await server.request(one);
    // a is not done with: the next body has memory of its own
    const b = await server.request(two);
    expect(b.body.buffer).not.toBe(a.body.buffer);
    a.done(true);
    expect(server.lane.bodies.held.count).toBe(1);
    // a's memory is the pool's again, and the next body is copied into it
    const c = await server.request(one);
    expect(c.body.buffer).toBe(a.body.buffer);
    b.done(false);
    expect(server.lane.bodies.held.count).toBe(0);
    const d = await server.request(two);
    expect(d.body.buffer).not.toBe(b.body.buffer);
    expect(d.body.buffer).not.toBe(c.body.buffer);
    c.done(true);
    d.done(true);
    expect(server.lane.bodies.held.count).toBe(2);
    // requests enough to take every buffer the pool holds and more: b's memory is never among them
    const later = [await server.request(three), await server.request(one), await server.request(two)];
    expect(later.map((t) => t.body.buffer)).not.toContain(b.body.buffer);
    expect(later.map((t) => t.body.buffer)).toEqual(expect.arrayContaining([c.body.buffer, d.body.buffer]));
    // what b's tensors would be read from is still b's body
    expect(b.body.equals(b.sent)).toBe(true);
    for (const t of later) t.done(true);
  } finally {
    await server.close();
  }
});

test('released bodies of many concurrent requests leave the pool within its bounds', async () => {
  for (const [size, count, bytes] of [
    [200_000, 4, 4 * 212_992], // 200,000 and the alignment pad, rounded up to 16 KiB
    [5 << 20, 3, 3 * 5_259_264], // a fourth 5 MiB buffer would pass 16 MiB
  ] as const) {
    const server = await startLane(6 << 20);
    try {
      const taken: Taken[] = [];
      for (let i = 0; i < 6; i++) taken.push(await server.request(await server.connect(), size));
      expect(new Set(taken.map((t) => t.body.buffer)).size).toBe(6);
      for (const t of taken) t.done(true);
      expect(server.lane.bodies.held).toEqual({ count, bytes });
    } finally {
      await server.close();
    }
  }
});
