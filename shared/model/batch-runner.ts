/**
 * Running one batch through a session, in plain typed arrays on both sides: the rest of predict
 * never handles onnxruntime tensors, so the runner is the one place that knows their API.
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
  /** milliseconds from the call of session.run to its resolution, timed where it ran */
  ms: number;
  /** the inputs' arrays, free for the next batch once the result is in */
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
      const started = performance.now();
      const result = await session.run(feeds, fetches);
      const ms = performance.now() - started;
      const outputs: Record<string, BatchOutput> = {};
      for (const name of fetches) outputs[name] = { dims: result[name]!.dims, data: result[name]!.data as BatchOutput['data'] };
      return { outputs, ms, inputs: inputs.map((input) => input.data) };
    },
  };
}
