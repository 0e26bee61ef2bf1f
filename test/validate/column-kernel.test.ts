import { rng } from '../../bench/xorshift.mjs';
import { ColumnProfile } from '../../shared/validate/stats/column-profile.js';
import { ColumnKernel, columnKernel } from '../../shared/validate/stats/column-kernel.js';
import { HashSet32 } from '../../shared/validate/stats/hash-set.js';
import { HyperLogLog, registerSums } from '../../shared/validate/stats/hyperloglog.js';

// The WebAssembly loops of a numeric column's batch statistics (assembly/column-stats.ts) against
// the JavaScript ones they replace (MLCI_STATS_KERNEL=js), on batches built to reach every branch:
// NaN, ±0, ±Infinity, subnormals, negative values, spans wide enough to collapse the quantile
// sketch's buckets, a batch longer than the module holds, and the HyperLogLog's switch from exact
// hashes to registers in the middle of a batch (a first one, or one after batches kept exactly). Everything must be the same to the bit.

type Maker = (next: () => number, i: number) => number;
const SPECIALS = [NaN, 0, -0, Infinity, -Infinity, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE];

const COLUMNS: Record<string, Maker> = {
  normal: (next) => (next() + next() + next() - 1.5) * 40,
  positive: (next) => next() * 1000 + 0.001,
  integers: (next) => Math.floor(next() * 50),
  specials: (next) => (next() < 0.3 ? SPECIALS[Math.floor(next() * SPECIALS.length)]! : (next() - 0.5) * 1e6),
  // magnitudes across 2^±1000: far more than the sketch's 4,096 buckets, so its stores collapse
  wide: (next) => (next() < 0.5 ? -1 : 1) * 2 ** (next() * 2000 - 1000),
  mostlyMissing: (next) => (next() < 0.97 ? NaN : next()),
  constant: () => 3.25,
  distinctMany: (_next, i) => i * 0.5 + 0.25,
  // exact hashes kept over batches, past the limit in a later one (the set is not empty then), with -0 and 0 among them
  slowGrowth: (next, i) => (next() < 0.01 ? (next() < 0.5 ? -0 : 0) : Math.floor(i / 5) - 1000),
  // the limit's worth of distinct values (kept exactly), and one more (registers)
  atTheLimit: (_next, i) => (i % 4096) / 8,
  onePast: (_next, i) => (i % 4097) / 8,
};

/** a column's batches of `sizes` values each, the same for the same seed */
function batchesOf(make: Maker, sizes: number[], seed: number): Float64Array[] {
  const next = rng(seed);
  let i = 0;
  return sizes.map((size) => Float64Array.from({ length: size }, () => make(next, i++)));
}

function profileOf(name: string, make: Maker, sizes: number[], seed: number): ColumnProfile {
  const profile = new ColumnProfile(name, 'numeric');
  for (const values of batchesOf(make, sizes, seed)) profile.add({ kind: 'numeric', name, values }, values.length);
  return profile;
}

function withScalarLoops<T>(body: () => T): T {
  const before = process.env.MLCI_STATS_KERNEL;
  process.env.MLCI_STATS_KERNEL = 'js';
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.MLCI_STATS_KERNEL;
    else process.env.MLCI_STATS_KERNEL = before;
  }
}

