import { readFile } from 'node:fs/promises';
import { UserError, describeError } from '../errors.js';
import type { Table } from '../data/table.js';
import { readModelSignature } from '../model/signature.js';
import type { ModelSignature } from '../model/types.js';
import { decodeModel } from '../onnx/model-proto.js';
import type { OrtModule } from '../runtime/ort-module.js';

export interface TrainedModelCheck {
  signature: ModelSignature;
  /** the data columns the model's input takes, in order */
  featureNames: string[];
  smokeRows: number;
}

const SMOKE_ROWS = 5;

/**
 * Checks what training produced before anything downstream relies on it: the file is ONNX that
 * onnxruntime loads, its input takes exactly the data's feature columns, and a few rows of real data
 * run through it to finite outputs. Each failure is a UserError saying which of these broke.
 * `sample` is a few rows of the training data; without it only loading is checked.
 */
export async function validateTrainedModel(modelPath: string, ort: OrtModule, sample?: { table: Table; target: string }): Promise<TrainedModelCheck> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(modelPath);
  } catch (err) {
    throw new UserError(`The trained model ${modelPath} cannot be read (${describeError(err)}).`, modelPath, 'Make sure the training command writes the model file.');
  }
  let signature: ModelSignature;
  let declaredFeatures: string[] | undefined;
  try {
    const model = decodeModel(bytes);
    signature = readModelSignature(bytes);
    const names = model.metadata['mlci.feature_names'];
    if (names) declaredFeatures = JSON.parse(names) as string[];
  } catch (err) {
    throw new UserError(`The trained model ${modelPath} is not a valid ONNX file: ${describeError(err)}.`, modelPath, 'Export the model with an ONNX exporter (onnx, skl2onnx, torch.onnx) and write it completely.');
  }
  let session: Awaited<ReturnType<OrtModule['InferenceSession']['create']>>;
  try {
    session = await ort.InferenceSession.create(bytes);
  } catch (err) {
    throw new UserError(`onnxruntime cannot load the trained model ${modelPath}: ${describeError(err)}`, modelPath, 'Export with an opset onnxruntime supports (opset ≤ 21) and check the graph with onnx.checker.check_model.');
  }
  try {
    if (!sample) return { signature, featureNames: declaredFeatures ?? [], smokeRows: 0 };
    const featureNames = expectedFeatures(signature, sample.table, sample.target, declaredFeatures, modelPath);
    const feeds = smokeFeeds(ort, signature, sample.table, featureNames);
    const rows = Math.min(SMOKE_ROWS, sample.table.rowCount);
    let outputs: Record<string, { data: unknown; type: string }>;
    try {
      outputs = await session.run(feeds);
    } catch (err) {
      throw new UserError(`The trained model ${modelPath} failed on ${rows} rows of the training data: ${describeError(err)}`, modelPath, 'Check that the model takes one float row per example, in the order of the data columns.');
    }
    for (const [name, tensor] of Object.entries(outputs)) {
      if (tensor.type !== 'float32' && tensor.type !== 'float64') continue;
      const data = tensor.data as Float32Array | Float64Array;
      const bad = data.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) {
        throw new UserError(`The trained model ${modelPath} gives ${data[bad]} in output "${name}" on the first rows of the training data.`, modelPath, 'Training diverged or the model saw unscaled or missing inputs: check the learning rate, scaling and missing-value handling.');
      }
    }
    return { signature, featureNames, smokeRows: rows };
  } finally {
    await session.release();
  }
}

/**
 * The columns the model should take: the names it records (mlci's exporters write them), the names
 * of its inputs when it takes one input per column, else every column but the target.
 */
function expectedFeatures(signature: ModelSignature, table: Table, target: string, declared: string[] | undefined, modelPath: string): string[] {
  const columns = table.columns.map((c) => c.name);
  if (signature.inputs.length > 1) {
    const missing = signature.inputs.map((i) => i.name).filter((n) => !columns.includes(n));
    if (missing.length > 0) {
      throw new UserError(`The trained model takes inputs ${missing.map((n) => `"${n}"`).join(', ')}, which are not columns of ${table.source}.`, modelPath, `Name the model's inputs after the data columns (${columns.join(', ')}), or take one input of all features.`);
    }
    return signature.inputs.map((i) => i.name);
  }
  const features = declared ?? columns.filter((c) => c !== target);
  const missing = features.filter((n) => !columns.includes(n));
  if (missing.length > 0) {
    throw new UserError(`The trained model was trained on columns ${missing.map((n) => `"${n}"`).join(', ')}, which ${table.source} lacks.`, modelPath, 'Train and validate on data with the same columns.');
  }
  const input = signature.inputs[0];
  if (!input) throw new UserError(`The trained model ${modelPath} has no inputs.`, modelPath, 'Export the model with its feature input.');
  const width = input.shape.length === 2 ? input.shape[1] : undefined;
  if (typeof width === 'number' && width > 0 && width !== features.length) {
    throw new UserError(
      `The trained model's input "${input.name}" takes ${width} features, but ${table.source} has ${features.length} feature columns (${features.join(', ')}).`,
      modelPath,
      `Train on exactly the feature columns of the data${declared ? '' : ` (every column but the target "${target}")`}, in their order, or drop the extra columns from the data.`,
    );
  }
  return features;
}

function smokeFeeds(ort: OrtModule, signature: ModelSignature, table: Table, featureNames: string[]) {
  const rows = Math.min(SMOKE_ROWS, table.rowCount);
  const column = (name: string) => table.columns.find((c) => c.name === name)!;
  const numbers = (name: string): Float64Array => {
    const c = column(name);
    if (c.kind === 'numeric') return c.values.subarray(0, rows);
    return Float64Array.from(c.values.slice(0, rows), (v) => (v === null ? NaN : Number(v)));
  };
  const tensor = (type: string, values: Float64Array | (string | null)[], dims: number[]) => {
    if (type === 'float64') return new ort.Tensor('float64', Float64Array.from(values as Float64Array), dims);
    if (type === 'int64') return new ort.Tensor('int64', BigInt64Array.from(values as Float64Array, (v) => BigInt(Math.trunc(Number.isFinite(v) ? v : 0))), dims);
    if (type === 'string') return new ort.Tensor('string', (values as (string | null)[]).map((v) => v ?? ''), dims);
    return new ort.Tensor('float32', Float32Array.from(values as Float64Array), dims);
  };
  if (signature.inputs.length > 1) {
    const feeds: Record<string, unknown> = {};
    for (const input of signature.inputs) {
      const c = column(input.name);
      feeds[input.name] = tensor(input.type, input.type === 'string' && c.kind === 'text' ? c.values.slice(0, rows) : numbers(input.name), [rows, 1]);
    }
    return feeds as Record<string, InstanceType<OrtModule['Tensor']>>;
  }
  const input = signature.inputs[0]!;
  const p = featureNames.length;
  const values = new Float64Array(rows * p);
  featureNames.forEach((name, j) => {
    const col = numbers(name);
    for (let i = 0; i < rows; i++) values[i * p + j] = col[i]!;
  });
  return { [input.name]: tensor(input.type, values, [rows, p]) } as Record<string, InstanceType<OrtModule['Tensor']>>;
}
