import { float64Base64, float64FromBase64, isFloat64Json, type Float64Json } from '../../fs/float64-base64.js';
import { jsonArray, jsonBreak, jsonIndented, jsonNumber } from '../../fs/json-text.js';

/**
 * A uniform sample of whole rows that merges exactly: each row gets a pseudo-random priority from
 * a hash of (file, row index), and the sample keeps the `capacity` rows with the smallest priorities
 * (bottom-k sampling). Shards of the same files therefore merge into the sample one pass would keep,
 * and while the data has no more rows than the capacity the sample is the data itself, so drift
 * tests on it are the tests on all rows.
 */
export const ROW_SAMPLE_CAPACITY = 5000;

export type SampleCell = number | string | null;

export interface RowSampleJson {
  capacity: number;
  priorities: number[];
  /** per column, the sampled rows' cells in priority order */
  columns: Record<string, SampleCell[]>;
}

/**
 * The row sample as statistics.json holds it (format version 2): RowSampleJson with each array whose
 * cells are all numbers or missing written as float64 (float64-base64.ts; NaN for missing), the
 * priorities too. Other arrays (text cells) stay JSON arrays. Version 1 files hold arrays only;
 * `absorb` reads both.
 */
export interface RowSampleFileJson {
  capacity: number;
  priorities: number[] | Float64Json;
  columns: Record<string, SampleCell[] | Float64Json>;
}

/**
 * One column's cells, by slot: numbers in a typed array (NaN: null) until a text arrives, then
 * plain cells. Numbers of sampled rows are then never boxed, and evicted rows leave no garbage.
 */
export interface SampleColumn {
  numbers: Float64Array | undefined;
  cells: SampleCell[] | undefined;
}

export class RowSample {
  /** a max-heap of slots on their priority, so the row to evict is at the top */
  private readonly heap: Int32Array;
  private readonly priorities: Float64Array;
  /** per slot, the column names its row has (one array per batch, shared by its rows) */
  private readonly slotNames: (readonly string[])[] = [];
  private readonly columns = new Map<string, SampleColumn>();
  /** the same columns, in an array (emptied one by one for each row placed) */
  private readonly storeList: SampleColumn[] = [];
  private count = 0;
  /** the slots in priority order, kept until the next change: drift reads one column at a time */
  private sorted: Int32Array | undefined;

