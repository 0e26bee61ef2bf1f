import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  nodeCrypto
} from "./chunk-WVQARYMP.mjs";

// shared/fs/digest.ts
import { open, stat } from "node:fs/promises";
async function sha256File(path) {
  const hash = nodeCrypto.createHash("sha256");
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
  return nodeCrypto.createHash("sha256").update(bytes).digest("hex");
}
var BACKGROUND_DIGEST_MIN_BYTES = 1 << 20;
var OPENSSL_DIGEST_MIN_BYTES = 32 << 20;
function sha256FileInBackground(path) {
  let cancelled = false;
  let stop;
  let markStarted = () => void 0;
  const started = new Promise((resolve) => markStarted = resolve);
  const digest = stat(path).then(async ({ size }) => {
    if (size < BACKGROUND_DIGEST_MIN_BYTES) {
      markStarted();
      return sha256File(path);
    }
    if (size >= OPENSSL_DIGEST_MIN_BYTES) {
      const { sha256FileByOpenssl } = await import("./digest-openssl-JKLWUFLO.mjs");
      if (cancelled) throw new Error("the digest was cancelled");
      const job2 = sha256FileByOpenssl(path);
      stop = job2.cancel;
      markStarted();
      const hex = await job2.result;
      if (hex) return hex;
    }
    const { sha256FileFramedInBackground } = await import("./digest-worker-WWRSS2BN.mjs");
    if (cancelled) throw new Error("the digest was cancelled");
    const job = sha256FileFramedInBackground(path, new Uint8Array(0), new Uint8Array(0));
    stop = job.cancel;
    markStarted();
    return (await job.result).hex;
  });
  digest.catch(() => void 0).finally(() => markStarted());
  return {
    digest,
    started,
    cancel: () => {
      cancelled = true;
      stop?.();
    }
  };
}

export {
  sha256File,
  sha256Bytes,
  sha256FileInBackground
};
