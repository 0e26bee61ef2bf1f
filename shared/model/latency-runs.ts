/**
 * The runs around the timed pass that make its latency figures fair and steady.
 *
 * A session's first run sets up onnxruntime's threads and kernels, its first run of a batch size
 * allocates that size's buffers, and the JavaScript around a run is not compiled yet: measured on
 * the demo's 171 rows, the model that ran first looked twice as slow as the other, whichever it
 * was, until about 20 runs had gone by. Timed, that cost would land on whichever model runs first
 * (a candidate looked slower than its baseline in every PR comment) and in the p95. So the first
 * batch runs untimed first: a few rows, then the whole batch when that takes little time, again
 * while the runs are short enough to cost nothing; a long pass of large batches lets its own
 * first batch be the warm-up, untimed.
 *
 * A pass of one or two batches gives one or two samples, and a p95 of one sample is noise. So a
 * short pass times its first batch again until there are enough samples, within a bounded time.
 */
/** runs the first `rows` rows of the first batch untimed by the pass; resolves to session.run's milliseconds */
export type FirstBatchRun = (rows: number) => Promise<number>;

/** rows of the first warm-up run */
const FIRST_WARM_UP_ROWS = 1024;
/** a whole-batch warm-up is skipped when it would take longer than this (a heavy model) */
const WHOLE_BATCH_WARM_UP_MS = 250;
/** further warm-up runs go on while they fit in this time, up to MAX_WARM_UP_RUNS runs */
const WARM_UP_MS = 5;
const MAX_WARM_UP_RUNS = 20;
/** timed runs wanted for the latency percentiles */
export const MIN_LATENCY_SAMPLES = 10;
/** extra timed runs go on while the next one fits in this time, or in half the pass's own time when longer */
const EXTRA_SAMPLES_MS = 50;

/**
 * `batchRows`: the rows of the first batch; `passBatches`: the batches the pass is expected to
 * have. Resolves to how many of the pass's own first batches are warm-up too, to be left out of
 * the latency samples: in a pass of more large batches than the samples it needs, the first batch
 * is the warm-up (its run is not wasted, only its time), instead of runs of their own that a fast
 * model paid about a pass's 1/16th for.
 */
export async function warmUp(run: FirstBatchRun, batchRows: number, passBatches = 1): Promise<number> {
  if (batchRows === 0) return 0;
  let runs = 0;
  let spent = 0;
  let last = 0;
  const once = async (rows: number) => {
    last = await run(rows);
    spent += last;
    runs++;
  };
  // The pass's first batch sets the session up and allocates its size, untimed; the samples are the batches after it.
  if (batchRows > FIRST_WARM_UP_ROWS && passBatches > MIN_LATENCY_SAMPLES) return 1;
  const first = Math.min(batchRows, FIRST_WARM_UP_ROWS);
  await once(first);
  if (batchRows > first) {
    if ((last * batchRows) / first >= WHOLE_BATCH_WARM_UP_MS) return 0;
    await once(batchRows);
  }
  while (runs < MAX_WARM_UP_RUNS && spent + last < WARM_UP_MS) await once(batchRows);
  return 0;
}

/**
 * Times the first batch again until `batchMs` holds MIN_LATENCY_SAMPLES samples, while the next
 * run (judged by the last) fits in the budget: EXTRA_SAMPLES_MS, or half of `passMs` when that is
 * longer, so a heavy model is not run again for a figure; adds them to `batchMs` and `batchRows`.
 */
export async function extraLatencySamples(run: FirstBatchRun, firstRows: number, passMs: number, batchMs: number[], batchRows: number[]): Promise<void> {
  const budget = Math.max(EXTRA_SAMPLES_MS, passMs / 2);
  let spent = 0;
  let last = batchMs[0] ?? 0;
  while (batchMs.length > 0 && batchMs.length < MIN_LATENCY_SAMPLES && spent + last <= budget) {
    last = await run(firstRows);
    batchMs.push(last);
    batchRows.push(firstRows);
    spent += last;
  }
}