  constructor(readonly capacity = ROW_SAMPLE_CAPACITY) {
    this.heap = new Int32Array(capacity);
    this.priorities = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** whether a row with this priority would enter the sample: cheap test before building the row */
  wants(priority: number): boolean {
    return this.count < this.capacity || priority < this.priorities[this.heap[0]!]!;
  }

  /** the largest priority kept (Infinity while the sample is not full): rows at or above it cannot enter */
  get bound(): number {
    return this.count < this.capacity ? Infinity : this.priorities[this.heap[0]!]!;
  }

  offer(priority: number, names: readonly string[], cells: SampleCell[]): void {
    const slot = this.place(priority, names);
    if (slot < 0) return;
    for (let k = 0; k < names.length; k++) this.set(this.store(names[k]!), slot, cells[k] ?? null);
  }

  /**
   * Makes room for a row of this priority (evicting the top when full) and returns its slot, with
   * every cell null, or -1 when the row does not enter; the caller then sets its cells (`set`, or
   * straight into a store's `numbers` while it has them).
   */
  place(priority: number, names: readonly string[]): number {
    const slot = this.placeRow(priority, names);
    if (slot >= 0) this.clearSlot(slot, this.storeList);
    return slot;
  }

  /**
   * place() without emptying the slot's cells: for a caller that sets every column's cells of the
   * rows it places afterwards, column by column (setting the cells of columns its rows do not have
   * to nothing with `clearSlots`), in the order it placed them.
   */
  placeRow(priority: number, names: readonly string[]): number {
    if (!this.wants(priority)) return -1;
    return this.count < this.capacity ? this.fillSlot(priority, names) : this.replaceTop(priority, names);
  }

  /**
   * placeRow for a batch's candidates (their priorities, in row order) from the first, for as long
   * as the sample is not full: each enters. Writes each one's slot at its own index of `slots`;
   * returns how many entered. Then replaceRows for the rest. Why two loops of their own: a batch
   * that fills the sample (the first, 5,000 rows) runs its loop long enough for V8 to optimise it
   * mid-loop, before any row has replaced another; one loop for both ways, so optimised, was thrown
   * away at the first replacement (the next batch) and compiled again.
   */
  fillRows(priorities: Float64Array, count: number, names: readonly string[], slots: Int32Array): number {
    let k = 0;
    for (; k < count && this.count < this.capacity; k++) slots[k] = this.fillSlot(priorities[k]!, names);
    return k;
  }

  /**
   * placeRow for candidates `from` … `count - 1` once the sample is full (after fillRows): those
   * that enter get their slots at `from`, `from + 1` …, their row indexes moved down alongside (an
   * index is read before it is written over); returns `from` plus how many entered.
   */
  replaceRows(priorities: Float64Array, indexes: Int32Array, from: number, count: number, names: readonly string[], slots: Int32Array): number {
    let placed = from;
    for (let k = from; k < count; k++) {
      const priority = priorities[k]!;
      if (!(priority < this.priorities[this.heap[0]!]!)) continue;
      slots[placed] = this.replaceTop(priority, names);
      indexes[placed++] = indexes[k]!;
    }
    return placed;
  }

  /** a new slot for a row, the sample not being full */
  private fillSlot(priority: number, names: readonly string[]): number {
    this.sorted = undefined;
    const slot = this.count++;
    this.priorities[slot] = priority;
    this.siftUp(slot, slot);
    this.slotNames[slot] = names;
    return slot;
  }

  /** the slot of the row with the largest priority, given to a row of a smaller one */
  private replaceTop(priority: number, names: readonly string[]): number {
    this.sorted = undefined;
    const slot = this.heap[0]!;
    this.priorities[slot] = priority;
    this.siftDown(slot);
    this.slotNames[slot] = names;
    return slot;
  }

  private clearSlot(slot: number, stores: readonly SampleColumn[]): void {
    for (let k = 0; k < stores.length; k++) {
      const column = stores[k]!;
      if (column.numbers) column.numbers[slot] = NaN;
      else column.cells![slot] = null;
    }
  }

  /** each of the first `count` slots emptied in every column but `kept` (see placeRow) */
  clearSlots(slots: Int32Array, count: number, kept: readonly SampleColumn[]): void {
    const others = this.storeList.filter((column) => !kept.includes(column));
    if (others.length === 0) return;
    for (let k = 0; k < count; k++) this.clearSlot(slots[k]!, others);
  }

  /** a column's cells, created (all null) on first use */
  store(name: string): SampleColumn {
    let column = this.columns.get(name);
    if (!column) {
      column = { numbers: new Float64Array(this.capacity).fill(NaN), cells: undefined };
      this.columns.set(name, column);
      this.storeList.push(column);
    }
    return column;
  }

  set(column: SampleColumn, slot: number, cell: SampleCell): void {
    if (column.numbers) {
      if (typeof cell !== 'string') {
        column.numbers[slot] = cell ?? NaN;
        return;
      }
      column.cells = Array.from(column.numbers, (v) => (v === v ? v : null));
      column.numbers = undefined;
    }
    column.cells![slot] = cell;
  }

  merge(other: RowSample): RowSample {
    const out = new RowSample(Math.min(this.capacity, other.capacity));
    for (const part of [this, other]) {
      // the rows of a batch share their names: their columns are looked up once per batch
      let names: readonly string[] | undefined;
      let from: SampleColumn[] = [];
      let to: SampleColumn[] = [];
      for (let slot = 0; slot < part.count; slot++) {
        if (part.slotNames[slot] !== names) {
          names = part.slotNames[slot]!;
          from = names.map((name) => part.columns.get(name)!);
          to = names.map((name) => out.store(name));
        }
        const at = out.place(part.priorities[slot]!, names);
        if (at < 0) continue;
        for (let k = 0; k < from.length; k++) {
          const source = from[k]!.numbers;
          const target = to[k]!.numbers;
          if (source && target) target[at] = source[slot]!;
          else out.set(to[k]!, at, cellOf(from[k]!, slot));
        }
      }
    }
    return out;
  }

  private ordered(): Int32Array {
    this.sorted ??= slotsByPriority(this.priorities, this.count);
    return this.sorted;
  }

  /** the sampled values of one column, in priority order (null where missing or absent) */
  column(name: string): SampleCell[] {
    const column = this.columns.get(name);
    return Array.from(this.ordered(), (slot) => (column ? cellOf(column, slot) : null));
  }

  toJSON(): RowSampleJson {
    const slots = this.ordered();
    const columns: Record<string, SampleCell[]> = {};
    for (const name of this.namesInOrder(slots)) {
      const column = this.columns.get(name)!;
      columns[name] = Array.from(slots, (slot) => cellOf(column, slot));
    }
    return { capacity: this.capacity, priorities: Array.from(slots, (slot) => this.priorities[slot]!), columns };
  }

  /** the sample as statistics.json holds it (RowSampleFileJson) */
  toFileJSON(): RowSampleFileJson {
    const slots = this.ordered();
    const columns: Record<string, SampleCell[] | Float64Json> = {};
    for (const name of this.namesInOrder(slots)) columns[name] = fileCells(this.columns.get(name)!, slots);
    return { capacity: this.capacity, priorities: { float64: float64Base64(gathered(this.priorities, slots)) }, columns };
  }

  /**
   * The text of JSON.stringify(this.toFileJSON(), null, 2) nested `depth` levels deep inside another
   * value, a piece per column: statistics.json's largest part, without one string of all of it
   * (and a text column's array without stringify's second pass to indent it: jsonArray).
   */
  *jsonText(depth = 0): Generator<string> {
    const { capacity, priorities, columns } = this.toFileJSON();
    const inner = jsonBreak(depth + 1);
    const names = Object.keys(columns);
    yield `{${inner}"capacity": ${jsonNumber(capacity)},${inner}"priorities": ${jsonIndented(priorities, depth + 1)},${inner}"columns": ${names.length ? '{' : '{}'}`;
    let first = true;
    for (const name of names) {
      const cells = columns[name]!;
      yield `${first ? '' : ','}${jsonBreak(depth + 2)}${JSON.stringify(name)}: ${Array.isArray(cells) ? jsonArray(cells, depth + 2) : jsonIndented(cells, depth + 2)}`;
      first = false;
    }
    yield `${names.length ? `${inner}}` : ''}${jsonBreak(depth)}}`;
  }

