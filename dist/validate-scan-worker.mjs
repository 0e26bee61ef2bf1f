import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  scanData,
  shareResultOf
} from "./chunks/chunk-EFML5JJQ.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-GSGR6JB4.mjs";
import "./chunks/chunk-YCFNLZYA.mjs";

// shared/validate/scan-worker.ts
process.on("message", async ({ file, options }) => {
  try {
    const t0 = performance.now();
    const scan = await scanData([file], options);
    const t1 = performance.now();
    const r = shareResultOf(scan);
    console.error("worker", options.share?.firstRow, (t1 - t0).toFixed(0), (performance.now() - t1).toFixed(0), (performance.timeOrigin + t0 - 17955239e5).toFixed(0), process.cpuUsage());
    process.send({ result: r });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
