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

interface SampledRow {
  priority: number;
  /** column names, shared by the rows of a batch (one array per batch, not one map per row) */
  names: readonly string[];
  /** the row's cells, in the order of `names` */
  cells: SampleCell[];
}

export class RowSample {
  /** a max-heap on priority, so the row to evict is at the top */
  private heap: SampledRow[] = [];
  /** the heap in priority order, kept until the next change: drift reads one column at a time */
  private sorted: SampledRow[] | undefined;

  constructor(readonly capacity = ROW_SAMPLE_CAPACITY) {}

  get size(): number {
    return this.heap.length;
  }

  /** whether a row with this priority would enter the sample: cheap test before building the row */
  wants(priority: number): boolean {
    return this.heap.length < this.capacity || priority < this.heap[0]!.priority;
  }

  offer(priority: number, names: readonly string[], cells: SampleCell[]): void {
    if (!this.wants(priority)) return;
    const row = { priority, names, cells };
    this.sorted = undefined;
    if (this.heap.length < this.capacity) {
      this.heap.push(row);
      this.siftUp(this.heap.length - 1);
    } else {
      this.heap[0] = row;
      this.siftDown(0);
    }
  }

  merge(other: RowSample): RowSample {
    const out = new RowSample(Math.min(this.capacity, other.capacity));
    for (const r of [...this.heap, ...other.heap]) out.offer(r.priority, r.names, r.cells);
    return out;
  }

  private ordered(): SampledRow[] {
    this.sorted ??= [...this.heap].sort((a, b) => a.priority - b.priority);
    return this.sorted;
  }

  /** the sampled values of one column, in priority order (null where missing or absent) */
  column(name: string): SampleCell[] {
    return this.ordered().map((r) => cellOf(r, name));
  }

  toJSON(): RowSampleJson {
    const rows = this.ordered();
    const names = new Set<string>();
    for (const r of rows) for (const k of r.names) names.add(k);
    const columns: Record<string, SampleCell[]> = {};
    for (const name of names) columns[name] = rows.map((r) => cellOf(r, name));
    return { capacity: this.capacity, priorities: rows.map((r) => r.priority), columns };
  }

  static fromJSON(json: RowSampleJson): RowSample {
    const out = new RowSample(json.capacity);
    const names = Object.keys(json.columns);
    const columns = Object.values(json.columns);
    json.priorities.forEach((priority, i) => out.offer(priority, names, columns.map((values) => values[i] ?? null)));
    return out;
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.priority >= h[i]!.priority) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < h.length && h[l]!.priority > h[top]!.priority) top = l;
      if (r < h.length && h[r]!.priority > h[top]!.priority) top = r;
      if (top === i) return;
      [h[top], h[i]] = [h[i]!, h[top]!];
      i = top;
    }
  }
}

/** a row's cell of column `name` (null when missing, or absent from the row's file) */
function cellOf(row: SampledRow, name: string): SampleCell {
  const k = row.names.indexOf(name);
  return k < 0 ? null : (row.cells[k] ?? null);
}
