import { EmbeddedWasm } from '../../runtime/embedded-wasm.js';
import { COLUMN_STATS_WASM } from './column-stats-wasm.js';
import type { HashSet32 } from './hash-set.js';
import { correctedMoments, emptyMoments, type Moments } from './moments.js';

/** What assembly/column-stats.ts exports. */
interface ColumnStatsExports {
  memory: { buffer: ArrayBuffer };
  valuesAt(): number;
  positiveAt(): number;
  negativeAt(): number;
  registersAt(): number;
  resultAt(): number;
  capacity(): number;
  heapBase(): number;
  sums(n: number): void;
  deviations(n: number, mean: number): void;
  registers(n: number, from: number): void;
  registerSums(): void;
  setAt(): number;
  setSlots(): number;
  exact(n: number, from: number, size: number, hasZero: number, limit: number): number;
  prioritiesAt(): number;
  rowIndexesAt(): number;
  rowChunk(): number;
  rowCandidates(key: number, first: number, rows: number, bound: number, base: number): number;
  firstNaNAt(): number;
  firstNaNs(): number;
  buckets(n: number, from: number, bucketsPerOctave: number, positiveOffset: number, positiveLength: number, negativeOffset: number, negativeLength: number): number;
}

/** firstNaNs' answer when nothing is missing: shared, and of length 0 so nobody can write into it */
const NO_ROWS = new Int32Array(0);

/** the bucket stores' largest size (quantile-sketch.ts's MAX_BUCKETS) and HyperLogLog's registers */
const MAX_BUCKETS = 4096;
const REGISTERS = 1 << 14;

/**
 * A numeric column's batch statistics in WebAssembly (assembly/column-stats.ts): a batch's numbers
 * are copied into the module once (`load`), then the moments, the quantile sketch's buckets and
 * HyperLogLog's registers each read them there in one tight loop. Each loop is the JavaScript one
 * (moments.ts, quantile-sketch.ts, hyperloglog.ts) operation for operation, so the statistics are
 * the same to the bit; the JavaScript loops stay the reference and the fallback.
 *
 * Why: in a validate-data run of 30 numeric columns these loops were about a third of the CPU, the
 * values boxed and the hashes' multiplies checked for overflow until V8 optimised each function.
 */
export class ColumnKernel {
  readonly capacity: number;
  /** the loaded values, and how many */
  private readonly values: Float64Array;
  private length = 0;
  /** the bucket stores' counts while `buckets` runs */
  readonly positive: Float64Array;
  readonly negative: Float64Array;
  /** HyperLogLog's registers while `registers` runs */
  private readonly registerView: Uint8Array;
  /** HyperLogLog's exact hashes (a HashSet32's slots) while `addToSet` runs */
  private readonly setView: Uint32Array;
  /** rowCandidates' answers */
  private readonly priorityView: Float64Array;
  private readonly rowIndexView: Int32Array;
  /** what the last call found */
  readonly result: Float64Array;
  /** numbers with a fractional part among the loaded values (set by `moments`) */
  fractional = 0;
  /** where `moments` notes the first NaN values' indexes */
  private readonly firstNaNView: Int32Array;

  static of(module: ColumnStatsExports): ColumnKernel {
    return new ColumnKernel(module);
  }

  private constructor(private readonly module: ColumnStatsExports) {
    const buffer = module.memory.buffer;
    this.capacity = module.capacity();
    if (module.heapBase() > module.valuesAt()) throw new Error('column-stats: the module data overlaps its layout');
    this.values = new Float64Array(buffer, module.valuesAt(), this.capacity);
    this.positive = new Float64Array(buffer, module.positiveAt(), MAX_BUCKETS);
    this.negative = new Float64Array(buffer, module.negativeAt(), MAX_BUCKETS);
    this.registerView = new Uint8Array(buffer, module.registersAt(), REGISTERS);
    this.result = new Float64Array(buffer, module.resultAt(), 8);
    this.setView = new Uint32Array(buffer, module.setAt(), module.setSlots());
    this.priorityView = new Float64Array(buffer, module.prioritiesAt(), module.rowChunk());
    this.rowIndexView = new Int32Array(buffer, module.rowIndexesAt(), module.rowChunk());
    this.firstNaNView = new Int32Array(buffer, module.firstNaNAt(), module.firstNaNs());
  }

  /**
   * Copies a batch's numbers into the module; false (nothing loaded) when they are more than it
   * holds, and the caller takes the JavaScript loops.
   */
  load(values: Float64Array): boolean {
    if (values.length > this.capacity) return false;
    this.values.set(values);
    this.length = values.length;
    return true;
  }

  /**
   * The indexes of the first NaN values among the loaded values (at most five, all of them when
   * there are no more), after `moments`: `missing` is how many there are (the values less the moments' n).
   * None missing (most batches of most columns): one shared empty array, nothing allocated.
   */
  firstNaNs(missing: number): Int32Array {
    if (missing === 0) return NO_ROWS;
    return this.firstNaNView.slice(0, Math.min(missing, this.firstNaNView.length));
  }

