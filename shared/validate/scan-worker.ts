/**
 * The worker side of scanDataInParallel, run as a child process: scans the shares of files it is
 * sent, one at a time, and sends each result back as plain data. Bundled as its own entry (see
 * scan-parallel.ts); it exits when the parent disconnects.
 */
import { scanData, type ScanOptions } from './scan-data.js';
import { shareResultOf } from './scan-share.js';

process.on('message', async ({ file, options, reportBytes }: { file: string; options: ScanOptions; reportBytes?: boolean }) => {
  try {
    // progress goes to the parent as it reads, a message per block of a few MiB
    const onBytes = reportBytes ? (bytes: number) => void process.send!({ bytes }) : undefined;
    process.send!({ result: shareResultOf(await scanData([file], { ...options, ...(onBytes ? { onBytes } : {}) })) });
  } catch (err) {
    process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
