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
function sha256FileInBackground(path, options = {}) {
  let cancelled = false;
  let settled = false;
  const stops = /* @__PURE__ */ new Set();
  let markStarted = () => void 0;
  const started = new Promise((resolve) => markStarted = resolve);
  let markHurried = () => void 0;
  const hurried = new Promise((resolve) => markHurried = resolve);
  const inWorker = async () => {
    const { sha256FileFramedInBackground } = await import("./digest-worker-WWRSS2BN.mjs");
    if (cancelled || settled) throw new Error("the digest was cancelled");
    const job = sha256FileFramedInBackground(path, new Uint8Array(0), new Uint8Array(0));
    stops.add(job.cancel);
    markStarted();
    return (await job.result).hex;
  };
  const digest = stat(path).then(async ({ size }) => {
    if (size < BACKGROUND_DIGEST_MIN_BYTES) {
      markStarted();
      return sha256File(path);
    }
    if (size >= OPENSSL_DIGEST_MIN_BYTES) {
      const { sha256FileByOpenssl } = await import("./digest-openssl-FLURI5SG.mjs");
      if (cancelled) throw new Error("the digest was cancelled");
      const job = sha256FileByOpenssl(path, options.yieldCpu ? YIELDING_NICENESS : 0);
      stops.add(job.cancel);
      markStarted();
      return options.yieldCpu ? yieldingDigest(job.result, hurried, inWorker, options.hurryGraceMs ?? HURRY_GRACE_MS) : await job.result ?? inWorker();
    }
    return inWorker();
  });
  digest.catch(() => void 0).finally(() => markStarted());
  digest.finally(() => {
    settled = true;
    stops.forEach((stop) => stop());
  }).catch(() => void 0);
  return {
    digest,
    started,
    hurry: markHurried,
    cancel: () => {
      cancelled = true;
      stops.forEach((stop) => stop());
    }
  };
}
var YIELDING_NICENESS = 19;
var HURRY_GRACE_MS = 50;
async function yieldingDigest(openssl, hurried, inWorker, graceMs) {
  const answered = openssl.then((hex) => ({ hex }));
  const first = await Promise.race([answered, hurried.then(() => void 0)]);
  if (first) return first.hex ?? inWorker();
  const graced = await Promise.race([answered, new Promise((resolve) => setTimeout(() => resolve(void 0), graceMs).unref())]);
  if (graced) return graced.hex ?? inWorker();
  return firstAnswer(openssl, inWorker());
}
function firstAnswer(openssl, thread) {
  return new Promise((resolve, reject) => {
    let opensslFailed = false;
    let threadFailure;
    void openssl.then((hex) => {
      if (hex !== void 0) resolve(hex);
      else if (threadFailure) reject(threadFailure.error);
      else opensslFailed = true;
    });
    thread.then(resolve, (error) => {
      if (opensslFailed) reject(error);
      else threadFailure = { error };
    });
  });
}

export {
  sha256File,
  sha256Bytes,
  sha256FileInBackground
};