describe('the WebAssembly column statistics kernel', () => {
  it('is there (WebAssembly in this node), and holds a default batch', () => {
    const kernel = columnKernel();
    expect(kernel).not.toBeNull();
    expect(kernel!.capacity).toBeGreaterThanOrEqual(16_384);
    expect(withScalarLoops(() => columnKernel())).toBeNull();
  });

  // batch sizes: a default batch, small ones, one past the module's room (the JavaScript loops for
  // that batch, the module's before and after it), and one of a single value
  const sizes = [16_384, 7, 1000, 65_537, 1, 5000];
  for (const [name, make] of Object.entries(COLUMNS)) {
    it(`gives ${name} the statistics of the JavaScript loops, to the bit`, () => {
      const fast = profileOf(name, make, sizes, 0x5eed + name.length);
      const scalar = withScalarLoops(() => profileOf(name, make, sizes, 0x5eed + name.length));
      // toEqual compares numbers with Object.is: -0 against 0 and every last bit counts
      expect(fast.moments).toEqual(scalar.moments);
      expect(fast.fractional).toBe(scalar.fractional);
      expect(fast.toJSON()).toEqual(scalar.toJSON());
      expect(JSON.stringify(fast.toJSON())).toBe(JSON.stringify(scalar.toJSON()));
    });
  }

  // HyperLogLog keeps the hashes themselves up to this many distinct values (hyperloglog.ts's EXACT_LIMIT)
  const EXACT_LIMIT = 4096;
  /** the column's distinct numbers as JavaScript counts them: NaN is no value, -0 is 0 (a Set's SameValueZero) */
  const distinctOf = (batches: Float64Array[]) => new Set(batches.flatMap((values) => Array.from(values).filter((v) => v === v)));

  it('counts exactly while a column has at most 4,096 distinct values: the distinct count is a JavaScript Set\'s size', () => {
    const exactColumns: string[] = [];
    for (const [name, make] of Object.entries(COLUMNS)) {
      const seed = 0x5eed + name.length;
      const distinct = distinctOf(batchesOf(make, sizes, seed)).size;
      if (distinct > EXACT_LIMIT) continue;
      exactColumns.push(name);
      expect({ name, distinct: profileOf(name, make, sizes, seed).distinct.estimate() }).toEqual({ name, distinct });
    }
    // none missing, many missing, a few values, and exactly the limit's worth
    expect(exactColumns).toEqual(['integers', 'mostlyMissing', 'constant', 'atTheLimit']);
  });

  it("adds to the exact set as JavaScript would: every batch taken (>= 0), the set's size a Set's, and the stop just past the limit", () => {
    // batches the module holds, so that every one goes through ColumnKernel.addToSet
    const fitting = [4100, 7, 1000, 16_384, 1, 5000];
    const kernel = columnKernel()!;
    const pastInBatch: Record<string, number> = {};
    for (const [name, make] of Object.entries(COLUMNS)) {
      const set = new HashSet32(EXACT_LIMIT);
      const seen = new Set<number>();
      for (const [b, values] of batchesOf(make, fitting, 0x5eed + name.length).entries()) {
        expect(kernel.load(values)).toBe(true);
        const stop = kernel.addToSet(set, EXACT_LIMIT);
        // the index after the value that made the set one more than the limit, else the whole batch
        let expected = values.length;
        for (let k = 0; k < values.length; k++) {
          if (values[k] === values[k]) seen.add(values[k]!);
          if (seen.size > EXACT_LIMIT) {
            expected = k + 1;
            break;
          }
        }
        expect(stop).toBeGreaterThanOrEqual(0);
        expect({ name, batch: b, stop, size: set.size }).toEqual({ name, batch: b, stop: expected, size: seen.size });
        if (seen.size > EXACT_LIMIT) {
          pastInBatch[name] = b;
          break;
        }
      }
    }
    // past the limit in a first batch (an empty set) and in a later one (a set kept over batches)
    expect(pastInBatch).toMatchObject({ onePast: 0, slowGrowth: 3 });
  });

  it("runs a profile's exact phase in the kernel: every batch while the hashes are kept exactly, none after", () => {
    // the comparisons above hold just as well when HyperLogLog never hands a batch to the kernel
    const fitting = [4100, 7, 1000, 16_384, 1, 5000];
    const addToSet = ColumnKernel.prototype.addToSet;
    const calls: Record<string, number> = {};
    let name = '';
    ColumnKernel.prototype.addToSet = function (this: ColumnKernel, set, limit) {
      calls[name] = (calls[name] ?? 0) + 1;
      return addToSet.call(this, set, limit);
    };
    try {
      for (name of ['atTheLimit', 'slowGrowth', 'onePast']) profileOf(name, COLUMNS[name]!, fitting, 0x5eed + name.length);
    } finally {
      ColumnKernel.prototype.addToSet = addToSet;
    }
    // exact throughout, past the limit in the fourth batch, past it in the first
    expect(calls).toEqual({ atTheLimit: 6, slowGrowth: 4, onePast: 1 });
  });

  it('sums the HyperLogLog registers as the JavaScript loop does, to the bit, and the estimates agree', () => {
    const next = rng(0x411);
    const states: Uint8Array[] = [
      new Uint8Array(16_384),
      new Uint8Array(16_384).fill(19),
      new Uint8Array(16_384).fill(255), // more than a register holds: the sum still exact
      Uint8Array.from({ length: 16_384 }, () => Math.floor(next() * 20)),
      Uint8Array.from({ length: 16_384 }, () => (next() < 0.9 ? 0 : 1 + Math.floor(-Math.log2(next() + 1e-12)))),
    ];
    // registers as hashing fills them, from few values to many
    for (const count of [5000, 60_000, 2_000_000]) {
      const hll = new HyperLogLog();
      for (let i = 0; i < count; i++) hll.addHash(Math.floor(next() * 2 ** 32));
      states.push(Buffer.from(hll.toJSON().slice('hll:'.length), 'base64'));
    }
    for (const registers of states) {
      expect(columnKernel()!.registerSums(registers)).toEqual(registerSums(registers));
      const hll = HyperLogLog.fromJSON(`hll:${Buffer.from(registers).toString('base64')}`);
      expect(hll.estimate()).toBe(withScalarLoops(() => hll.estimate()));
    }
  });

  // that the module is compiled from the committed source: test/data/csv-wasm-scanner.test.ts runs
  // scripts/build-wasm.mjs --check, which builds both modules
});
