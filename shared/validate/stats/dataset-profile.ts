import { textAt } from '../../data/coded-text.js';
import type { Column, Table } from '../../data/table.js';
import { UserError } from '../../errors.js';
import { hashString, unitHashFrom, unitHashHigh } from './hash.js';
import { ColumnProfile, type ColumnStatisticsJson, type ProfileKind } from './column-profile.js';
import { columnKernel } from './column-kernel.js';
import { RowSample, type RowSampleFileJson, type RowSampleJson, type SampleCell, type SampleColumn } from './row-sample.js';
import { isMissingText, numberAsCategory, parseNumber } from './parse-number.js';

export const STATISTICS_FORMAT = 'mlci-statistics';
/** 2: the row sample's all-number arrays as float64 (RowSampleFileJson); 1, still read: arrays only */
export const STATISTICS_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, STATISTICS_VERSION];

export interface FileRowCount {
  file: string;
  rows: number;
}

/** statistics.json: readable summaries plus the sketch state that merging and drift need */
export interface DatasetStatisticsJson {
  format: typeof STATISTICS_FORMAT;
  version: typeof STATISTICS_VERSION;
  rows: number;
  files: FileRowCount[];
  columns: ColumnStatisticsJson[];
  sample: RowSampleJson;
}

/** statistics.json as a file holds it: the row sample as RowSampleFileJson (or, version 1, arrays) */
export interface DatasetStatisticsFileJson extends Omit<DatasetStatisticsJson, 'version' | 'sample'> {
  version: number;
  sample: RowSampleFileJson;
}

/**
 * Statistics of a whole dataset, built batch by batch (addBatch) or merged from shards (merge).
 * Column kinds are fixed up front (from the schema) or by the first batch, so that every batch of
 * every shard is profiled the same way.
 */
export class DatasetProfile {
  readonly columns = new Map<string, ColumnProfile>();
  rows = 0;
  readonly files: FileRowCount[] = [];
  sample = new RowSample();

  constructor(
    private readonly kinds: ReadonlyMap<string, ProfileKind> = new Map(),
    /** keep each batch's moments (ColumnProfile.momentLog), to merge them in order elsewhere */
    private readonly logMoments = false,
  ) {}

  /** adds a batch whose first row is row `firstRow` (0-based) of its file */
  addBatch(table: Table, firstRow: number): void {
    for (const column of table.columns) {
      if (!this.columns.has(column.name)) {
        const profile = new ColumnProfile(column.name, this.kinds.get(column.name) ?? guessKind(column));
        profile.add(undefined, this.rows); // rows of earlier files, where the column was absent
        if (this.logMoments) profile.momentLog = [];
        this.columns.set(column.name, profile);
      }
    }
    // The sample's rows are placed first, and each column's sampled cells are copied right after
    // the column's statistics are taken: its values are then still in the cache (copied later,
    // after every other column, each read of a sampled row's value missed it: 14 ms a 200 MB file).
    const sampled = this.placeSampleRows(table, firstRow);
    const byName = new Map(table.columns.map((c, k) => [c.name, k]));
    for (const profile of this.columns.values()) {
      const k = byName.get(profile.name);
      profile.add(k === undefined ? undefined : table.columns[k], table.rowCount);
      if (sampled && k !== undefined) sampled.copyColumnCells(k);
    }
    this.rows += table.rowCount;
    const last = this.files[this.files.length - 1];
    if (last && last.file === table.source && firstRow > 0) last.rows += table.rowCount;
    else this.files.push({ file: table.source, rows: table.rowCount });
  }

