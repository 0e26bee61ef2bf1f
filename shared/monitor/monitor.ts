import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { readStatisticsFile } from '../validate/reference.js';
import { loadDataSchema } from '../validate/schema/load-schema.js';
import type { DataSchema } from '../validate/schema/types.js';
import type { ProfileKind } from '../validate/stats/column-profile.js';
import type { DatasetProfile } from '../validate/stats/dataset-profile.js';
import { judgeWindows, type AlertOutcome } from './alerts.js';
import { formatWindowSize, parseWindowSize, resolveRange } from './duration.js';
import { loadLabels } from './labels.js';
import { LABEL_COLUMN, PREDICTION_COLUMNS, SCORE_COLUMN } from './log-batch.js';
import { readLogsInWindows, type LogReadContext } from './read-parallel.js';
import { DEFAULT_POLICY_TEXT, loadMonitorPolicy, parseMonitorPolicy, type MonitorPolicy } from './policy.js';
import type { LogFileFailure, LogFileRead } from './read-logs.js';
import { renderMonitorReport } from './report.js';
import { DEFAULT_TABULAR_COLUMNS, type TabularLogColumns } from './tabular-log.js';
import { windowFigures, type WindowResult } from './window-figures.js';
import { versionKey, type VersionSeen } from './window-stats.js';
import { readGatedMetrics } from './gated-metrics.js';

export interface MonitorOptions {
  /** log files, globs or folders */
  logs: string[];
  since?: string;
  until?: string;
  /** the last period to read, e.g. 7d (before until, or before now) */
  window?: string;
  /** each window's length, e.g. 1d, or rows per chunk, e.g. "10000 rows"; absent: the policy's chunk, else one window for the whole period */
  windowSize?: string;
  /** processes reading the logs (default 1: this one) */
  workers?: number;
  /** the bundled read-worker.ts, for workers > 1 */
  workerScript?: string | URL;
  /** bytes per segment of a large uncompressed log (log-segments.ts; tests make it small) */
  segmentBytes?: number;
  /** the training data's statistics.json (validate-data's) */
  reference: string;
  /** a committed data schema: missing values and rule violations per window */
  schema?: string;
  /** delayed ground truth: a table of request_id and label */
  labels?: string;
  labelColumns?: { id: string; label: string };
  /** the gated evaluation's metrics.json: performance is compared with it */
  gatedMetrics?: string;
  policy?: string;
  /** the model being monitored (for the report and the issue) */
  model?: string;
  /** the version whose rows are judged; default the version that answered last */
  version?: string;
  /** the label column of the reference, not a feature; default the schema's target */
  target?: string;
  tabularColumns?: Partial<TabularLogColumns>;
  outputDir: string;
  /** epoch ms: the clock, for `window` */
  now: number;
  logger: Logger;
  cwd?: string;
}

export interface OtherVersion extends Omit<VersionSeen, 'first' | 'last'> {
  first: string | null;
  last: string | null;
}

export interface MonitorResult {
  model: string | null;
  version: string | null;
  windows: WindowResult[];
  alerts: AlertOutcome[];
  firing: AlertOutcome[];
  /** any judged window's features drifted by validate-data's dataset rule */
  drifted: boolean;
  files: LogFileRead[];
  failures: LogFileFailure[];
  otherVersions: OtherVersion[];
  report: string;
  /** the policy the windows were judged by (its cooldown is the dispatch's) */
  policy: MonitorPolicy;
  paths: { monitor: string; report: string; windowsDir: string };
}

/**
 * One monitoring pass: reads the logs into windows, measures each window against the reference
 * statistics (and the gated metrics when labels join), judges the figures by the policy, and
 * writes monitor.json, report.md and a statistics.json per window to outputDir.
 */
