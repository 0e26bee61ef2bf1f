// The dynamic batcher on its own, with a real (pure) run function that doubles each input row:
// thousands of queued requests each get their own rows in arrival order, batches never exceed
// the limit, shapes never mix, and an idle batcher runs a lone request at once.
import { DynamicBatcher, type BatcherOptions } from '../../shared/serve/batcher.js';
import type { Tensor } from '../../shared/serve/tensor.js';

/** an output row per input row: the values doubled */
async function double(inputs: Tensor[]): Promise<Tensor[]> {
  await new Promise((resolve) => setImmediate(resolve));
  const x = inputs[0]!;
  return [{ name: 'y', datatype: 'FP32', shape: x.shape, data: (x.data as Float32Array).map((v) => v * 2) }];
}

function batcher(options: Partial<BatcherOptions>, batches: { rows: number; waited: number[] }[]) {
  return new DynamicBatcher({ maxBatchRows: 256, maxQueueDelayUs: 0, maxQueueRows: 1_000_000, batchable: true, where: 'test', run: double, onBatch: (rows, waited) => batches.push({ rows, waited }), ...options });
}

const request = (value: number, width = 2, rows = 1): Tensor[] => [{ name: 'x', datatype: 'FP32', shape: [rows, width], data: new Float32Array(rows * width).fill(value) }];

test('10,000 queued requests: each gets its own row, in batches of at most 256 rows', async () => {
  const batches: { rows: number; waited: number[] }[] = [];
  const b = batcher({}, batches);
  const answers = await Promise.all(Array.from({ length: 10_000 }, (_, i) => b.submit(request(i), 1)));
  answers.forEach((outputs, i) => expect(Array.from(outputs[0]!.data as Float32Array)).toEqual([2 * i, 2 * i]));
  expect(batches.reduce((n, x) => n + x.rows, 0)).toBe(10_000);
  expect(Math.max(...batches.map((x) => x.rows))).toBe(256);
  expect(batches.length).toBeLessThan(100);
  expect(b.queueLength).toBe(0);
});

test('an idle batcher runs a lone request at once; with a queue delay it waits for company', async () => {
  const batches: { rows: number; waited: number[] }[] = [];
  const eager = batcher({}, batches);
  const answer = eager.submit(request(3), 1);
  // started before submit returned: no timer, no queue
  expect(batches).toEqual([{ rows: 1, waited: [0] }]);
  expect(Array.from((await answer)[0]!.data as Float32Array)).toEqual([6, 6]);
  const patient: { rows: number; waited: number[] }[] = [];
  const delayed = batcher({ maxQueueDelayUs: 20_000 }, patient);
  await Promise.all([delayed.submit(request(1), 1), delayed.submit(request(2, 2, 3), 3)]);
  expect(patient.map((x) => x.rows)).toEqual([4]);
});

test('requests of different shapes never share a run, and the oldest waiting shape goes first', async () => {
  const batches: { rows: number; waited: number[] }[] = [];
  const order: number[] = [];
  const b = batcher({ maxQueueDelayUs: 20_000, run: async (inputs) => (order.push(inputs[0]!.shape[1]!), double(inputs)) }, batches);
  const submitted = [b.submit(request(1, 2), 1), b.submit(request(2, 3), 1), b.submit(request(3, 2), 1), b.submit(request(4, 3, 2), 2)];
  const answers = await Promise.all(submitted);
  expect(answers.map((a) => a[0]!.shape)).toEqual([[1, 2], [1, 3], [1, 2], [2, 3]]);
  expect(Array.from(answers[3]![0]!.data as Float32Array)).toEqual([8, 8, 8, 8, 8, 8]);
  expect(order).toEqual([2, 3]);
  expect(batches.map((x) => x.rows)).toEqual([2, 3]);
});

