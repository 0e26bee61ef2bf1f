/**
 * The worker side of ParallelScan, run as a child process: scans the shares of files it is
 * sent, one at a time, and sends each result back as plain data. Bundled as its own entry (see
 * scan-parallel.ts); it exits when the parent disconnects.
 */
import { precompileCsvScan } from '../data/csv-scan-module.js';
import { runScanJob, type ScanJob } from './scan-job.js';
import { precompileColumnKernel } from './stats/column-kernel.js';

// compiled on V8's threads while the parent plans the shares and reads its schema
void precompileCsvScan();
void precompileColumnKernel();

process.on('message', async (job: ScanJob) => {
  try {
    // progress goes to the parent as it reads, a message per block of a few MiB
    const onBytes = job.reportBytes ? (bytes: number) => void process.send!({ bytes }) : undefined;
    process.send!({ result: await runScanJob(job, onBytes) });
  } catch (err) {
    process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
