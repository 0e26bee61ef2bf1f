import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  scanData,
  shareResultOf
} from "./chunks/chunk-FKGL4H5Z.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-6S2IIISV.mjs";
import "./chunks/chunk-YCFNLZYA.mjs";

// shared/validate/scan-worker.ts
process.on("message", async ({ file, options }) => {
  try {
    process.send({ result: shareResultOf(await scanData([file], options)) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
