/**
 * One inference worker per loaded model, started on the first predict that has several batches
 * and kept for the next (a baseline and a candidate each have their own). A worker that cannot
 * start is not an error: inference then stays on the main thread.
 */
import { InferenceWorker } from './inference-worker.js';
import type { LoadedModel } from './session.js';

const workers = new WeakMap<LoadedModel, Promise<InferenceWorker | undefined>>();

export function inferenceWorkerFor(model: LoadedModel): Promise<InferenceWorker | undefined> {
  let worker = workers.get(model);
  if (!worker) {
    worker = model.ortPath
      ? InferenceWorker.start(model.ortPath, model.sessionSource, model.sessionOptions).catch(() => undefined)
      : Promise.resolve(undefined);
    workers.set(model, worker);
  }
  return worker;
}

/** Stops the model's worker, if it has one. Optional: the worker never keeps the process alive. */
export async function closeModel(model: LoadedModel): Promise<void> {
  const worker = await workers.get(model);
  workers.delete(model);
  await worker?.close();
}
