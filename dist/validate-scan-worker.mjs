import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  runScanJob
} from "./chunks/chunk-FOAE3HMN.mjs";
import {
  precompileColumnKernel
} from "./chunks/chunk-E6H5GRHK.mjs";
import "./chunks/chunk-PIO7UDJF.mjs";
import "./chunks/chunk-OBKOI45Q.mjs";
import "./chunks/chunk-MWAICGG4.mjs";
import "./chunks/chunk-AUKHAFSQ.mjs";
import {
  precompileCsvScan
} from "./chunks/chunk-Z7FU6QYM.mjs";
import "./chunks/chunk-OODZNGRG.mjs";
import "./chunks/chunk-HMON5L2P.mjs";
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
