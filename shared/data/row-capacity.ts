/**
 * How many rows to make room for before reading a file whose rows are not counted up front (gzip,
 * Parquet). evaluate-gate sizes its kept arrays once; when a stream outruns them they grow by
 * half again, and each growth holds the old and the new arrays at once: at 47M rows of a gzip CSV
 * with a baseline model that copy took the peak from under 1 GB to 1.16 GB. Room never written
 * costs no memory (the pages stay the kernel's zero page), so a generous hint costs nothing, and
 * one too small only brings back the growth. It sizes arrays and nothing else: a budget is never
 * checked against it.
 */
import { constants, gunzipSync } from 'node:zlib';
import { detectFormat } from './load.js';
import { countNewlines } from './csv-scanner.js';
import { openDataFile } from './data-file.js';
import { MAX_INFLATION_RATIO, gzipTrailerSize, startsLikeGzip } from './compression.js';
import type { ParquetFooters } from './parquet-footers.js';

/** the compressed bytes inflated to learn the ratio and the line length */
const SAMPLE_BYTES = 256 * 1024;
/** a sample's ratio and lines stand for the whole file only roughly: half again on top */
const SLACK = 1.5;

/** `parquetFooters` keeps a Parquet file's decoded footer for the stream that reads the file next */
export async function rowCapacityHint(path: string, parquetFooters?: ParquetFooters): Promise<number | undefined> {
  const format = detectFormat(path);
  if (format === 'parquet') {
    const { parquetRowCount } = await import('./parquet.js');
    return parquetRowCount(path, parquetFooters);
  }
  const { handle, size } = await openDataFile(path);
  try {
    const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    if (!startsLikeGzip(sample.subarray(0, bytesRead))) return undefined;
    let text: Buffer;
    try {
      // a truncated stream inflates as far as it goes; the cap keeps a bomb from filling memory
      text = gunzipSync(sample.subarray(0, bytesRead), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: bytesRead * MAX_INFLATION_RATIO });
    } catch {
      return undefined;
    }
    const lines = countNewlines(text, 0, text.length);
    if (lines < 2) return undefined;
    const header = format === 'csv' ? 1 : 0;
    if (bytesRead === size) return Math.max(0, lines - header);
    const inflated = inflatedSize(size * (text.length / bytesRead), await gzipTrailerSize(handle, size));
    return Math.ceil((SLACK * inflated * lines) / text.length);
  } finally {
    await handle.close();
  }
}

/**
 * The sample's estimate, or the trailer's size when one of its 4 GiB turns lands near it (within
 * a third): the trailer is exact for a single gzip member, the sample's ratio only roughly so.
 */
export function inflatedSize(estimate: number, trailer: number): number {
  const turns = Math.max(0, Math.round((estimate - trailer) / 2 ** 32));
  const recorded = trailer + turns * 2 ** 32;
  return Math.abs(recorded - estimate) <= estimate / 3 ? recorded : estimate;
}
