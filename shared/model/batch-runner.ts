/**
 * Something that runs one batch through a model: onnxruntime on this thread, or on a worker
 * thread (inference-worker.ts) so that the next batch is filled while this one runs. Inputs are
 * plain typed arrays, not tensors, because a worker receives them by transfer; the runner hands
 * them back with the outputs, ready for reuse.
 */
import type { OrtModule, OrtSession } from '../runtime/ort-module.js';

export type InputArray = Float32Array | Float64Array | Int32Array | BigInt64Array;

export interface BatchInput {
  name: string;
  type: string;
  data: InputArray;
  dims: number[];
}

export interface BatchOutput {
  dims: readonly number[];
  data: Float32Array | Float64Array | Int32Array | BigInt64Array | string[];
}

export interface BatchResult {
  outputs: Record<string, BatchOutput>;
  /** the inputs' arrays, in order: after a worker run these are the transferred-back ones */
  inputs: InputArray[];
}

export interface BatchRunner {
  run(inputs: BatchInput[], fetches: string[]): Promise<BatchResult>;
}

export function mainThreadRunner(ort: OrtModule, session: OrtSession): BatchRunner {
  return {
    async run(inputs, fetches) {
      const feeds: Record<string, InstanceType<OrtModule['Tensor']>> = {};
      for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type as 'float32', input.data as Float32Array, input.dims);
      const result = await session.run(feeds, fetches);
      const outputs: Record<string, BatchOutput> = {};
      for (const name of fetches) outputs[name] = { dims: result[name]!.dims, data: result[name]!.data as BatchOutput['data'] };
      return { outputs, inputs: inputs.map((i) => i.data) };
    },
  };
}
