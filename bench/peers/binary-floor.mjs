// The floor under bench/serve.mjs's binary-form figure: a server on `net` that reads each request
// (head and Content-Length body) and answers a fixed binary-form response of ANSWER_BYTES bytes, no
// parsing, no model. With DELAY_MS > 0 it answers that long after the body is in (busy, as a model
// run is): the difference shows what answering later costs on this machine alone (the client's
// core has gone idle by then and must be woken), which any server that does work pays.
//   node bench/peers/binary-floor.mjs ANSWER_BYTES [DELAY_MS=0]   → prints {"url": …}, serves until SIGTERM
import { createServer } from 'node:net';

const answerBytes = Number(process.argv[2]);
const delayMs = Number(process.argv[3] ?? 0);
if (!Number.isSafeInteger(answerBytes) || answerBytes < 0 || !(delayMs >= 0)) throw new Error('usage: node bench/peers/binary-floor.mjs ANSWER_BYTES [DELAY_MS]');
const answer = Buffer.concat([
  Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ninference-header-content-length: 0\r\ncontent-length: ${answerBytes}\r\nConnection: keep-alive\r\n\r\n`, 'latin1'),
  Buffer.alloc(answerBytes),
]);

const server = createServer({ noDelay: true }, (socket) => {
  let received = Buffer.alloc(0);
  let needed = -1;
  socket.on('error', () => {});
  socket.on('data', (chunk) => {
    received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
    for (;;) {
      if (needed < 0) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(received.toString('latin1', 0, end));
        needed = end + 4 + Number(length?.[1] ?? 0);
      }
      if (received.length < needed) return;
      received = received.subarray(needed);
      needed = -1;
      if (delayMs > 0) {
        const until = performance.now() + delayMs;
        while (performance.now() < until);
      }
      socket.write(answer);
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
