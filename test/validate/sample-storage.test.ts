import { HashSet32 } from '../../shared/validate/stats/hash-set.js';
import { HyperLogLog } from '../../shared/validate/stats/hyperloglog.js';
import { hashNumber, hashString, unitHash } from '../../shared/validate/stats/hash.js';
import { RowSample, type SampleCell } from '../../shared/validate/stats/row-sample.js';
import { DatasetProfile } from '../../shared/validate/stats/dataset-profile.js';
import { ColumnKernel } from '../../shared/validate/stats/column-kernel.js';
import type { Table } from '../../shared/data/table.js';

// The row sample keeps rows in typed slots and the exact distinct counter keeps hashes in a typed
// set; both must give what the plain definitions give: the k rows of smallest priority, the set of
// hashes. The references here are those definitions, computed directly.

/** a deterministic uniform stream in [0, 1) */
function stream(key: number): () => number {
  let i = 0;
  return () => unitHash(key, i++);
}

test('the row sample is the capacity rows of smallest priority, cells and absent columns intact, one pass or merged', () => {
  const next = stream(7);
  const capacity = 50;
  const rows: { priority: number; names: string[]; cells: SampleCell[] }[] = [];
  const namesA = ['x', 'label'];
  const namesB = ['x', 'extra']; // a second file with another column
  for (let i = 0; i < 2000; i++) {
    const names = i < 1200 ? namesA : namesB;
    const x = next() < 0.1 ? null : Math.round(next() * 1e6) / 1e3;
    rows.push({ priority: next(), names, cells: [x, i < 1200 ? `cat${i % 7}` : i % 3] });
  }
  const whole = new RowSample(capacity);
  const first = new RowSample(capacity);
  const second = new RowSample(capacity);
  rows.forEach((r, i) => {
    whole.offer(r.priority, r.names, r.cells);
    (i % 2 ? first : second).offer(r.priority, r.names, r.cells);
  });
  const expected = [...rows].sort((a, b) => a.priority - b.priority).slice(0, capacity);
  const columnOf = (name: string) => expected.map((r) => (r.names.includes(name) ? (r.cells[r.names.indexOf(name)] ?? null) : null));
  // absorbed in place, from plain data (how monitor's main process takes a worker's sample)
  const absorbed = RowSample.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
  absorbed.absorb(JSON.parse(JSON.stringify(second.toJSON())));
  for (const sample of [whole, first.merge(second), RowSample.fromJSON(JSON.parse(JSON.stringify(whole.toJSON()))), absorbed]) {
    const json = sample.toJSON();
    expect(json.priorities).toEqual(expected.map((r) => r.priority));
    expect(Object.keys(json.columns).sort()).toEqual(['extra', 'label', 'x'].filter((n) => expected.some((r) => r.names.includes(n))).sort());
    for (const name of Object.keys(json.columns)) {
      expect(json.columns[name]).toEqual(columnOf(name));
      expect(sample.column(name)).toEqual(columnOf(name));
    }
    expect(sample.size).toBe(capacity);
  }
});

test('the typed hash set holds exactly the distinct hashes, zero included, and the exact counter stays exact', () => {
  const next = stream(11);
  const set = new HashSet32();
  const reference = new Set<number>();
  const hll = new HyperLogLog();
  for (let i = 0; i < 3000; i++) {
    // repeats, zero, and hashes above 2^31
    const hash = i % 5 === 0 ? 0 : i % 3 === 0 ? (Math.floor(next() * 40) * 0x9e3779b1) >>> 0 : Math.floor(next() * 2 ** 32);
    set.add(hash);
    reference.add(hash);
    hll.addHash(hash);
  }
  expect(set.size).toBe(reference.size);
  expect([...set.values()].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b));
  expect(hll.estimate()).toBe(reference.size);
  // past 4,096 distinct hashes the counter turns to registers, as before
  const big = new HyperLogLog();
  for (let i = 0; i < 10_000; i++) big.addHash(hashNumber(i));
  expect(big.toJSON().startsWith('hll:')).toBe(true);
  expect(Math.abs(big.estimate() - 10_000) / 10_000).toBeLessThan(0.03);
});

test('a hash set with a limit holds every hash up to one past it without growing, and grows on if its owner keeps it', () => {
  const limited = new HashSet32(100);
  const reference = new Set<number>();
  const slotsAt: number[] = [];
  for (let i = 1; reference.size < 300; i++) {
    const hash = hashNumber(i);
    limited.add(hash);
    reference.add(hash);
    expect(limited.size).toBe(reference.size);
    slotsAt[limited.size] = limited.slotCount;
  }
  // 256 slots from the start, never rehashed up to one past the limit (where HyperLogLog drops it);
  // a set kept past its limit fills to three quarters before it grows
  expect(slotsAt.slice(1, 102).every((slots) => slots === 256)).toBe(true);
  expect(slotsAt[192]).toBe(256);
  expect(slotsAt[193]).toBe(512);
  // without a limit: 1,024 slots, doubled once more than half full
  const unlimited = new HashSet32();
  for (let i = 1; unlimited.size < 513; i++) unlimited.add(hashNumber(i));
  expect(unlimited.slotCount).toBe(2048);
  expect([...limited.values()].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b));
});

