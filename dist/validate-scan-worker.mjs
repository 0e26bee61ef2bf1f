import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  shareResultOf
} from "./chunks/chunk-42KZPJXZ.mjs";
import {
  scanData
} from "./chunks/chunk-C7UD2C3U.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-E4GX3LBF.mjs";
import "./chunks/chunk-WKRJA3LE.mjs";
import "./chunks/chunk-Y5HJ3DQY.mjs";
import "./chunks/chunk-AR3GCIHW.mjs";

// shared/validate/scan-worker.ts
process.on("message", async ({ file, options }) => {
  try {
    process.send({ result: shareResultOf(await scanData([file], options)) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
