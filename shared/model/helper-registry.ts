/**
 * One inference helper per loaded model, started by its first multi-batch predict and kept for
 * the next (a worker thread takes about 35 ms to start and load onnxruntime). It ends with the
 * model: when the LoadedModel is garbage-collected, or on releaseModel.
 */
import { createRequire } from 'node:module';
import { InferenceHelper } from './inference-helper.js';
import type { LoadedModel } from './session.js';

/** null: this model cannot have a helper (onnxruntime's file not found); predict runs alone */
const helpers = new WeakMap<LoadedModel, InferenceHelper | null>();
const whenUnused = new FinalizationRegistry<InferenceHelper>((helper) => void helper.terminate());

export function helperFor(model: LoadedModel): InferenceHelper | undefined {
  const known = helpers.get(model);
  if (known !== undefined) return known ?? undefined;
  const ortPath = modulePathOf(model.ort);
  const helper = ortPath && model.sessionSource !== undefined ? new InferenceHelper({ ortPath, source: model.sessionSource, options: model.sessionOptions ?? {} }) : null;
  helpers.set(model, helper);
  if (helper) whenUnused.register(model, helper, model);
  return helper ?? undefined;
}

/**
 * Starts the model's helper now rather than at its first multi-batch predict; resolves true once
 * it can run batches, false if it cannot exist or start (predict then runs every batch itself).
 */
export async function startInferenceHelper(model: LoadedModel): Promise<boolean> {
  return (await helperFor(model)?.started) ?? false;
}

/** Stops the model's helper thread, if it has one; a later predict would start another. */
export async function releaseInferenceHelper(model: LoadedModel): Promise<void> {
  const helper = helpers.get(model);
  helpers.delete(model);
  if (!helper) return;
  whenUnused.unregister(model);
  await helper.terminate();
}

/**
 * The file a CommonJS module was loaded from, found by its exports in the require cache (where
 * onnxruntime-node sits however it was found: node_modules, the tool cache, a test's require),
 * else by resolving the package from here and checking that it is the same module.
 */
function modulePathOf(exports: object): string | undefined {
  const require = createRequire(import.meta.url);
  for (const entry of Object.values(require.cache)) if (entry?.exports === exports) return entry.filename;
  try {
    const path = require.resolve('onnxruntime-node');
    return require(path) === exports ? path : undefined;
  } catch {
    return undefined;
  }
}
