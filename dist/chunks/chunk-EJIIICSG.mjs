import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/fs/digest-worker.ts
import { Worker } from "node:worker_threads";
var SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256').update(workerData.before);
const buffer = Buffer.allocUnsafe(1 << 22);
const fd = openSync(workerData.path, 'r');
let size = 0;
try {
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    size += n;
    hash.update(buffer.subarray(0, n));
  }
} finally {
  closeSync(fd);
}
hash.update(workerData.after);
parentPort.postMessage({ hex: hash.digest('hex'), size });
`;
function sha256FileFramedInBackground(path, before, after) {
  const worker = new Worker(SOURCE, { eval: true, workerData: { path, before, after } });
  const result = new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the digest worker stopped (exit code ${code})`)));
  });
  result.catch(() => {
  });
  result.finally(() => void worker.terminate()).catch(() => {
  });
  return { result, cancel: () => void worker.terminate() };
}

export {
  sha256FileFramedInBackground
};