export async function monitorLogs(options: MonitorOptions): Promise<MonitorResult> {
  const { logger } = options;
  const policy: MonitorPolicy = options.policy ? await loadMonitorPolicy(options.policy) : parseMonitorPolicy(DEFAULT_POLICY_TEXT, 'the default monitor policy');
  const reference = await readStatisticsFile(options.reference);
  const schema: DataSchema | undefined = options.schema ? await loadDataSchema(options.schema) : undefined;
  const target = options.target ?? schema?.dataset.target;
  const features = [...reference.columns.keys()].filter((c) => c !== target && !PREDICTION_COLUMNS.includes(c));
  const kinds = new Map<string, ProfileKind>([...reference.columns].map(([name, c]) => [name, c.kind]));
  const gated = options.gatedMetrics ? await readGatedMetrics(options.gatedMetrics) : undefined;
  const range = resolveRange({ ...pick(options, 'since', 'until', 'window'), now: options.now });
  const size = options.windowSize ? parseWindowSize(options.windowSize, 'window-size') : policy.chunk;
  const context: LogReadContext = {
    range,
    sizeMs: size && 'ms' in size ? size.ms : null,
    sizeRows: size && 'rows' in size ? size.rows : null,
    kinds: [...kinds],
    labelColumn: LABEL_COLUMN,
    tabular: { ...DEFAULT_TABULAR_COLUMNS, ...options.tabularColumns },
    featureNames: features,
    ...(options.segmentBytes ? { segmentBytes: options.segmentBytes } : {}),
    ...(options.schema ? { schemaFile: options.schema } : {}),
    ...(options.labels ? { labels: { file: options.labels, ...(options.labelColumns ? { columns: options.labelColumns } : {}) } } : {}),
  };
  const workers = options.workerScript && !context.sizeRows ? (options.workers ?? 1) : 1;
  // the labels are joined where rows are read: here, or in each worker (which loads its own)
  const labels = options.labels && workers <= 1 ? await loadLabels(options.labels, options.labelColumns) : undefined;
  const { windowed, summary: read } = await logger.group('Reading the logs', () =>
    readLogsInWindows(options.logs, context, { ...(schema ? { schema } : {}), ...(labels ? { labels } : {}) }, { workers, ...(options.workerScript ? { workerScript: options.workerScript } : {}), logger, ...(options.cwd ? { cwd: options.cwd } : {}) }),
  );

  const chosen = chooseVersion(windowed.versions, options.version, options.model);
  const otherVersions = [...windowed.versions].filter(([key, v]) => key !== chosen && v.rows > 0).map(([, v]) => ({ ...v, first: isoOrNull(v.first), last: isoOrNull(v.last) }));
  for (const v of otherVersions) logger.warning(`${v.rows} rows from ${v.model ?? 'an unnamed model'} version ${v.version ?? '(none)'} are reported apart, not mixed with the version monitored.`);
  const stats = [...(chosen !== undefined ? windowed.byVersion.get(chosen)?.values() ?? [] : [])].sort((a, b) => a.key - b.key);
  if (stats.length === 0 && options.version && otherVersions.length) {
    throw new UserError(
      `No rows of the logs come from ${options.model ? `${options.model} ` : ''}version ${options.version}: they hold ${otherVersions.map((v) => `${v.model ?? '?'} ${v.version ?? '(no version)'} (${v.rows} rows)`).join(', ')}.`,
      'input version',
      'Monitor the model and version production runs (the model input is the name the server logs; the reference\'s alias may have moved since these logs were written), or read logs from after the deploy (since).',
    );
  }
  if (stats.length === 0) {
    throw new UserError(
      `No rows of the logs fall in the period (${describeRange(range)}): ${read.files.length} file${read.files.length === 1 ? '' : 's'} read, ${windowed.outOfRange} rows outside it.`,
      'input logs',
      'Check since, until and window against the times in the logs (UTC), and that logs names the right files or folder.',
    );
  }

  const baselineCount = Math.min(policy.baselineWindows, stats.length);
  const scoreReference = reference.columns.has(SCORE_COLUMN) ? reference : baselineCount ? mergeProfiles(stats.slice(0, baselineCount).map((s) => s.profile)) : undefined;
  const predictionReference = gated?.scores ? 'gated evaluation' : reference.columns.has(SCORE_COLUMN) ? 'reference statistics' : baselineCount ? 'baseline windows' : null;
  const windowsDir = join(options.outputDir, 'windows');
  const inputs = { reference, features, scoreReference, driftShare: policy.driftShare, ...(schema ? { schema } : {}), ...(gated?.task ? { gatedTask: gated.task } : {}), ...(gated?.scores ? { scoreHistogram: gated.scores } : {}) };
  const windows: WindowResult[] = [];
  for (const [i, s] of stats.entries()) {
    const file = join(windowsDir, `${s.chunk ? `chunk-${String(s.key + 1).padStart(6, '0')}` : windowName(s.start, i)}.statistics.json`);
    await writeJsonAtomic(file, s.profile.toFileJSON());
    windows.push(windowFigures(s, inputs, i < baselineCount, file));
  }
  const alerts = judgeWindows(policy, windows, gated?.metrics);
  const firing = alerts.filter((a) => a.firing);
  const judgedDrift = windows.some((w) => !w.baseline && w.rows >= policy.minRows && w.featureDrift.drifted);
  const seen = chosen !== undefined ? windowed.versions.get(chosen)! : undefined;
  const model = options.model ?? seen?.model ?? null;
  const version = seen?.version ?? null;
  const missingFromLogs = features.filter((f) => windows.every((w) => w.absentFeatures.includes(f)));
  const notInReference = [...new Set(stats.flatMap((s) => [...s.profile.columns.keys()]))].filter((c) => !reference.columns.has(c) && !PREDICTION_COLUMNS.includes(c));
  if (notInReference.length) logger.warning(`Columns in the logs that the reference does not have (no drift measured for them): ${notInReference.slice(0, 10).join(', ')}`);
  if (missingFromLogs.length) logger.warning(`Reference features no window has: ${missingFromLogs.slice(0, 10).join(', ')}`);

  const report = renderMonitorReport({ model, version, policy, windows, alerts, files: read.files, failures: read.failures, otherVersions, notInReference, missingFromLogs, ...(gated ? { gated: gated.metrics } : {}), windowSize: size ? formatWindowSize(size) : null, problems: read.problems.kept, problemCount: read.problems.count });
  const paths = { monitor: join(options.outputDir, 'monitor.json'), report: join(options.outputDir, 'report.md'), windowsDir };
  await writeJsonAtomic(paths.monitor, {
    format: 'mlci-monitor',
    version: 1,
    model,
    modelVersion: version,
    reference: options.reference,
    policy: policy.file,
    period: { since: isoOrNull(range.since), until: isoOrNull(range.until), windowSize: size ? formatWindowSize(size) : null },
    drifted: judgedDrift,
    predictionReference,
    alerts,
    firing: firing.map((a) => a.id),
    windows,
    gated: gated?.metrics ?? null,
    files: read.files,
    failures: read.failures,
    problems: { count: read.problems.count, first: read.problems.kept },
    otherVersions,
    shadowRows: windowed.shadowRows,
    outOfRange: windowed.outOfRange,
    unpairedEvents: read.unpaired,
    notInReference,
    missingFromLogs,
  });
  await writeFileAtomic(paths.report, report);
  logger.info(firing.length ? `${firing.length} alert${firing.length === 1 ? '' : 's'} firing: ${firing.map((a) => a.id).join('; ')}` : `Within policy over ${windows.length} window${windows.length === 1 ? '' : 's'}.`);
  return { model, version, windows, alerts, firing, drifted: judgedDrift, files: read.files, failures: read.failures, otherVersions, report, policy, paths };
}

/** the version asked for, or the one that answered last (a deploy moves traffic to the newest) */
function chooseVersion(versions: ReadonlyMap<string, VersionSeen>, version: string | undefined, model: string | undefined): string | undefined {
  const name = model?.replace(/^.*\//, '').replace(/[:@].*$/, '');
  const candidates = [...versions].filter(([, v]) => v.rows > 0 && (!name || v.model === null || v.model === name));
  if (version) return candidates.find(([, v]) => v.version === version)?.[0] ?? versionKey(name ?? null, version);
  candidates.sort((a, b) => b[1].last - a[1].last || b[1].rows - a[1].rows);
  return candidates[0]?.[0];
}

function mergeProfiles(profiles: DatasetProfile[]): DatasetProfile {
  return profiles.slice(1).reduce((a, b) => a.merge(b), profiles[0]!);
}

function windowName(start: number, index: number): string {
  return Number.isFinite(start) ? new Date(start).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z') : `window-${index + 1}`;
}

function isoOrNull(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function describeRange(range: { since: number; until: number }): string {
  return `${isoOrNull(range.since) ?? 'the start'} to ${isoOrNull(range.until) ?? 'the end'}`;
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

