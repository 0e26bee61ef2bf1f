import { columnDrift, datasetDrift, type ColumnDrift, type ColumnDriftOptions, type DatasetDrift } from '../validate/drift/column-drift.js';
import type { DataSchema } from '../validate/schema/types.js';
import type { DatasetProfile } from '../validate/stats/dataset-profile.js';
import type { Task } from '../model/types.js';
import type { ScoreDistribution } from '../evaluate/score-distribution.js';
import { SCORE_COLUMN } from './log-batch.js';
import { histogramDrift } from './score-reference.js';
import { windowPerformance, type WindowPerformance } from './performance.js';
import type { WindowStats } from './window-stats.js';

export interface SchemaViolation {
  id: string;
  message: string;
}

/** Every figure of one window, as monitor.json holds it. */
export interface WindowResult {
  /** ISO times; null for the one window of a log without timestamps */
  start: string | null;
  end: string | null;
  /** a chunk of rows: its number, from 1 (start and end are then its first and last rows' times) */
  chunk?: number;
  rows: number;
  baseline: boolean;
  figures: Record<string, number | null>;
  featureDrift: DatasetDrift;
  predictionDrift: ColumnDrift | null;
  /** share of missing cells per feature (1 for a feature the window lacks) */
  missing: Record<string, number>;
  /** reference features no row of the window has */
  absentFeatures: string[];
  schemaViolations: SchemaViolation[];
  performance: WindowPerformance | null;
  /** the window's statistics.json (mergeable with other windows' and shards') */
  statisticsFile: string;
}

export interface FigureInputs {
  reference: DatasetProfile;
  features: readonly string[];
  /** where prediction drift is measured from: the reference when it has scores, else the baseline windows */
  scoreReference: DatasetProfile | undefined;
  /** the gated evaluation's score histogram (metrics.json's scoreDistribution): the reference for prediction drift when present */
  scoreHistogram?: ScoreDistribution;
  schema?: DataSchema;
  driftShare: number;
  gatedTask?: Task;
}

/** The figures of a window: drift (validate-data's tests), missing values, schema rules, volume, performance. */
export function windowFigures(window: WindowStats, inputs: FigureInputs, baseline: boolean, statisticsFile: string): WindowResult {
  const profile = window.profile;
  // features only: the prediction columns have their own test, and a label column is no input
  const features = new Set(inputs.features);
  const perColumn = new Map<string, ColumnDriftOptions | false>([...profile.columns.keys()].filter((c) => !features.has(c)).map((c) => [c, false]));
  for (const c of inputs.schema?.columns ?? []) if (c.drift !== undefined) perColumn.set(c.name, c.drift);
  const featureDrift = datasetDrift(inputs.reference, profile, { driftShare: inputs.driftShare, perColumn });
  const predictionDrift = (inputs.scoreHistogram ? histogramDrift(inputs.scoreHistogram, profile) : inputs.scoreReference ? columnDrift(SCORE_COLUMN, inputs.scoreReference, profile, { method: 'ks' }) : undefined) ?? null;
  const missing: Record<string, number> = {};
  const absentFeatures: string[] = [];
  for (const name of inputs.features) {
    const column = profile.columns.get(name);
    if (!column || column.missing === column.count) absentFeatures.push(name);
    missing[name] = column && column.count ? column.missing / column.count : 1;
  }
  const schemaViolations = window.rules.flatMap((r) => r.results()).filter((r) => r.verdict === 'fail').map((r) => ({ id: r.id, message: r.message }));
  const performance = windowPerformance(window.labeled, inputs.gatedTask) ?? null;
  const missingShares = Object.values(missing);
  const figures: Record<string, number | null> = {
    rows: profile.rows,
    feature_drift_share: featureDrift.testedColumns ? featureDrift.share : null,
    drifted_features: featureDrift.driftedColumns,
    prediction_drift: predictionDrift?.statistic ?? null,
    missing_share: missingShares.length ? Math.max(...missingShares) : null,
    schema_violations: window.rules.length ? schemaViolations.length : null,
    ...(performance?.metrics ?? {}),
  };
  return {
    start: Number.isFinite(window.start) ? new Date(window.start).toISOString() : null,
    end: Number.isFinite(window.end) ? new Date(window.end).toISOString() : null,
    ...(window.chunk ? { chunk: window.key + 1 } : {}),
    rows: profile.rows,
    baseline,
    figures,
    featureDrift,
    predictionDrift,
    missing,
    absentFeatures,
    schemaViolations,
    performance,
    statisticsFile,
  };
}
