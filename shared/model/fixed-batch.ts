/**
 * Models whose input fixes the batch dimension ([1, k], as torch.onnx.export writes without
 * dynamic_axes): onnxruntime refuses any other number of rows, so predict runs batches of exactly
 * that size, and a short last batch is padded to it and its outputs cut back.
 */
import type { BatchInput, BatchOutput } from './batch-runner.js';
import type { ModelSignature } from './types.js';

/** the batch size every input of the model fixes, or undefined when the batch dimension is free */
export function declaredBatchSize(signature: ModelSignature): number | undefined {
  const sizes = signature.inputs.map((input) => input.shape[0]);
  const first = sizes[0];
  return typeof first === 'number' && first > 0 && sizes.every((size) => size === first) ? first : undefined;
}

/** `inputs` of fewer rows, padded to `size` rows by repeating their last row (a row the model can take) */
export function padBatch(inputs: BatchInput[], rows: number, size: number): BatchInput[] {
  return inputs.map((input) => {
    const perRow = input.data.length / rows;
    const Kind = input.data.constructor as new (length: number) => BatchInput['data'];
    const data = new Kind(size * perRow);
    (data as Float64Array).set(input.data as Float64Array);
    const last = input.data.subarray((rows - 1) * perRow, rows * perRow);
    for (let r = rows; r < size; r++) (data as Float64Array).set(last as Float64Array, r * perRow);
    return { ...input, data, dims: [size, ...input.dims.slice(1)] };
  });
}

/** the first `rows` rows of each output of a padded batch of `size` rows */
export function trimOutputs(outputs: Record<string, BatchOutput>, rows: number, size: number): Record<string, BatchOutput> {
  const trimmed: Record<string, BatchOutput> = {};
  for (const [name, output] of Object.entries(outputs)) {
    const perRow = output.data.length / size;
    const data = Array.isArray(output.data) ? output.data.slice(0, rows * perRow) : output.data.subarray(0, rows * perRow);
    trimmed[name] = { dims: [rows, ...output.dims.slice(1)], data: data as BatchOutput['data'] };
  }
  return trimmed;
}
