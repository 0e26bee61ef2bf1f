import { createRequire } from 'node:module';
import type { Table } from '../../../shared/data/table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as typeof import('onnxruntime-node');

/** Runs an ONNX model (bytes) on the named columns of a table, as the tests' independent check. */
export async function runOnnx(model: Uint8Array, table: Table, featureNames: string[]): Promise<Record<string, { data: ArrayLike<number | bigint>; dims: readonly number[] }>> {
  const session = await ort.InferenceSession.create(model);
  const n = table.rowCount;
  const p = featureNames.length;
  const input = new Float32Array(n * p);
  featureNames.forEach((name, j) => {
    const column = table.columns.find((c) => c.name === name)!;
    if (column.kind !== 'numeric') throw new Error(`${name} is not numeric`);
    for (let i = 0; i < n; i++) input[i * p + j] = column.values[i]!;
  });
  const outputs = await session.run({ input: new ort.Tensor('float32', input, [n, p]) });
  const result: Record<string, { data: ArrayLike<number | bigint>; dims: readonly number[] }> = {};
  for (const [name, tensor] of Object.entries(outputs)) result[name] = { data: tensor.data as ArrayLike<number | bigint>, dims: tensor.dims };
  await session.release();
  return result;
}

export function targetValues(table: Table, target: string): Float64Array {
  const column = table.columns.find((c) => c.name === target)!;
  if (column.kind !== 'numeric') throw new Error(`${target} is not numeric`);
  return column.values;
}

export function accuracy(labels: ArrayLike<number | bigint>, truth: Float64Array): number {
  let right = 0;
  for (let i = 0; i < truth.length; i++) if (Number(labels[i]) === truth[i]) right++;
  return right / truth.length;
}

export function rSquared(predictions: ArrayLike<number | bigint>, truth: Float64Array): number {
  let mean = 0;
  for (const y of truth) mean += y / truth.length;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < truth.length; i++) {
    residual += (truth[i]! - Number(predictions[i])) ** 2;
    total += (truth[i]! - mean) ** 2;
  }
  return 1 - residual / total;
}
