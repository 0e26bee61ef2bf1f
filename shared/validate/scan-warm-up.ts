import { warmUpBlocks } from '../data/block-reader.js';
import { precompileCsvScan } from '../data/csv-scan-module.js';
import { detectFormat } from '../data/load.js';
import { precompileColumnKernel } from './stats/column-kernel.js';

/**
 * Starts what a scan of `files` needs first, for validate-data to call before it reads its schema:
 * the WebAssembly modules compiled on V8's threads, and the first file's first blocks read (on the
 * thread pool) into the buffers its reader will take. Each only comes sooner: the scan does the
 * same without it, and reads and reports the files as before. Resolves when all of it is done;
 * never rejects (nobody needs to wait for it); called again, it compiles nothing twice.
 * `firstReadElsewhere`: true when a worker thread reads the first file (scan-read-threads.ts), whose
 * reading this thread then need not prepare (or while that is not known yet).
 */
export async function warmUpScan(files: string[], firstReadElsewhere = false): Promise<void> {
  const first = files[0];
  const format = formatOf(first);
  // Parquet is read by its own reader, not in blocks
  const blocks = (format === 'csv' || format === 'jsonl') && !firstReadElsewhere ? [warmUpBlocks(first!)] : [];
  await Promise.all([precompileScan(files), ...blocks]);
}

/**
 * The scan's WebAssembly modules compiled on V8's threads: warmUpScan's first part, for a caller
 * that does not know yet who reads the first file (a repeated call compiles nothing twice).
 */
export async function precompileScan(files: string[]): Promise<void> {
  // (compiled here for a reading thread too: V8 shares a module's compiled code between the threads)
  await Promise.all([precompileColumnKernel(), ...(formatOf(files[0]) === 'csv' ? [precompileCsvScan()] : [])]);
}

/** the file's format by its name, or undefined (the scan names a file it cannot read) */
function formatOf(file: string | undefined): string | undefined {
  try {
    return file === undefined ? undefined : detectFormat(file);
  } catch {
    return undefined;
  }
}
