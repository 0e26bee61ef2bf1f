/**
 * The worker side of scanDataInParallel: scans the shares of files it is sent, one at a time, and
 * posts each result as plain data. Bundled as its own entry (see scan-parallel.ts).
 */
import { parentPort } from 'node:worker_threads';
import { scanData, type ScanOptions } from './scan-data.js';
import { shareResultOf } from './scan-share.js';

parentPort!.on('message', async ({ file, options }: { file: string; options: ScanOptions }) => {
  try {
    const t0 = performance.now(); const scan = await scanData([file], options); const t1 = performance.now(); const r = shareResultOf(scan); console.error("worker", options.share, (t1 - t0).toFixed(0), (performance.now() - t1).toFixed(0), performance.timeOrigin); parentPort!.postMessage({ result: r });
  } catch (err) {
    parentPort!.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
