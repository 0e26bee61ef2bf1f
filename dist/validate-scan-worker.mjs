import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  runScanJob
} from "./chunks/chunk-LCZ653YG.mjs";
import {
  precompileColumnKernel
} from "./chunks/chunk-GS2MZVGB.mjs";
import "./chunks/chunk-PIO7UDJF.mjs";
import "./chunks/chunk-OBKOI45Q.mjs";
import "./chunks/chunk-MWAICGG4.mjs";
import "./chunks/chunk-VFDZXXU3.mjs";
import {
  precompileCsvScan
} from "./chunks/chunk-CW5BV43U.mjs";
import "./chunks/chunk-OODZNGRG.mjs";
import "./chunks/chunk-C7X5XRUW.mjs";
import "./chunks/chunk-PWERFMPE.mjs";
import "./chunks/chunk-4NDXX6IS.mjs";

// shared/validate/scan-worker.ts
void precompileCsvScan();
void precompileColumnKernel();
process.on("message", async (job) => {
  try {
    const onBytes = job.reportBytes ? (bytes) => void process.send({ bytes }) : void 0;
    process.send({ result: await runScanJob(job, onBytes) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
