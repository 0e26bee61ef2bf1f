import { Worker } from 'node:worker_threads';
import type { DataIssue } from '../data/read-options.js';
import type { FileFailure } from './rules/dataset-rules.js';
import type { RuleResult } from './rules/rule-result.js';
import { scanData, type ScanOptions, type ScanResult } from './scan-data.js';
import { DatasetProfile, type DatasetStatisticsJson } from './stats/dataset-profile.js';

interface PartResult {
  profile: DatasetStatisticsJson;
  columnResults: RuleResult[];
  headers: string[][];
  fileFailures: FileFailure[];
  rowIssues: DataIssue[];
  rowIssueCount: number;
}

/**
 * scanData over several worker threads, each reading the same files but parsing and profiling only
 * its share of the columns; the parts join into the result one thread would give (the same
 * statistics, sample and verdicts). `workerScript` is the bundled scan-worker.ts. Falls back to
 * one thread for one worker, for files other than CSV, or for the duplicate-rows rule, which needs
 * whole rows.
 */
export async function scanDataInParallel(files: string[], options: ScanOptions & { workers: number; workerScript: string | URL }): Promise<ScanResult> {
  const { workers, workerScript, logger, ...rest } = options;
  // CSV only: a JSON Lines header is its first object's keys, and later rows may add columns
  const allCsv = files.every((f) => /\.(csv|tsv|txt)$/i.test(f));
  if (workers <= 1 || !allCsv || rest.schema?.dataset.maxDuplicateShare !== undefined) return scanData(files, options);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, index) => runPart(workerScript, files, { ...rest, part: { index, of: workers } })),
  );
  const first = parts[0]!;
  const order = first.headers.flat();
  let profile = DatasetProfile.fromJSON(first.profile);
  for (const p of parts.slice(1)) profile = profile.joinColumns(DatasetProfile.fromJSON(p.profile), order);
  const schemaOrder = new Map(rest.schema?.columns.map((c, i) => [c.name, i]) ?? []);
  const columnResults = parts.flatMap((p) => p.columnResults).sort((a, b) => (schemaOrder.get(a.column!) ?? 0) - (schemaOrder.get(b.column!) ?? 0));
  for (const f of first.fileFailures) logger?.warning(f.message, f.line ? { file: f.file, line: f.line } : { file: f.file });
  return { profile, columnResults, headers: first.headers, fileFailures: first.fileFailures, rowIssues: first.rowIssues, rowIssueCount: first.rowIssueCount };
}

function runPart(script: string | URL, files: string[], options: ScanOptions): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { files, options } });
    worker.once('message', (result: PartResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a validation worker exited with code ${code}`));
    });
  });
}
