import type { ColumnProfile } from '../stats/column-profile.js';
import type { DatasetProfile } from '../stats/dataset-profile.js';
import type { ColumnSchema, ColumnType, DataSchema } from './types.js';

/** integer columns with at most this many values become categories (labels, codes), as TFDV's int domains */
const CATEGORICAL_INTEGER_VALUES = 10;
/** text columns with at most this many values get an allowed-values list */
const CATEGORICAL_TEXT_VALUES = 50;
/**
 * Inferred ranges are the observed range widened by twice its width on each side (and kept at or
 * above 0 for columns never negative): wide enough that held-out rows of the same distribution pass
 * (heavy-tailed features do exceed a training maximum), narrow enough to catch impossible values
 * such as a -1e9 sentinel. The user tightens them when reviewing the schema.
 */
const RANGE_MARGIN = 2;
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 't', 'f', 'y', 'n']);

export interface InferSchemaOptions {
  /** the label column: always categorical, with a label balance rule */
  target?: string;
}

/**
 * A schema describing the data as it is, for the user to review and commit (as TFDV's infer_schema):
 * types, whether missing values occur, generous ranges, and the values of small categorical
 * columns.
 */
export function inferSchema(profile: DatasetProfile, options: InferSchemaOptions = {}): DataSchema {
  const columns = [...profile.columns.values()].map((c) => inferColumn(c, c.name === options.target));
  const dataset: DataSchema['dataset'] = { extraColumns: 'allow', rows: { min: 1 } };
  const target = options.target ? profile.columns.get(options.target) : undefined;
  if (target) {
    dataset.target = target.name;
    const counts = target.valueCounts();
    const present = target.count - target.missing;
    if (counts.exact && counts.counts.length > 1 && present > 0) {
      const smallest = Math.min(...counts.counts.map(([, n]) => n)) / present;
      // half the smallest class's share, rounded down to a percent: room for sampling noise
      dataset.minClassShare = Math.floor((smallest / 2) * 100) / 100;
    }
  }
  return { source: 'inferred', columns, dataset };
}

function inferColumn(c: ColumnProfile, isTarget: boolean): ColumnSchema {
  const present = c.count - c.missing;
  const missingShare = c.count ? c.missing / c.count : 0;
  const column: ColumnSchema = {
    name: c.name,
    type: { value: 'text', mostly: 1 },
    // a column that had missing values may have some more: allow twice the share seen, rounded up
    maxMissing: c.missing === 0 ? 0 : Math.min(1, Math.ceil(missingShare * 2 * 100) / 100),
    required: true,
  };
  const values = c.valueCounts();
  const type = inferType(c, values, isTarget);
  column.type = { value: type, mostly: 1 };
  if ((type === 'categorical' || type === 'boolean') && values.exact && values.counts.length > 0 && values.counts.length <= CATEGORICAL_TEXT_VALUES) {
    column.allowedValues = { value: values.counts.map(([v]) => v).sort(), mostly: 1 };
  }
  if ((type === 'numeric' || type === 'integer') && c.moments.n > 0) {
    const { min, max } = c.moments;
    const margin = (max - min) * RANGE_MARGIN;
    let lo = min - margin;
    let hi = max + margin;
    if (min >= 0 && lo < 0) lo = 0; // a column that was never negative stays so
    if (type === 'integer') {
      lo = Math.floor(lo);
      hi = Math.ceil(hi);
    }
    column.min = { value: roundOutward(lo, 'down'), mostly: 1 };
    column.max = { value: roundOutward(hi, 'up'), mostly: 1 };
  }
  if (present === 0) column.maxMissing = 1;
  return column;
}

function inferType(c: ColumnProfile, values: { counts: [string, number][]; exact: boolean }, isTarget: boolean): ColumnType {
  if (c.kind === 'numeric') {
    const integer = c.fractional === 0;
    if (integer && values.exact && (isTarget || values.counts.length <= CATEGORICAL_INTEGER_VALUES)) return 'categorical';
    return integer ? 'integer' : 'numeric';
  }
  if (values.exact && values.counts.length > 0 && values.counts.every(([v]) => BOOLEAN_WORDS.has(v.toLowerCase()))) return 'boolean';
  if (isTarget || (values.exact && values.counts.length <= CATEGORICAL_TEXT_VALUES)) return 'categorical';
  return 'text';
}

/** six significant digits, rounded away from the data so the range still holds every value */
function roundOutward(value: number, direction: 'up' | 'down'): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 5);
  const steps = direction === 'up' ? Math.ceil(value / scale) : Math.floor(value / scale);
  return Number((steps * scale).toPrecision(6));
}