  /**
   * The batch's rows that enter the sample, placed (their cells all null, or as `copyColumnCells` of
   * each column sets them); undefined when none enters.
   */
  private placeSampleRows(table: Table, firstRow: number): SampledRows | undefined {
    const sample = this.sample;
    // Rows that could enter: below the sample's current bound (it only falls while the batch is
    // offered, so the bound at the start lets through a superset). Kept in typed arrays, not as
    // an object per row.
    const bound = sample.bound;
    const rows = table.rowCount;
    const { priorities, indexes, slots } = candidateArrays(rows);
    const count = sampleCandidates(hashString(table.source), firstRow, rows, bound, priorities, indexes);
    if (count === 0) return undefined;
    // of those, only the batch's `capacity` smallest can stay, so only they are built (early
    // batches would otherwise build many rows that are evicted at once)
    const kept = count > sample.capacity ? keepAtMost(priorities, indexes, count, priorities.slice(0, count).sort()[sample.capacity - 1]!) : count;
    // numbers of numeric columns go straight into the sample's arrays; other cells one by one
    const columns = table.columns;
    // Built by push, not map: V8's map builtin and the map TurboFan inlines here make arrays of
    // different element kinds, and copyColumnCells, optimised for one, was thrown away each time this
    // function was compiled or thrown away itself (four times a run on the bench's 200 MB).
    const names: string[] = [];
    const kinds: ProfileKind[] = [];
    const stores: SampleColumn[] = [];
    for (const column of columns) {
      names.push(column.name);
      kinds.push(this.columns.get(column.name)!.kind);
      stores.push(sample.store(column.name));
    }
    // The rows placed first, then their cells column by column, in the order the rows were placed (a
    // slot taken twice in the batch ends with the later row's cells, as when each row's cells were
    // set as it was placed): a tight loop per column, not one per row over every column, which in the
    // first batch (5,000 rows placed) ran interpreted. Rows fill the sample while it has room, then
    // replace its top (RowSample.fillRows, replaceRows: each way a loop of its own).
    const filled = sample.fillRows(priorities, kept, names, slots);
    const placed = sample.replaceRows(priorities, indexes, filled, kept, names, slots);
    if (placed === 0) return undefined;
    sample.clearSlots(slots, placed, stores);
    return new SampledRows(sample, columns, kinds, stores, slots, indexes, placed);
  }

  merge(other: DatasetProfile): DatasetProfile {
    const out = new DatasetProfile();
    out.rows = this.rows + other.rows;
    out.files.push(...this.files, ...other.files);
    out.sample = this.sample.merge(other.sample);
    const names = [...this.columns.keys(), ...[...other.columns.keys()].filter((n) => !this.columns.has(n))];
    for (const name of names) {
      const a = this.columns.get(name) ?? absent(name, other.columns.get(name)!.kind, this.rows);
      const b = other.columns.get(name) ?? absent(name, a.kind, other.rows);
      out.columns.set(name, a.merge(b));
    }
    return out;
  }

  /**
   * Adds the statistics of later rows, given as plain data (a worker's), in place: what `merge`
   * gives, without a new profile and row sample for each part merged (monitor merges one per
   * file read, in a process that should stay small).
   */
  absorb(json: DatasetStatisticsJson | DatasetStatisticsFileJson): void {
    const before = this.rows;
    this.rows += json.rows;
    this.files.push(...json.files);
    this.sample.absorb(json.sample);
    const theirs = new Set<string>();
    for (const c of json.columns) {
      theirs.add(c.name);
      const part = ColumnProfile.fromJSON(c);
      this.columns.set(c.name, (this.columns.get(c.name) ?? absent(c.name, part.kind, before)).merge(part));
    }
    for (const [name, mine] of this.columns) if (!theirs.has(name)) this.columns.set(name, mine.merge(absent(name, mine.kind, json.rows)));
  }

  toJSON(): DatasetStatisticsJson {
    return { ...this.jsonHead(), sample: this.sample.toJSON() };
  }

  /** statistics.json's object: toJSON's with the row sample as the file holds it (RowSample.toFileJSON) */
  toFileJSON(): DatasetStatisticsFileJson {
    return { ...this.jsonHead(), sample: this.sample.toFileJSON() };
  }