  /** momentsOf (moments.ts) of the loaded values, and their fractional count into `fractional` */
  moments(): Moments {
    const n = this.length;
    const r = this.result;
    this.module.sums(n);
    const count = r[0]!;
    this.fractional = r[4]!;
    if (count === 0) return emptyMoments();
    const sum = r[1]!;
    const min = r[2]!;
    const max = r[3]!;
    const mean = sum / count;
    this.module.deviations(n, mean);
    return correctedMoments(count, mean, r[0]!, r[1]!, min, max);
  }

  /** HyperLogLog's register loop over the loaded values from `from`, on `registers` */
  addToRegisters(registers: Uint8Array, from: number): void {
    this.registerView.set(registers);
    this.module.registers(this.length, from);
    registers.set(this.registerView);
  }

  /**
   * HyperLogLog.addNumbers' loop while it keeps its hashes exactly: the hashes of the loaded values
   * added to `set` until it holds more than `limit`. Returns the index after the value that took it
   * past, or the count loaded; -1, having done nothing, for a set of another size than the module's.
   * Why: the first batch of every numeric column runs that loop 4,097 times before the column turns
   * to registers, while the JavaScript is not yet compiled (interpreted, it cost more than the
   * kernel's every pass over the column).
   */
  addToSet(set: HashSet32, limit: number): number {
    const slots = set.slotArray;
    if (slots.length !== this.setView.length) return -1;
    this.setView.set(slots);
    const stop = this.module.exact(this.length, 0, set.size, set.holdsZero ? 1 : 0, limit);
    slots.set(this.setView);
    set.restore(this.result[0]!, this.result[1] === 1);
    return stop;
  }

  /**
   * The row sample's candidates among `rows` rows from row `firstRow` of the file hashed to
   * `fileKey`: sampleCandidates of dataset-profile.ts (its priorities, to the bit, and the same rows
   * in the same order), into `priorities` and `indexes`; returns how many.
   * Why: every batch hashes each of its rows, and the first one (when every row is a candidate)
   * did so twice per row, interpreted: some 30 ms of a 200 MB run's first batch.
   */
  rowCandidates(fileKey: number, firstRow: number, rows: number, bound: number, priorities: Float64Array, indexes: Int32Array): number {
    const chunk = this.priorityView.length;
    let count = 0;
    for (let start = 0; start < rows; start += chunk) {
      const n = this.module.rowCandidates(fileKey, firstRow + start, Math.min(chunk, rows - start), bound, start);
      priorities.set(this.priorityView.subarray(0, n), count);
      indexes.set(this.rowIndexView.subarray(0, n), count);
      count += n;
    }
    return count;
  }

  /**
   * HyperLogLog.estimate's pass over `registers`: the sum of 2^-register and how many are zero.
   * In the module because it runs once per column at the end of a run, where the JavaScript loop
   * runs cold (interpreted, then compiled while it runs: 25-45 ms of CPU for 35 columns, measured
   * while other work shared the machine, against well under a millisecond here).
   */
  registerSums(registers: Uint8Array): { sum: number; zeros: number } {
    this.registerView.set(registers);
    this.module.registerSums();
    return { sum: this.result[0]!, zeros: this.result[1]! };
  }

  /**
   * The quantile sketch's loop over the loaded values from `from`, with the stores' counts in
   * `positive` and `negative` (the caller copies them in and out); see assembly/column-stats.ts.
   */
  buckets(from: number, bucketsPerOctave: number, positiveOffset: number, positiveLength: number, negativeOffset: number, negativeLength: number): number {
    return this.module.buckets(this.length, from, bucketsPerOctave, positiveOffset, positiveLength, negativeOffset, negativeLength);
  }
}

let kernel: ColumnKernel | null | undefined;
const statsModule = new EmbeddedWasm(COLUMN_STATS_WASM);

/**
 * Starts compiling the kernel's module on V8's background threads, for a caller with other work
 * before its first batch (validate-data reads its schema meanwhile): the kernel made on first use
 * then takes it instead of compiling on the main thread (see EmbeddedWasm.compileAhead).
 */
export function precompileColumnKernel(): Promise<void> {
  return kernel !== undefined || process.env.MLCI_STATS_KERNEL === 'js' ? Promise.resolve() : statsModule.compileAhead();
}

/**
 * The process's (or thread's) kernel, made on first use; null where WebAssembly is not there or
 * MLCI_STATS_KERNEL=js asks for the JavaScript loops (asked each time, so a test can compare both).
 */
export function columnKernel(): ColumnKernel | null {
  if (process.env.MLCI_STATS_KERNEL === 'js') return null;
  if (kernel === undefined) kernel = instantiate();
  return kernel;
}

function instantiate(): ColumnKernel | null {
  try {
    const exports = statsModule.instantiate<ColumnStatsExports>();
    return exports ? ColumnKernel.of(exports) : null;
  } catch {
    return null;
  }
}
