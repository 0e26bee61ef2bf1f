/**
 * About how many rows a data file holds, judged before reading it: a text file's size over the
 * length of its first lines. Undefined for Parquet (its reader is checked batch by batch) and gzip, whose inflated size
 * is unknown until read (its readers check as they go instead).
 */
import { detectFormat } from './load.js';
import { countNewlines } from './csv-scanner.js';
import { openDataFile } from './data-file.js';
import { startsLikeGzip } from './compression.js';

const SAMPLE_BYTES = 1 << 20;

export async function estimateRowCount(path: string): Promise<number | undefined> {
  if (detectFormat(path) === 'parquet') return undefined;
  const { handle, size } = await openDataFile(path);
  try {
    const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    if (startsLikeGzip(sample.subarray(0, bytesRead))) return undefined;
    const lines = countNewlines(sample, 0, bytesRead);
    // a CSV's header line is no row
    const header = detectFormat(path) === 'csv' ? 1 : 0;
    if (bytesRead === size) return Math.max(0, lines - header);
    return lines > 1 ? Math.ceil(size / (bytesRead / lines)) : undefined;
  } finally {
    await handle.close();
  }
}
