import { join } from 'node:path';
import type { Logger } from '../log.js';
import { writeFileAtomic, writeFileAtomicSync, writeJsonAtomicSync } from '../fs/atomic.js';
import { datasetDrift, type ColumnDriftOptions, type DatasetDrift } from './drift/column-drift.js';
import { buildDataManifest, startHashingDataFiles, type DataFileHashing, type DataManifest } from './manifest.js';
import { loadReference } from './reference.js';
import { renderDataReport } from './report/data-report.js';
import { resolveDataFiles } from './resolve-files.js';
import { datasetRuleResults } from './rules/dataset-rules.js';
import { describeExample, type RuleResult } from './rules/rule-result.js';
import { SCAN_BATCH_ROWS, scanData } from './scan-data.js';
import { ParallelScan } from './scan-parallel.js';
import { ScanReadThreads } from './scan-read-threads.js';
import { withScanProgress } from './scan-progress.js';
import { precompileScan, warmUpFirstBlocks } from './scan-warm-up.js';
import { lowerOtherThreads } from '../runtime/thread-priority.js';
import { driftResults } from './drift-rules.js';
import { inferSchema } from './schema/infer-schema.js';
import { loadDataSchema } from './schema/load-schema.js';
import type { DataSchema } from './schema/types.js';
import type { DatasetProfile, DatasetStatisticsJson } from './stats/dataset-profile.js';

export interface ValidateDataOptions {
  /** data files and glob patterns (CSV, TSV, JSON Lines, Parquet) */
  files: string[];
  /** a schema YAML path, or 'infer' (from the reference when given, else from the data) */
  schema?: string;
  /** a reference data file or a statistics.json, for drift */
  reference?: string;
  outputDir: string;
  /** dataset drift when at least this share of columns drift; overrides the schema's drift_share */
  driftShare?: number;
  /** the label column for an inferred schema (label balance, categorical) */
  target?: string;
  delimiter?: string;
  batchRows?: number;
  /** a line (record) longer than this fails the file; default 64 MiB */
  maxRecordBytes?: number;
  /**
   * Worker processes to read with (default 1): each parses and profiles a share of the rows. Needs
   * `workerScript`, the bundled shared/validate/scan-worker.ts.
   */
  workers?: number;
  workerScript?: string | URL;
  /**
   * the bundled shared/data/csv-read-worker.ts: a large CSV file read by one process is parsed on
   * a worker thread while this one profiles and checks the rows
   */
  readWorkerScript?: string | URL;
  /**
   * With a reading thread: lower this process's other threads (V8's compilers and collector, the
   * thread pool) below it and the main thread, for good (see lowerOtherThreads): for a process that
   * ends with the validation, as the step's does; never for a library call in a longer-lived one.
   */
  yieldHelperThreads?: boolean;
  /** the fewest bytes of a CSV file worth its reading thread (default 16 MiB; 0 in tests of small files) */
  minReadThreadBytes?: number;
  /** the fewest bytes worth a worker of their own (default MIN_SHARE_BYTES; 0 in tests that cut small files) */
  minShareBytes?: number;
  cwd?: string;
  logger: Logger;
  /** the clock progress lines read (default performance.now; tests drive their own) */
  now?: () => number;
}

/** a place in a data file for the runner to annotate */
export interface DataAnnotation {
  file: string;
  line?: number;
  message: string;
}

export interface DataValidationResult {
  passed: boolean;
  rules: RuleResult[];
  drift?: DatasetDrift;
  statistics: DatasetStatisticsJson;
  manifest: DataManifest;
  annotations: DataAnnotation[];
  /** the report's Markdown, for the job summary and the PR comment */
  report: string;
  files: { statistics: string; validation: string; report: string; manifest: string; schema?: string };
}

const MAX_ANNOTATIONS = 50;

/**
 * The niceness of a validating process's other threads while one thread reads and another profiles.
 * Why: on 2 cores the reading thread decides the scan's time, and in its first few hundred
 * milliseconds V8's compiler threads (optimising the profile's and the reader's code, about 0.25
 * CPU-s a run) took half of it: the reader waited in the run queue 10-24 ms of each of its first
 * batches of 16,384 rows, against about 11 ms of work. At 10 they take what the two leave; at 19
 * the main thread's code stayed unoptimised so long that the reader waited for it instead
 * (docs/performance.md, 2026-12-06).
 */
