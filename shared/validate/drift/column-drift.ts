import type { ColumnProfile } from '../stats/column-profile.js';
import type { DatasetProfile } from '../stats/dataset-profile.js';
import { chiSquareDrift } from './chi-square.js';
import { ksTwoSample } from './kolmogorov-smirnov.js';
import { binnedShares, categoryShares } from './binning.js';
import { jensenShannonDistance, populationStabilityIndex, sortedValues, wassersteinDistance } from './distances.js';

export type DriftMethod = 'ks' | 'chisquare' | 'wasserstein' | 'psi' | 'jensenshannon';

/** p-value tests flag drift at p ≤ threshold; distances at value ≥ threshold */
const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chisquare']);

export function isPValueMethod(method: DriftMethod): boolean {
  return P_VALUE_METHODS.has(method);
}

export const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = { ks: 0.05, chisquare: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1 };

/** Evidently's cut-off between small-data tests and large-data distances */
export const SMALL_REFERENCE_ROWS = 1000;
/** numeric columns with this few distinct values are compared as categories, as Evidently does */
const CATEGORICAL_MAX_DISTINCT = 5;

export interface ColumnDriftOptions {
  method?: DriftMethod;
  threshold?: number;
}

export interface ColumnDrift {
  column: string;
  method: DriftMethod;
  /** the p-value for tests, the distance for distances */
  value: number;
  /** the test statistic, where the method has one besides its p-value (KS D, chi-square χ²) */
  statistic?: number;
  threshold: number;
  drifted: boolean;
  /** true when computed on a row sample or truncated value counts rather than on every row */
  approximate: boolean;
}

/** Evidently's default method for a column, given the reference's size and the column's nature */
export function defaultDriftMethod(kind: 'numeric' | 'categorical', referenceRows: number): DriftMethod {
  if (referenceRows <= SMALL_REFERENCE_ROWS) return kind === 'numeric' ? 'ks' : 'chisquare';
  return kind === 'numeric' ? 'wasserstein' : 'jensenshannon';
}

/**
 * Drift of one column between reference and current statistics; undefined when either side has
 * no values to compare. Numeric methods read the row samples (all rows up to 5,000); categorical
 * ones the value counts (exact up to 1,000 distinct values).
 */
export function columnDrift(
  name: string,
  reference: DatasetProfile,
  current: DatasetProfile,
  options: ColumnDriftOptions = {},
): ColumnDrift | undefined {
  const refColumn = reference.columns.get(name);
  const curColumn = current.columns.get(name);
  if (!refColumn || !curColumn) return undefined;
  const kind = comparedAs(refColumn, curColumn);
  const referenceRows = refColumn.count - refColumn.missing - refColumn.invalid;
  const method = options.method ?? defaultDriftMethod(kind, referenceRows);
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method];
  const measured = kind === 'numeric' && method !== 'chisquare' ? numericDrift(method, name, reference, current, refColumn) : categoricalDrift(method, refColumn, curColumn);
  if (!measured) return undefined;
  const drifted = isPValueMethod(method) ? measured.value <= threshold : measured.value >= threshold;
  return { column: name, method, threshold, drifted, ...measured };
}

function comparedAs(ref: ColumnProfile, cur: ColumnProfile): 'numeric' | 'categorical' {
  if (ref.kind === 'categorical' || cur.kind === 'categorical') return 'categorical';
  const small = ref.smallDomain.counts && cur.smallDomain.counts;
  if (small) {
    const union = new Set([...ref.smallDomain.counts!.keys(), ...cur.smallDomain.counts!.keys()]);
    if (union.size <= CATEGORICAL_MAX_DISTINCT) return 'categorical';
  }
  return 'numeric';
}

type Measured = Pick<ColumnDrift, 'value' | 'statistic' | 'approximate'>;

function sampleNumbers(profile: DatasetProfile, name: string): Float64Array {
  const cells = profile.sample.column(name);
  return sortedValues(cells.map((c) => (typeof c === 'number' ? c : NaN)));
}

function numericDrift(method: DriftMethod, name: string, reference: DatasetProfile, current: DatasetProfile, refColumn: ColumnProfile): Measured | undefined {
  const a = sampleNumbers(reference, name);
  const b = sampleNumbers(current, name);
  if (a.length === 0 || b.length === 0) return undefined;
  const approximate = reference.sample.size < reference.rows || current.sample.size < current.rows;
  switch (method) {
    case 'ks': {
      const r = ksTwoSample(a, b);
      return { value: r.pValue, statistic: r.statistic, approximate };
    }
    case 'wasserstein': {
      // Evidently divides by the reference's population std, floored at 0.001
      const norm = Math.max(refColumn.populationStd() ?? 0, 0.001);
      return { value: wassersteinDistance(a, b) / norm, approximate };
    }
    case 'psi': {
      const s = binnedShares(a, b, true);
      return { value: populationStabilityIndex(s.reference, s.current), approximate };
    }
    case 'jensenshannon': {
      const s = binnedShares(a, b, false);
      return { value: jensenShannonDistance(s.reference, s.current), approximate };
    }
    default:
      return undefined;
  }
}

function categoricalDrift(method: DriftMethod, ref: ColumnProfile, cur: ColumnProfile): Measured | undefined {
  const r = ref.valueCounts();
  const c = cur.valueCounts();
  if (r.counts.length === 0 || c.counts.length === 0) return undefined;
  const refCounts = new Map(r.counts);
  const curCounts = new Map(c.counts);
  const approximate = !r.exact || !c.exact;
  switch (method) {
    case 'chisquare': {
      const t = chiSquareDrift(refCounts, curCounts);
      return { value: t.pValue, statistic: t.statistic, approximate };
    }
    case 'jensenshannon': {
      const s = categoryShares(refCounts, curCounts, false);
      return { value: jensenShannonDistance(s.reference, s.current), approximate };
    }
    case 'psi': {
      const s = categoryShares(refCounts, curCounts, true);
      return { value: populationStabilityIndex(s.reference, s.current), approximate };
    }
    default:
      return undefined; // KS and Wasserstein need an order the categories do not have
  }
}

export interface DatasetDrift {
  columns: ColumnDrift[];
  driftedColumns: number;
  testedColumns: number;
  share: number;
  /** the dataset drifts when at least this share of its tested columns drift */
  driftShare: number;
  drifted: boolean;
}

/** drift of every column present on both sides, and the dataset verdict */
export function datasetDrift(
  reference: DatasetProfile,
  current: DatasetProfile,
  options: { driftShare?: number; perColumn?: ReadonlyMap<string, ColumnDriftOptions | false> } = {},
): DatasetDrift {
  const columns: ColumnDrift[] = [];
  for (const name of current.columns.keys()) {
    const opts = options.perColumn?.get(name);
    if (opts === false) continue;
    const d = columnDrift(name, reference, current, opts ?? {});
    if (d) columns.push(d);
  }
  const driftedColumns = columns.filter((c) => c.drifted).length;
  const share = columns.length ? driftedColumns / columns.length : 0;
  const driftShare = options.driftShare ?? 0.5;
  return { columns, driftedColumns, testedColumns: columns.length, share, driftShare, drifted: columns.length > 0 && share >= driftShare };
}
