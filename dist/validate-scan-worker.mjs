import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  scanData,
  shareResultOf
} from "./chunks/chunk-EFML5JJQ.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-GSGR6JB4.mjs";
import "./chunks/chunk-YCFNLZYA.mjs";

// shared/validate/scan-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", async ({ file, options }) => {
  try {
    parentPort.postMessage({ result: shareResultOf(await scanData([file], options)) });
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