const HELPER_THREAD_NICENESS = 10;

/**
 * Validates datasets against a schema, profiles them and measures drift against a reference;
 * writes statistics.json, validation.json, report.md and data-manifest.json to outputDir.
 * Problems with the data are failed rules, never exceptions; a UserError is thrown only for
 * mistakes in the inputs themselves (no files, a bad schema file, an unreadable reference).
 */
export async function validateData(options: ValidateDataOptions): Promise<DataValidationResult> {
  const { logger } = options;
  const files = await resolveDataFiles(options.files, options.cwd);
  logger.info(`Validating ${files.length} data file${files.length === 1 ? '' : 's'}: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);
  const { workers, workerScript, minShareBytes, readWorkerScript } = options;
  const startReadThreads = (script: string | URL): ScanReadThreads => {
    const read = {
      workerScript: script,
      threads: 1,
      ...(options.minReadThreadBytes !== undefined ? { minBytes: options.minReadThreadBytes } : {}),
      onThreads: () => logger.debug('parsing on a worker thread'),
    };
    return ScanReadThreads.startFor(files[0], read, { batchRows: options.batchRows ?? SCAN_BATCH_ROWS, ...readOptionsOf(options) });
  };
  // One file, and a thread to parse it on: one process profiling while its thread parses was faster,
  // and took less CPU, than two processes each reading a share of it (measured at 1 GB on 2 cores,
  // docs/performance.md). Several files still go to processes side by side. The thread starts first
  // of all: it takes the longest to get going (a thread's start, its first batch parsed by cold
  // code), and the scan waits for it.
  const oneFileOnThreads = readWorkerScript !== undefined && files.length === 1;
  let readThreads = oneFileOnThreads ? startReadThreads(readWorkerScript) : undefined;
  if (options.yieldHelperThreads && readThreads && readThreads.threadIds.length > 0) {
    const lowered = lowerOtherThreads(readThreads.threadIds, HELPER_THREAD_NICENESS);
    logger.debug(`${lowered.length} helper threads lowered to niceness ${HELPER_THREAD_NICENESS}`);
  }
  // Started before the schema is read: the hash on another thread, the worker processes starting up.
  const hashing = startHashingDataFiles(files);
  let parallel: ParallelScan | undefined;
  try {
    // the scan's WebAssembly modules compiled on V8's threads while this one starts the worker
    // processes and reads the schema
    void precompileScan(files);
    if (workers && workers > 1 && workerScript && !oneFileOnThreads) {
      parallel = await ParallelScan.start(files, { workers, workerScript, ...(minShareBytes !== undefined ? { minShareBytes } : {}), ...(options.batchRows ? { batchRows: options.batchRows } : {}) });
    }
    // one process reads: a large CSV file is parsed on a thread beside this one
    if (!parallel && readWorkerScript && !readThreads) readThreads = startReadThreads(readWorkerScript);
    // and the first file's first blocks read ahead, unless a thread of its own reads that file
    if (!readThreads?.readsOnThreadStartedAhead(files[0])) void warmUpFirstBlocks(files);
    return await validateWith(options, files, hashing, parallel, readThreads);
  } catch (err) {
    hashing.cancel();
    throw err;
  } finally {
    parallel?.close();
    readThreads?.close();
  }
}

async function validateWith(options: ValidateDataOptions, files: string[], hashing: DataFileHashing, parallel: ParallelScan | undefined, readThreads: ScanReadThreads | undefined): Promise<DataValidationResult> {
  const { logger } = options;
  const wantsInference = !options.schema || options.schema === 'infer';
  let schema: DataSchema | undefined = wantsInference ? undefined : await loadDataSchema(options.schema!);
  let reference: DatasetProfile | undefined;
  if (options.reference) {
    reference = await logger.group('Reading the reference', () => loadReference(options.reference!, schema, options.delimiter));
  }
  let inferredFrom: string | undefined;
  if (!schema) {
    // TFDV's way: the schema describes the reference; without one, the data describes itself
    const base = reference ?? (await withScanProgress(logger, 'Reading the data to infer a schema', files, (onBytes) => scanData(files, { ...scanOptions(options, readThreads), onBytes }), options.now)).profile;
    schema = inferSchema(base, options.target ? { target: options.target } : {});
    inferredFrom = options.reference ?? 'the data itself';
    logger.info(`Inferred a schema from ${inferredFrom}`);
  }
  const scan = await logger.group('Profiling and checking the data', () =>
    withScanProgress(
      logger,
      'Validating',
      files,
      (onBytes) => {
        const scanning = { ...scanOptions(options, readThreads), schema, onBytes };
        return parallel ? parallel.scan(files, scanning) : scanData(files, scanning);
      },
      options.now,
    ),
  );
  const profile = scan.profile;

  const rules: RuleResult[] = datasetRuleResults({ schema, files, ...scan });
  rules.push(...scan.columnResults);

  let drift: DatasetDrift | undefined;
  if (reference) {
    const perColumn = new Map<string, ColumnDriftOptions | false>(schema.columns.filter((c) => c.drift !== undefined).map((c) => [c.name, c.drift!]));
    drift = datasetDrift(reference, profile, { driftShare: options.driftShare ?? schema.dataset.driftShare ?? 0.5, perColumn });
    rules.push(...driftResults(drift));
  }

  const passed = !rules.some((r) => r.verdict === 'fail');
  const statisticsFile = profile.toStatisticsFile();
  const statistics = statisticsFile.json;
  hashing.hurry();
  const manifest = buildDataManifest(await hashing.digests, statistics.files);
  const annotations = annotationsOf(rules);
  const report = renderDataReport({
    statistics,
    rules,
    ...(drift ? { drift } : {}),
    ...(options.reference ? { referenceName: options.reference } : {}),
    schemaName: inferredFrom ? `inferred from ${inferredFrom}` : schema.source,
  });

  const out = options.outputDir;
  const paths: DataValidationResult['files'] = {
    statistics: join(out, 'statistics.json'),
    validation: join(out, 'validation.json'),
    report: join(out, 'report.md'),
    manifest: join(out, 'data-manifest.json'),
  };
  if (inferredFrom) {
    paths.schema = join(out, 'schema.inferred.yml');
    const { schemaToYaml } = await import('./schema/schema-yaml.js');
    await writeFileAtomic(paths.schema, schemaToYaml(schema, ` Data schema inferred by mlci from ${inferredFrom}: review it, then commit it.`));
  }
  // Written on this thread: nothing else is left to run, and each round trip to the thread pool
  // waits to be scheduled again on a busy machine (writeFileAtomicSync).
  writeFileAtomicSync(paths.statistics, statisticsFile.text);
  writeJsonAtomicSync(paths.validation, {
    format: 'mlci-data-validation',
    version: 1,
    passed,
    schema: inferredFrom ? `inferred from ${inferredFrom}` : schema.source,
    files,
    rows: profile.rows,
    rules,
    drift: drift ?? null,
    annotations,
  });
  writeFileAtomicSync(paths.report, report);
  writeJsonAtomicSync(paths.manifest, manifest);

  const failed = rules.filter((r) => r.verdict === 'fail');
  logger.info(passed ? `Data validation passed: ${rules.length} rules, ${profile.rows} rows.` : `Data validation failed: ${failed.length} of ${rules.length} rules failed.`);
  for (const r of failed.slice(0, 20)) logger.info(`  ✗ ${r.id}: ${r.message}`);
  return { passed, rules, ...(drift ? { drift } : {}), statistics, manifest, annotations, report, files: paths };
}

function scanOptions(options: ValidateDataOptions, readThreads: ScanReadThreads | undefined) {
  return {
    logger: options.logger,
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
    ...readOptionsOf(options),
    ...(readThreads ? { readThreads } : {}),
  };
}

function readOptionsOf(options: ValidateDataOptions): { delimiter?: string; maxRecordBytes?: number } {
  return {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}),
  };
}

function annotationsOf(rules: RuleResult[]): DataAnnotation[] {
  const out: DataAnnotation[] = [];
  for (const r of rules) {
    if (r.verdict !== 'fail' || !r.examples) continue;
    for (const e of r.examples) {
      if (out.length >= MAX_ANNOTATIONS) return out;
      const what = r.column ? `${r.column}: ${r.rule}` : r.rule;
      const value = e.value !== undefined && e.row > 0 ? ` (value ${JSON.stringify(e.value)})` : '';
      out.push({ file: e.file, ...(e.line !== undefined ? { line: e.line } : {}), message: `${what} failed at ${describeExample(e)}${value}: ${r.message}` });
    }
  }
  return out;
}
