/** @jest-environment ./test/runtime/ort-environment.js */
// The runs around predict's timed pass: how many warm-up runs and extra latency samples it makes,
// checked with runs that report chosen durations (the policy is about counts and budgets, so
// durations that do not depend on the machine keep the test exact), then on a real model, where
// only counts are checked: never a duration.
import { createRequire } from 'node:module';
import { MIN_LATENCY_SAMPLES, extraLatencySamples, warmUp, type FirstBatchRun } from '../../shared/model/latency-runs.js';
import { loadModel, predict } from '../../shared/model/session.js';
import { BatchPredictor } from '../../shared/model/predict.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { readFileSync } from 'node:fs';
import { fixtureData, fixtureModel, fixtureTable, tableFromCsvText } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;

/** runs that say they took `msPerRow` × rows + `fixedMs`, recording each run's row count */
function clockedRuns(msPerRow: number, fixedMs = 0) {
  const runs: number[] = [];
  const run: FirstBatchRun = async (rows) => {
    runs.push(rows);
    return fixedMs + msPerRow * rows;
  };
  return { run, runs };
}

describe('warmUp', () => {
  test('a small batch: runs it again while the runs are short, 20 at most', async () => {
    const { run, runs } = clockedRuns(0, 0.05);
    await warmUp(run, 171);
    expect(runs).toEqual(Array(20).fill(171));
  });

  test('a large, quick batch: a few rows, then the whole batch while it fits the budget', async () => {
    // 65,536 rows at 3 ms: one whole-batch run, as a second would pass the 5 ms budget
    const { run, runs } = clockedRuns(3 / 65_536);
    await warmUp(run, 65_536);
    expect(runs).toEqual([1024, 65_536]);
  });

  test('a heavy model: the few rows only, when the whole batch would take over 250 ms', async () => {
    const { run, runs } = clockedRuns(1 / 100);
    await warmUp(run, 65_536);
    expect(runs).toEqual([1024]);
  });

  test('a small batch that is slow: one run only', async () => {
    const { run, runs } = clockedRuns(0, 40);
    await warmUp(run, 500);
    expect(runs).toEqual([500]);
  });

  test('a long pass of large batches: no run of its own; the pass’s first batch is the warm-up, left out of the samples', async () => {
    const { run, runs } = clockedRuns(3 / 65_536);
    expect(await warmUp(run, 65_536, MIN_LATENCY_SAMPLES + 1)).toBe(1);
    expect(runs).toEqual([]);
    // a pass of no more batches than the samples it needs keeps every batch as a sample
    const short = clockedRuns(3 / 65_536);
    expect(await warmUp(short.run, 65_536, MIN_LATENCY_SAMPLES)).toBe(0);
    expect(short.runs).toEqual([1024, 65_536]);
    // small batches are run whole anyway
    const small = clockedRuns(0, 0.05);
    expect(await warmUp(small.run, 171, 100)).toBe(0);
    expect(small.runs).toEqual(Array(20).fill(171));
  });

  test('no rows: no run', async () => {
    const { run, runs } = clockedRuns(0);
    await warmUp(run, 0);
    expect(runs).toEqual([]);
  });
});

describe('extraLatencySamples', () => {
  test('a one-batch pass is timed again up to the wanted samples', async () => {
    const { run, runs } = clockedRuns(0, 0.05);
    const batchMs = [0.05];
    const batchRows = [171];
    await extraLatencySamples(run, 171, 0.05, batchMs, batchRows);
    expect(batchMs).toHaveLength(MIN_LATENCY_SAMPLES);
    expect(batchRows).toEqual(Array(MIN_LATENCY_SAMPLES).fill(171));
    expect(runs).toHaveLength(MIN_LATENCY_SAMPLES - 1);
  });

  test('runs that would pass the budget are not made: the larger of 50 ms and half the pass', async () => {
    const { run, runs } = clockedRuns(0, 30);
    const batchMs = [30];
    await extraLatencySamples(run, 10, 30, batchMs, [10]);
    expect(runs).toHaveLength(1); // 30 ms fits in 50 ms; a second would not
    const long = clockedRuns(0, 30);
    await extraLatencySamples(long.run, 10, 200, [30], [10]);
    expect(long.runs).toHaveLength(3); // the pass took 200 ms: up to 100 ms of repeats
    // a heavy model, whose one batch took 10 s, is not run again
    const heavy = clockedRuns(0, 10_000);
    await extraLatencySamples(heavy.run, 65_536, 10_000, [10_000], [65_536]);
    expect(heavy.runs).toEqual([]);
  });

  test('a pass of enough batches gets none', async () => {
    const { run, runs } = clockedRuns(0, 1);
    const batchMs = Array(12).fill(1);
    await extraLatencySamples(run, 10, 12, batchMs, Array(12).fill(10));
    expect(runs).toEqual([]);
  });
});