  /**
   * statistics.json for validate-data to write and return: `text`, that of JSON.stringify(toFileJSON(),
   * null, 2) and a line feed, in chunks (the row sample written straight from its slots), and
   * `json`, toJSON()'s object, whose row sample is built only if it is read (callers rarely do,
   * and building it cost more than writing it).
   */
  toStatisticsFile(): { json: DatasetStatisticsJson; text: Iterable<string> } {
    const head = this.jsonHead();
    const sample = this.sample;
    let built: RowSampleJson | undefined;
    const json: DatasetStatisticsJson = {
      ...head,
      get sample() {
        return (built ??= sample.toJSON());
      },
      // a caller may replace it, as it could a plain property
      set sample(value: RowSampleJson) {
        built = value;
      },
    };
    return { json, text: statisticsText(head, sample) };
  }

  /** toJSON's object without the row sample, its last key */
  private jsonHead(): Omit<DatasetStatisticsJson, 'sample'> {
    return {
      format: STATISTICS_FORMAT,
      version: STATISTICS_VERSION,
      rows: this.rows,
      files: this.files,
      columns: [...this.columns.values()].map((c) => c.toJSON()),
    };
  }

  static fromJSON(json: DatasetStatisticsJson | DatasetStatisticsFileJson, file = 'statistics.json'): DatasetProfile {
    if (json?.format !== STATISTICS_FORMAT) throw new UserError(`${file} is not an mlci statistics file`, file, 'pass a statistics.json written by validate-data, or a data file');
    if (!READABLE_VERSIONS.includes(json.version)) throw new UserError(`${file} has statistics format version ${json.version}; this mlci reads versions ${READABLE_VERSIONS.join(' and ')}`, file, 'regenerate the statistics with this version of mlci');
    const out = new DatasetProfile();
    out.rows = json.rows;
    out.files.push(...json.files);
    try {
      out.sample = RowSample.fromJSON(json.sample);
    } catch (err) {
      throw new UserError(`${file} has a damaged row sample: ${(err as Error).message}`, file, 'regenerate the statistics (validate-data writes statistics.json)');
    }
    for (const c of json.columns) out.columns.set(c.name, ColumnProfile.fromJSON(c));
    return out;
  }
}

/**
 * The rows of a batch whose priority is below `bound`: their priorities and indexes, in row order;
 * returns how many. (A function of its own: see fractionalCount in column-profile.ts.)
 */
function sampleCandidates(fileKey: number, firstRow: number, rows: number, bound: number, priorities: Float64Array, indexes: Int32Array): number {
  // the same loop in WebAssembly where there is the module (column-kernel.ts)
  const kernel = columnKernel();
  if (kernel) return kernel.rowCandidates(fileKey, firstRow, rows, bound, priorities, indexes);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    // most rows cannot enter: the first hash alone bounds the priority from below
    const high = unitHashHigh(fileKey, firstRow + r);
    if ((high >>> 5) / 134217728 >= bound) continue;
    const priority = unitHashFrom(high, fileKey, firstRow + r);
    if (priority >= bound) continue;
    priorities[count] = priority;
    indexes[count++] = r;
  }
  return count;
}

let scratch = { priorities: new Float64Array(0), indexes: new Int32Array(0), slots: new Int32Array(0) };

/** the candidates whose priority is at most `cut`, moved down in order; returns how many */
function keepAtMost(priorities: Float64Array, indexes: Int32Array, count: number, cut: number): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    if (priorities[k]! > cut) continue;
    priorities[kept] = priorities[k]!;
    indexes[kept++] = indexes[k]!;
  }
  return kept;
}

/**
 * A batch's rows placed in the sample, whose cells each column copies in after its statistics
 * (DatasetProfile.addBatch). A class, not an object literal with a method made per batch: each
 * batch's closure was one more function for V8 to optimise (six TurboFan compilations of the
 * method a run on the bench's 200 MB file, where one does).
 */
