import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { datasetDrift, type DatasetDrift } from './drift/column-drift.js';
import { readStatisticsFile, loadReference } from './reference.js';
import { renderDataReport } from './report/data-report.js';
import { resolveDataFiles } from './resolve-files.js';
import type { RuleResult } from './rules/rule-result.js';
import { driftResults } from './drift-rules.js';
import type { DatasetStatisticsJson } from './stats/dataset-profile.js';

export interface MergeStatisticsOptions {
  /** statistics.json files (or globs) from the shards of a matrix */
  statistics: string[];
  /** optional reference (data file or statistics.json): drift is measured on the merged statistics */
  reference?: string;
  driftShare?: number;
  outputDir: string;
  cwd?: string;
  logger: Logger;
}

export interface MergeStatisticsResult {
  passed: boolean;
  statistics: DatasetStatisticsJson;
  drift?: DatasetDrift;
  rules: RuleResult[];
  report: string;
  files: { statistics: string; validation: string; report: string };
}

/**
 * The final job of a sharded validation: merges the shards' statistics into the statistics of all
 * rows (exactly for counts, moments, sketches and the row sample), then measures drift on them.
 */
export async function mergeStatisticsFiles(options: MergeStatisticsOptions): Promise<MergeStatisticsResult> {
  const files = await resolveDataFiles(options.statistics, options.cwd);
  if (files.length < 1) throw new UserError('No statistics files to merge.', 'input merge', 'List the shards\' statistics.json files (download their artifacts first).');
  options.logger.info(`Merging statistics of ${files.length} shard${files.length === 1 ? '' : 's'}`);
  let merged = await readStatisticsFile(files[0]!);
  for (const file of files.slice(1)) merged = merged.merge(await readStatisticsFile(file));
  // the columns' figures built once, for the report and the file (whose row sample is written as float64)
  const statisticsFile = merged.toStatisticsFile();
  const statistics = statisticsFile.json;
  let drift: DatasetDrift | undefined;
  const rules: RuleResult[] = [];
  if (options.reference) {
    const reference = await loadReference(options.reference, undefined);
    drift = datasetDrift(reference, merged, { driftShare: options.driftShare ?? 0.5 });
    rules.push(...driftResults(drift));
  }
  const passed = !rules.some((r) => r.verdict === 'fail');
  const report = renderDataReport({
    statistics,
    rules,
    ...(drift ? { drift } : {}),
    ...(options.reference ? { referenceName: options.reference } : {}),
    schemaName: `merged from ${files.length} shards, rules checked per shard`,
  });
  const out = options.outputDir;
  const paths = { statistics: join(out, 'statistics.json'), validation: join(out, 'validation.json'), report: join(out, 'report.md') };
  await writeFileAtomic(paths.statistics, [...statisticsFile.text].join(''));
  await writeJsonAtomic(paths.validation, { format: 'mlci-data-validation', version: 1, passed, merged: files, rows: statistics.rows, rules, drift: drift ?? null, annotations: [] });
  await writeFileAtomic(paths.report, report);
  return { passed, statistics, ...(drift ? { drift } : {}), rules, report, files: paths };
}