  /** the names of the rows' columns, in the order the rows name them */
  private namesInOrder(slots: Int32Array): Set<string> {
    const names = new Set<string>();
    // the rows of a batch share one array of names: each array is read once, not once per row
    const read = new Set<readonly string[]>();
    for (let k = 0; k < slots.length; k++) {
      const own = this.slotNames[slots[k]!]!;
      if (read.has(own)) continue;
      read.add(own);
      for (const name of own) names.add(name);
    }
    return names;
  }

  static fromJSON(json: RowSampleJson | RowSampleFileJson): RowSample {
    const out = new RowSample(json.capacity);
    out.absorb(json);
    return out;
  }

  /**
   * Adds the rows of a sample given as plain data (toJSON's, or a file's: toFileJSON's, or version
   * 1's arrays), in place: the rows `merge` would keep (the smallest priorities of both), without
   * building a sample for each side and a third for both.
   */
  absorb(json: RowSampleJson | RowSampleFileJson): void {
    const names = Object.keys(json.columns);
    const priorities = isFloat64Json(json.priorities) ? float64FromBase64(json.priorities.float64, "the row sample's priorities") : json.priorities;
    const columns = names.map((name) => {
      const cells = json.columns[name]!;
      if (!isFloat64Json(cells)) return cells;
      const values = float64FromBase64(cells.float64, `the row sample's column ${JSON.stringify(name)}`);
      if (values.length !== priorities.length) throw new Error(`the row sample's column ${JSON.stringify(name)} holds ${values.length} values for ${priorities.length} rows`);
      return values;
    });
    const stores = names.map((name) => this.store(name));
    for (let i = 0; i < priorities.length; i++) {
      const slot = this.place(priorities[i]!, names);
      if (slot >= 0) columns.forEach((values, k) => this.set(stores[k]!, slot, cellIn(values, i)));
    }
  }

