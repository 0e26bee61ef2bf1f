// The peer of bench/serve.mjs: the minimal model server a user would write in an afternoon.
// node:http, JSON.parse, one session.run per request with onnxruntime's default session options,
// no batching, no binary form. It answers the same OIP JSON requests as mlci serve.
//   node bench/peers/minimal-serve.mjs MODEL.onnx   → prints {"url": …} and serves until SIGTERM
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// onnxruntime's telemetry off, as mlci serve runs it (shared/runtime/onnxruntime.ts): the two
// servers compared under the same conditions
process.env.ORT_DISABLE_TELEMETRY ??= '1';
const ort = createRequire(import.meta.url)('onnxruntime-node');
const session = await ort.InferenceSession.create(process.argv[2]);

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString());
      const feeds = {};
      for (const input of body.inputs) feeds[input.name] = new ort.Tensor('float32', Float32Array.from(input.data.flat()), input.shape);
      const result = await session.run(feeds);
      const outputs = Object.entries(result).map(([name, t]) => ({ name, shape: t.dims, datatype: t.type === 'int64' ? 'INT64' : 'FP32', data: Array.from(t.data, Number) }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ model_name: 'model', outputs }));
    } catch (err) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(err) }));
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
