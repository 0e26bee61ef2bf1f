import { warmUpBlocks } from '../data/block-reader.js';
import { precompileCsvScan } from '../data/csv-scan-module.js';
import { detectFormat } from '../data/load.js';
import { precompileColumnKernel } from './stats/column-kernel.js';

/**
 * The first file's first blocks read (on the thread pool) into the buffers its reader will take,
 * for validate-data to start before it reads its schema, unless a reading thread of its own reads
 * that file (scan-read-threads.ts). It only comes sooner: the scan reads and reports the file as
 * it does without it. Resolves when done; never rejects (nobody needs to wait for it).
 */
export async function warmUpFirstBlocks(files: string[]): Promise<void> {
  const first = files[0];
  const format = formatOf(first);
  // Parquet is read by its own reader, not in blocks
  if (format === 'csv' || format === 'jsonl') await warmUpBlocks(first!);
}

/**
 * The scan's WebAssembly modules compiled on V8's threads, for validate-data to start first of
 * all: the scan then compiles nothing on its own thread. Never rejects; a repeated call compiles
 * nothing twice.
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
