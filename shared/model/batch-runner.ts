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
}

/**
 * Arrays for onnxruntime to write outputs into, by output name: no output tensor of its own to
 * allocate and no copy out of it. Each array must hold exactly the output's elements.
 */
export type OutputTargets = Record<string, { type: 'float32' | 'float64' | 'int64'; data: Float32Array | Float64Array | BigInt64Array; dims: number[] }>;

export interface BatchRunner {
  /** `targets`: where some outputs may go directly; a runner may ignore them */
  run(inputs: BatchInput[], fetches: string[], targets?: OutputTargets): Promise<BatchResult>;
}

export function mainThreadRunner(ort: OrtModule, session: OrtSession): BatchRunner {
  type Tensor = InstanceType<OrtModule['Tensor']>;
  return {
    async run(inputs, fetches, targets) {
      const feeds: Record<string, Tensor> = {};
      for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type as 'float32', input.data as Float32Array, input.dims);
      // Fetches as a map: a tensor for an output written in place, null for one onnxruntime allocates.
      const wanted: Record<string, Tensor | null> = {};
      for (const name of fetches) {
        const target = targets?.[name];
        wanted[name] = target ? new ort.Tensor(target.type, target.data as Float32Array, target.dims) : null;
      }
      let started = performance.now();
      let result: Awaited<ReturnType<OrtSession['run']>>;
      let placed = targets;
      try {
        result = await session.run(feeds, placed ? wanted : fetches);
      } catch (error) {
        if (!placed) throw error;
        // An output whose real shape differs from the declared one does not fit its target: run
        // again with onnxruntime's own outputs, so that predict's checks can say what is wrong.
        placed = undefined;
        started = performance.now();
        result = await session.run(feeds, fetches);
      }
      const ms = performance.now() - started;
      const outputs: Record<string, BatchOutput> = {};
      for (const name of fetches) outputs[name] = { dims: result[name]!.dims, data: placed?.[name]?.data ?? (result[name]!.data as BatchOutput['data']) };
      return { outputs, ms };
    },
  };
}
