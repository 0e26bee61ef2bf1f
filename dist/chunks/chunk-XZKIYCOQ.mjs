import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/fs/digest.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { Worker } from "node:worker_threads";
async function sha256File(path) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 22);
  const handle = await open(path, "r");
  try {
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function sha256Bytes(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function sha256FileInBackground(path) {
  const worker = new Worker(HASH_WORKER, { eval: true, workerData: path });
  const digest = new Promise((resolve, reject) => {
    worker.once("message", (message) => message.digest ? resolve(message.digest) : reject(new Error(message.error)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the hashing thread stopped (exit code ${code})`)));
  });
  digest.catch(() => void 0);
  return { digest, cancel: () => void worker.terminate() };
}
var HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
try {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 22);
  const fd = openSync(workerData, 'r');
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  parentPort.postMessage({ digest: hash.digest('hex') });
} catch (err) {
  parentPort.postMessage({ error: String(err && err.message || err) });
}
`;

export {
  sha256File,
  sha256Bytes,
  sha256FileInBackground
};