/** the rows of each of the real session's runs from now on, recorded without changing what they do */
function recordRuns(model: Awaited<ReturnType<typeof loadModel>>): number[] {
  const rowsOfRuns: number[] = [];
  const run = model.session.run.bind(model.session);
  model.session.run = ((feeds: Record<string, { dims: readonly number[] }>, ...rest: unknown[]) => {
    rowsOfRuns.push(Object.values(feeds)[0]!.dims[0]!);
    return (run as (...args: unknown[]) => ReturnType<typeof run>)(feeds, ...rest);
  }) as typeof model.session.run;
  return rowsOfRuns;
}

describe('predict with a real model', () => {
  test('the session runs more often than it is timed: the warm-up runs come first, untimed', async () => {
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const rowsOfRuns = recordRuns(model);
    const { timing } = await predict(model, fixtureTable('breast_cancer_test.csv'), { target: 'target', batchSize: 7 });
    // 25 timed batches, and before them at least one untimed run of the first batch
    expect(timing.latencySamples).toBe(25);
    expect(rowsOfRuns.length).toBeGreaterThan(25);
    expect(rowsOfRuns.slice(0, rowsOfRuns.length - 25).every((rows) => rows === 7)).toBe(true);
    expect(rowsOfRuns.slice(-25)).toEqual([...Array(24).fill(7), 171 - 24 * 7]);
  });


  test('171 rows in one batch: the pass, then its batch timed again up to 10 samples; throughput over the one pass', async () => {
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    // How many extra runs fit the 50 ms budget depends on the machine's load (a busy CI machine
    // gave 5), so the count is checked against the runs the session really made after the pass.
    let runs = 0;
    const run = model.session.run.bind(model.session);
    model.session.run = ((...args: unknown[]) => {
      runs++;
      return (run as (...args: unknown[]) => ReturnType<typeof run>)(...args);
    }) as typeof model.session.run;
    const onRows = () => { runs = 0; }; // called once, after the pass's one batch: later runs are the extra samples
    const { timing } = await predict(model, fixtureTable('breast_cancer_test.csv'), { target: 'target', onRows });
    expect(timing.batches).toBe(1);
    expect(timing.latencySamples).toBe(1 + runs);
    expect(timing.latencySamples).toBeLessThanOrEqual(MIN_LATENCY_SAMPLES);
    // no extra run only when the pass's own run took the whole 50 ms budget (a 171-row logistic
    // regression never does): a pass left with one sample is the extra runs not being made
    if (timing.latencySamples === 1) expect(timing.batchLatencyP50).toBeGreaterThan(50);
    expect(timing.rowsPerSecond).toBeCloseTo((171 * 1000) / timing.totalMs, 6);
  });

  test('12 batches of 1,025 rows: no warm-up run, the pass’s first batch is not a sample', async () => {
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const rowsOfRuns = recordRuns(model);
    const [header, ...lines] = readFileSync(fixtureData('breast_cancer_test.csv'), 'utf8').trim().split('\n');
    const rows = 11 * 1025 + 100;
    const text = [header, ...Array.from({ length: rows }, (_, i) => lines[i % lines.length])].join('\n');
    const { timing } = await predict(model, tableFromCsvText(text, 'repeated.csv'), { target: 'target', batchSize: 1025 });
    expect(rowsOfRuns).toEqual([...Array(11).fill(1025), 100]);
    expect(timing).toMatchObject({ batches: 12, latencySamples: 11 });
    expect(timing.rowsPerSecond).toBeCloseTo((rows * 1000) / timing.totalMs, 6);
  });

  test('a pass expected long (a guessed row count) that ends after its first batch: that batch is its one sample, not none', async () => {
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const [header, ...lines] = readFileSync(fixtureData('breast_cancer_test.csv'), 'utf8').trim().split('\n');
    const text = [header, ...Array.from({ length: 1025 }, (_, i) => lines[i % lines.length])].join('\n');
    const predictor = new BatchPredictor(model, { target: 'target', batchSize: 1025, expectedRows: 100_000 });
    await predictor.add(tableFromCsvText(text, 'short.csv'));
    const { timing } = await predictor.finish();
    expect(timing).toMatchObject({ batches: 1, latencySamples: 1 });
    expect(timing.batchLatencyP50).toBeGreaterThan(0);
    expect(timing.batchLatencyP95).toBe(timing.batchLatencyP50);
  });

  test('25 batches of 7 rows: the batches are the samples', async () => {
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const { timing } = await predict(model, fixtureTable('breast_cancer_test.csv'), { target: 'target', batchSize: 7 });
    expect(timing).toMatchObject({ batches: 25, latencySamples: 25 });
  });
});
