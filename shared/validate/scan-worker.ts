/**
 * The worker side of scanDataInParallel: scans one part of the columns and posts the result as
 * plain data. Bundled as its own entry (see scan-parallel.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanData, type ScanOptions } from './scan-data.js';

const { files, options } = workerData as { files: string[]; options: ScanOptions };
const scan = await scanData(files, options);
parentPort!.postMessage({ ...scan, profile: scan.profile.toJSON(), duplicates: undefined });
