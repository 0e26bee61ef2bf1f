// The ceiling of bench/serve.mjs: node:http reading the body and answering a fixed OIP response of
// the same size as the real ones, with no JSON parsing and no model. No server built on node:http
// answers faster on this machine, so "mlci ÷ minimal" can be at most "ceiling ÷ minimal".
//   node bench/peers/http-ceiling.mjs MODEL.onnx   → prints {"url": …} and serves until SIGTERM
import { createServer } from 'node:http';

const answer = JSON.stringify({ model_name: 'model', model_version: '1', outputs: [{ name: 'label', shape: [1], datatype: 'INT64', data: [0] }, { name: 'probabilities', shape: [1, 2], datatype: 'FP32', data: [0.25, 0.75] }] });

const server = createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answer);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
