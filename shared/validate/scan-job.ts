import { locateCsvRows } from '../data/csv-locate.js';
import { csvDelimiter } from '../data/load.js';
import { scanData, type ScanOptions } from './scan-data.js';
import { shareResultOf, type ShareResult } from './scan-share.js';

/** A share of the rows of one file to scan: what ParallelScan queues, and scan-worker.ts is sent. */
export interface ScanJob {
  file: string;
  /** with `share`: the rows to read (firstRow and how many) */
  options: ScanOptions;
  /** find where data row `share.firstRow` starts first (a cheap pass over the rows before it) */
  locate?: boolean;
  /** send `{ bytes }` messages as the share is read, for progress */
  reportBytes?: boolean;
}

/**
 * Scans the job's share and gives its result as plain data; null when the file has no row
 * `share.firstRow` (the cut was placed by an estimate of the rows), or none this cheap pass can
 * reach (a record it cannot get past, which the reader of the share before reports). `live`: the
 * statistics stay a DatasetProfile (for a share read in the process that joins them).
 */
export async function runScanJob(job: ScanJob, onBytes?: (bytes: number) => void, live = false): Promise<ShareResult | null> {
  let options = job.options;
  const share = options.share;
  if (job.locate && share) {
    const [start] = await locateCsvRows(job.file, [share.firstRow], {
      delimiter: csvDelimiter(job.file, options.delimiter),
      ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}),
    });
    if (!start) return null;
    options = { ...options, share: { ...share, start } };
  }
  return shareResultOf(await scanData([job.file], { ...options, ...(onBytes ? { onBytes } : {}) }), live);
}