test('a profile absorbing another as plain data is the profile merge gives, columns absent on either side included', () => {
  const next = stream(11);
  const table = (source: string, rows: number, extra: string): Table => ({
    source,
    format: 'csv',
    rowCount: rows,
    columns: [
      { kind: 'numeric', name: 'x', values: Float64Array.from({ length: rows }, () => (next() < 0.05 ? NaN : Math.round(next() * 1e5) / 100)) },
      { kind: 'text', name: extra, values: Array.from({ length: rows }, (_, i) => (next() < 0.05 ? null : `v${i % 13}`)) },
    ],
  });
  const a = new DatasetProfile();
  a.addBatch(table('a.csv', 3000, 'only-a'), 0);
  const b = new DatasetProfile();
  b.addBatch(table('b.csv', 7000, 'only-b'), 0);
  const merged = DatasetProfile.fromJSON(a.toJSON()).merge(DatasetProfile.fromJSON(b.toJSON())).toJSON();
  const absorbed = DatasetProfile.fromJSON(a.toJSON());
  absorbed.absorb(JSON.parse(JSON.stringify(b.toJSON())));
  expect(absorbed.toJSON()).toEqual(merged);
  expect(merged.rows).toBe(10000);
  expect(merged.columns.map((c) => [c.name, c.count])).toEqual([
    ['x', 10000],
    ['only-a', 10000],
    ['only-b', 10000],
  ]);
  // the column each side lacks counts that side's rows as missing
  expect(merged.columns[1]!.missing).toBeGreaterThanOrEqual(7000);
  expect(merged.columns[2]!.missing).toBeGreaterThanOrEqual(3000);
});

test("a batch's sample candidates found in the WebAssembly kernel are the JavaScript loop's: the same rows, priorities to the bit", () => {
  // the row sample of profiles fed the same batches, with the kernel and with MLCI_STATS_KERNEL=js:
  // batches longer than the kernel takes in one call, rows past 2^32 (the index's high word), a
  // sample not yet full (every row a candidate) and a full one (few are)
  const profileOf = (kernel: boolean) => {
    const before = process.env.MLCI_STATS_KERNEL;
    if (!kernel) process.env.MLCI_STATS_KERNEL = 'js';
    try {
      const profile = new DatasetProfile();
      let row = 0;
      for (const [rows, firstRow] of [[3000, 0], [40_000, 3000], [17, 43_000], [20_000, 2 ** 32 - 7000], [5000, 2 ** 40 + 3]] as const) {
        const values = Float64Array.from({ length: rows }, (_, r) => row + r);
        const table: Table = { source: `file-${firstRow > 2 ** 33 ? 'b' : 'a'}.csv`, format: 'csv', rowCount: rows, columns: [{ kind: 'numeric', name: 'x', values }] };
        profile.addBatch(table, firstRow);
        row += rows;
      }
      return profile.sample.toJSON();
    } finally {
      if (before === undefined) delete process.env.MLCI_STATS_KERNEL;
      else process.env.MLCI_STATS_KERNEL = before;
    }
  };
  const scalar = profileOf(false);
  // the kernel found every batch's candidates (else this compares the JavaScript loop with itself)
  const rowCandidates = ColumnKernel.prototype.rowCandidates;
  let kernelBatches = 0;
  ColumnKernel.prototype.rowCandidates = function (this: ColumnKernel, ...args) {
    kernelBatches++;
    return rowCandidates.apply(this, args);
  };
  let fast;
  try {
    fast = profileOf(true);
  } finally {
    ColumnKernel.prototype.rowCandidates = rowCandidates;
  }
  expect(kernelBatches).toBe(5);
  expect(fast.priorities.length).toBe(5000);
  expect(fast).toEqual(scalar);
  // rows of every batch made it into the sample
  const kept = new Set(fast.columns.x!.map((x) => (x as number) < 3000 ? 0 : (x as number) < 43_000 ? 1 : (x as number) < 43_017 ? 2 : (x as number) < 63_017 ? 3 : 4));
  expect(kept.size).toBeGreaterThanOrEqual(4);
});

test("a profile's row sample is the one offering each row in turn gives: rows placed and evicted within a batch, columns absent from a file, text cells", () => {
  // a small sample, so that rows enter and leave in every batch (one placed early in a batch may
  // be evicted later in it, its slot taken again); two files with different columns
  const capacity = 40;
  const profile = new DatasetProfile(new Map([['x', 'numeric'], ['city', 'categorical'], ['code', 'categorical'], ['extra', 'numeric']]));
  profile.sample = new RowSample(capacity);
  const reference = new RowSample(capacity);
  let row = 0;
  for (const [source, rows, batches] of [['a.csv', 300, 4], ['b.csv', 170, 3]] as const) {
    for (let b = 0, firstRow = 0; b < batches; b++, firstRow += rows) {
      const x = Float64Array.from({ length: rows }, (_, r) => ((row + r) % 11 === 3 ? NaN : (row + r) / 8));
      const city = Array.from({ length: rows }, (_, r) => ((row + r) % 9 === 0 ? null : `c${(row + r) % 5}`));
      const code = Float64Array.from({ length: rows }, (_, r) => ((row + r) % 13 === 0 ? NaN : (row + r) % 4));
      const table: Table = {
        source,
        format: 'csv',
        rowCount: rows,
        columns: [
          { kind: 'numeric', name: 'x', values: x },
          { kind: 'text', name: 'city', values: city },
          { kind: 'numeric', name: 'code', values: code },
          ...(source === 'a.csv' ? [{ kind: 'numeric' as const, name: 'extra', values: Float64Array.from({ length: rows }, (_, r) => -r) }] : []),
        ],
      };
      profile.addBatch(table, firstRow);
      const names = table.columns.map((c) => c.name);
      for (let r = 0; r < rows; r++) {
        const cells = [Number.isNaN(x[r]) ? null : x[r]!, city[r]!, Number.isNaN(code[r]) ? null : String(code[r]), ...(source === 'a.csv' ? [-r] : [])];
        reference.offer(unitHash(hashString(source), firstRow + r), names, cells);
      }
      row += rows;
    }
  }
  expect(profile.sample.toJSON()).toEqual(reference.toJSON());
  expect(profile.sample.size).toBe(capacity);
});