  private siftUp(i: number, slot: number): void {
    const h = this.heap;
    const p = this.priorities;
    const priority = p[slot]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (p[h[parent]!]! >= priority) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = slot;
  }

  /** the top's slot, whose priority just fell, to its place */
  private siftDown(slot: number): void {
    const h = this.heap;
    const p = this.priorities;
    const priority = p[slot]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && p[h[r]!]! > p[h[l]!]! ? r : l;
      if (p[h[child]!]! <= priority) break;
      h[i] = h[child]!;
      i = child;
    }
    h[i] = slot;
  }
}

/**
 * A slot's cell of a column (null when missing). A row's columns absent from its file read null
 * too: `place` empties every column of the slot it hands out, and a column created later starts empty.
 */
function cellOf(column: SampleColumn, slot: number): SampleCell {
  if (column.numbers) {
    const v = column.numbers[slot]!;
    return v === v ? v : null;
  }
  return column.cells![slot] ?? null;
}

/** `values` at `slots`, in a typed array of their own (NaN, missing, kept) */
function gathered(values: Float64Array, slots: Int32Array): Float64Array {
  const out = new Float64Array(slots.length);
  for (let k = 0; k < slots.length; k++) out[k] = values[slots[k]!]!;
  return out;
}

/**
 * A column's cells at `slots` as the file holds them: float64 when every one is a number or
 * missing, whichever store holds them (so that equal samples read the same, merged or not),
 * otherwise an array.
 */
function fileCells(column: SampleColumn, slots: Int32Array): SampleCell[] | Float64Json {
  if (column.numbers) return { float64: float64Base64(gathered(column.numbers, slots)) };
  const cells = cellsAt(column.cells!, slots);
  if (cells.some((cell) => typeof cell === 'string')) return cells;
  return { float64: float64Base64(Float64Array.from(cells as (number | null)[], (cell) => cell ?? NaN)) };
}

/** cell `i` of a column read from a file: an array's (a hole: null), or a double's (NaN: null) */
function cellIn(values: SampleCell[] | Float64Array, i: number): SampleCell {
  if (Array.isArray(values)) return values[i] ?? null;
  const v = values[i]!;
  return v === v ? v : null;
}

/** `cells` at `slots` (a hole: null), as toJSON gives them; a loop, not Array.from's callback per cell (it runs once, cold) */
function cellsAt(cells: SampleCell[], slots: Int32Array): SampleCell[] {
  const out: SampleCell[] = [];
  for (let k = 0; k < slots.length; k++) out.push(cells[slots[k]!] ?? null);
  return out;
}

/**
 * Slots 0 … count-1 in ascending order of their priority, as a sort with the comparator
 * priorities[a] - priorities[b] orders them (stable: equal priorities in slot order). The
 * priorities are sorted natively, without a comparator call per comparison (this runs once per
 * run, cold: some 60,000 calls for 5,000 rows), and each mapped back to its slot; when two are
 * equal (±0 too) or one is NaN, where the two orders could differ, the comparator sort decides.
 */
export function slotsByPriority(priorities: Float64Array, count: number): Int32Array {
  const sorted = priorities.slice(0, count).sort();
  const slotOf = new Map<number, number>();
  for (let slot = 0; slot < count; slot++) slotOf.set(priorities[slot]!, slot);
  // a typed array sorts NaN last
  const last = sorted[count - 1];
  if (slotOf.size < count || last !== last) return Int32Array.from({ length: count }, (_, slot) => slot).sort((a, b) => priorities[a]! - priorities[b]!);
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = slotOf.get(sorted[k]!)!;
  return out;
}
