import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  shareResultOf
} from "./chunks/chunk-D4WRFU4A.mjs";
import {
  scanData
} from "./chunks/chunk-CKK5W4NL.mjs";
import "./chunks/chunk-PIO7UDJF.mjs";
import "./chunks/chunk-OBKOI45Q.mjs";
import "./chunks/chunk-46XFROR4.mjs";
import "./chunks/chunk-MWAICGG4.mjs";
import "./chunks/chunk-FDWCP4KR.mjs";
import "./chunks/chunk-3NGWW2LW.mjs";
import "./chunks/chunk-PWERFMPE.mjs";
import "./chunks/chunk-4NDXX6IS.mjs";

// shared/validate/scan-worker.ts
process.on("message", async ({ file, options, reportBytes }) => {
  try {
    const onBytes = reportBytes ? (bytes) => void process.send({ bytes }) : void 0;
    process.send({ result: shareResultOf(await scanData([file], { ...options, ...onBytes ? { onBytes } : {} })) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
