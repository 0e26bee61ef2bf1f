/**
 * The worker side of scanDataInParallel, run as a child process: scans the shares of files it is
 * sent, one at a time, and sends each result back as plain data. Bundled as its own entry (see
 * scan-parallel.ts); it exits when the parent disconnects.
 */
import { scanData, type ScanOptions } from './scan-data.js';
import { shareResultOf } from './scan-share.js';

process.on('message', async ({ file, options }: { file: string; options: ScanOptions }) => {
  try {
    const t0 = performance.now(); const scan = await scanData([file], options); const t1 = performance.now(); const r = shareResultOf(scan); console.error("worker", options.share?.firstRow, (t1 - t0).toFixed(0), (performance.now() - t1).toFixed(0), (performance.timeOrigin + t0 - 1795523900000).toFixed(0), process.cpuUsage()); process.send!({ result: r });
  } catch (err) {
    process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