class SampledRows {
  constructor(
    private readonly sample: RowSample,
    private readonly columns: readonly Column[],
    private readonly kinds: readonly ProfileKind[],
    private readonly stores: readonly SampleColumn[],
    /** the slots the rows took, and the rows' indexes in the batch: the first `placed` of each */
    private readonly slots: Int32Array,
    private readonly indexes: Int32Array,
    private readonly placed: number,
  ) {}

  /** column `c`'s cells of the placed rows, into their slots */
  copyColumnCells(c: number): void {
    const column = this.columns[c]!;
    const store = this.stores[c]!;
    const kind = this.kinds[c]!;
    if (column.kind === 'numeric' && kind === 'numeric' && store.numbers) copyNumbers(column.values, store.numbers, this.slots, this.indexes, this.placed);
    else copyOtherCells(this.sample, store, column, kind, this.slots, this.indexes, this.placed);
  }
}

/** cell by cell, what copyNumbers does not take: text, or numbers read as another kind (a loop of its own, optimised on its own) */
function copyOtherCells(sample: RowSample, store: SampleColumn, column: Column, kind: ProfileKind, slots: Int32Array, rows: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) sample.set(store, slots[k]!, sampleCell(column, rows[k]!, kind));
}

/** a numeric column's values of the rows placed into their slots (NaN, missing, stays NaN: null) */
function copyNumbers(values: Float64Array, numbers: Float64Array, slots: Int32Array, rows: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) numbers[slots[k]!] = values[rows[k]!]!;
}

/**
 * arrays for a batch's candidate rows and the slots of those placed, shared by every profile (a
 * batch is offered at once, start to end)
 */
function candidateArrays(rows: number): typeof scratch {
  if (scratch.priorities.length < rows) scratch = { priorities: new Float64Array(rows), indexes: new Int32Array(rows), slots: new Int32Array(rows) };
  return scratch;
}

function absent(name: string, kind: ProfileKind, rows: number): ColumnProfile {
  const p = new ColumnProfile(name, kind);
  p.add(undefined, rows);
  return p;
}

function sampleCell(column: Column, row: number, kind: ProfileKind): SampleCell {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    if (v !== v) return null;
    return kind === 'numeric' ? v : numberAsCategory(v);
  }
  const text = textAt(column, row);
  if (isMissingText(text)) return null;
  if (kind === 'numeric') return parseNumber(text) ?? null;
  return text;
}

/** numbers when the reader found numbers, or when at least 90% of present cells read as numbers */
function guessKind(column: Column): ProfileKind {
  if (column.kind === 'numeric') return 'numeric';
  let present = 0;
  let numeric = 0;
  for (const v of column.values) {
    if (isMissingText(v)) continue;
    present++;
    if (parseNumber(v) !== undefined) numeric++;
  }
  return present > 0 && numeric >= 0.9 * present ? 'numeric' : 'categorical';
}

/** the text of JSON.stringify({ ...head, sample }, null, 2) and a line feed, in pieces (the head in pieces of at most CHUNK characters: none is copied into a buffer as large as itself) */
function* statisticsText(head: Omit<DatasetStatisticsJson, 'sample'>, sample: RowSample): Generator<string> {
  const text = JSON.stringify(head, null, 2);
  // the head's closing "\n}" gives way to the sample, the last key
  const end = text.length - 2;
  for (let at = 0; at < end; at += CHUNK) yield text.slice(at, Math.min(at + CHUNK, end));
  yield ',\n  "sample": ';
  yield* sample.jsonText(1);
  yield '\n}\n';
}

const CHUNK = 1 << 18;

/** merges statistics of shards (in any order) into the statistics of all their rows */
export function mergeStatistics(a: DatasetStatisticsJson, b: DatasetStatisticsJson): DatasetStatisticsJson {
  return DatasetProfile.fromJSON(a).merge(DatasetProfile.fromJSON(b)).toJSON();
}