test('a request larger than the batch limit runs alone; a full queue refuses with 503', async () => {
  const batches: { rows: number; waited: number[] }[] = [];
  const limited = batcher({ maxBatchRows: 4, maxQueueDelayUs: 20_000 }, batches);
  await Promise.all([limited.submit(request(1, 2, 5), 5), limited.submit(request(2), 1)]);
  expect(batches.map((x) => x.rows)).toEqual([5, 1]);
  const bounded = batcher({ maxBatchRows: 8, maxQueueRows: 6, maxQueueDelayUs: 20_000 }, []);
  const waiting = [bounded.submit(request(1, 2, 5), 5), bounded.submit(request(2), 1)];
  await expect(bounded.submit(request(3), 1)).rejects.toMatchObject({ status: 503 });
  expect((await Promise.all(waiting)).map((a) => a[0]!.shape[0])).toEqual([5, 1]);
});

// 20 ms: a request that fills a batch on its own, whose enqueue flushes the queue; 0 (the default):
// an idle model's request, run alone without queueing
test.each([20_000, 0])('a run that throws at once fails its request, never before enqueue has returned (queue delay %d µs)', async (maxQueueDelayUs) => {
  const batches: { rows: number; waited: number[] }[] = [];
  // its enqueue starts the run itself, which throws
  const failing = batcher(
    {
      maxQueueDelayUs,
      maxBatchRows: 2,
      run: () => {
        throw new Error('the model cannot run this');
      },
    },
    batches,
  );
  const told: string[] = [];
  await new Promise<void>((resolve) => {
    failing.enqueue(request(1, 2, 2), 2, {
      settle(error: unknown, outputs: unknown) {
        told.push(outputs === undefined ? (error as Error).message : 'answered');
        resolve();
      },
    });
    told.push('enqueued');
  });
  expect(told).toEqual(['enqueued', 'the model cannot run this']);
  expect(batches.map((b) => b.rows)).toEqual([2]);
});

test('a batch whose inputs cannot be stacked fails its requests, never before enqueue has returned, and the next batch runs', async () => {
  const batches: { rows: number; waited: number[] }[] = [];
  const b = batcher({ maxQueueDelayUs: 20_000, maxBatchRows: 2 }, batches);
  // the same name, datatype and width, so one batch; data a BigInt64Array cannot be copied into the first's Float32Array
  const unstackable: Tensor[] = [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: new BigInt64Array(2) as unknown as Float32Array }];
  const told: string[] = [];
  const first = b.submit(request(1), 1);
  const failed = new Promise<void>((resolve) => {
    // its enqueue fills the batch and starts it
    b.enqueue(unstackable, 1, {
      settle(error: unknown, outputs: unknown) {
        told.push(outputs === undefined ? (error as Error).name : 'answered');
        resolve();
      },
    });
    told.push('enqueued');
  });
  await expect(first).rejects.toMatchObject({ name: 'TypeError' });
  await failed;
  expect(told).toEqual(['enqueued', 'TypeError']);
  // the batcher is not left running: the next request is answered
  expect(Array.from((await b.submit(request(3), 1))[0]!.data as Float32Array)).toEqual([6, 6]);
});

test('an onBatch that throws (a count that fails) does not stop the serving: alone or in a batch, every request is answered and later ones still run', async () => {
  let calls = 0;
  const reported: unknown[] = [];
  const b = batcher({ onBatch: () => void (calls++, (() => { throw new Error('metrics broke'); })()), onBatchError: (error) => void reported.push(error) }, []);
  // alone: an idle batcher runs the first request at once
  expect(Array.from((await b.submit(request(1), 1))[0]!.data as Float32Array)).toEqual([2, 2]);
  // queued behind a run: they go in a batch
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => b.submit(request(i), 1)));
  answers.forEach((outputs, i) => expect(Array.from(outputs[0]!.data as Float32Array)).toEqual([2 * i, 2 * i]));
  expect(Array.from((await b.submit(request(7), 1))[0]!.data as Float32Array)).toEqual([14, 14]);
  expect(calls).toBeGreaterThanOrEqual(3);
  expect(b.queueLength).toBe(0);
  // said once, not once a batch
  expect(reported.map((e) => (e as Error).message)).toEqual(['metrics broke']);
});

