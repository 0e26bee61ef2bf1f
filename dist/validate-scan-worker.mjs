import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  shareResultOf
} from "./chunks/chunk-B6PYH7FH.mjs";
import {
  scanData
} from "./chunks/chunk-5O6E67HN.mjs";
import "./chunks/chunk-XZUQH4QQ.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-VBEKBVIM.mjs";
import "./chunks/chunk-WKRJA3LE.mjs";
import "./chunks/chunk-B56GY6F4.mjs";
import "./chunks/chunk-Y5HJ3DQY.mjs";
import "./chunks/chunk-TLFW3MUB.mjs";

// shared/validate/scan-worker.ts
process.on("message", async ({ file, options, reportBytes }) => {
  try {
    const onBytes = reportBytes ? (bytes) => void process.send({ bytes }) : void 0;
    process.send({ result: shareResultOf(await scanData([file], { ...options, ...onBytes ? { onBytes } : {} })) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
