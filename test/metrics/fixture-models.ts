// Runs a fixture model on its fixture CSV with onnxruntime-node directly, so that the metric tests
// depend on nothing of mlci but the metrics.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassificationInputs, MetricInputs, RegressionInputs } from '../../shared/metrics/types.js';

const ort = createRequire(import.meta.url)('onnxruntime-node');
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The fixture CSVs are plain numbers with a header; the last column is the target. */
function readCsv(name: string): { features: Float32Array; target: number[]; rows: number; columns: number } {
  const lines = readFileSync(join(fixtures, 'data', name), 'utf8').trim().split('\n').slice(1);
  const columns = lines[0]!.split(',').length - 1;
  const features = new Float32Array(lines.length * columns);
  const target: number[] = [];
  lines.forEach((line, row) => {
    const cells = line.split(',').map(Number);
    features.set(cells.slice(0, columns), row * columns);
    target.push(cells[columns]!);
  });
  return { features, target, rows: lines.length, columns };
}

async function run(model: string, csv: string): Promise<{ outputs: Record<string, { data: ArrayLike<number | bigint> }>; target: number[] }> {
  const { features, target, rows, columns } = readCsv(csv);
  const session = await ort.InferenceSession.create(join(fixtures, 'models', model));
  const outputs = await session.run({ input: new ort.Tensor('float32', features, [rows, columns]) });
  return { outputs, target };
}

export async function classifierInputs(model: string, csv: string, classCount: number): Promise<ClassificationInputs> {
  const { outputs, target } = await run(model, csv);
  return {
    yTrue: Int32Array.from(target),
    yPred: Int32Array.from(outputs.label!.data as BigInt64Array, Number),
    proba: outputs.probabilities!.data as Float32Array,
    classCount,
  };
}

export async function regressorInputs(model: string, csv: string): Promise<RegressionInputs> {
  const { outputs, target } = await run(model, csv);
  return { yTrue: Float64Array.from(target), yPred: outputs.variable!.data as Float32Array };
}

export function expected(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(fixtures, 'expected', `${name}.json`), 'utf8'));
}

/** |actual − expected| ≤ rel·|expected|, with NaN expected as null */
export function expectRelative(actual: number | undefined, wanted: number | null, rel: number, label: string): void {
  if (wanted === null) {
    if (!Number.isNaN(actual)) throw new Error(`${label}: expected NaN (undefined in scikit-learn), got ${actual}`);
    return;
  }
  if (actual === undefined || !(Math.abs(actual - wanted) <= rel * Math.abs(wanted) + (wanted === 0 ? rel : 0))) {
    throw new Error(`${label}: expected ${wanted} within relative ${rel}, got ${actual}`);
  }
}

/** The inputs of the given rows, in that order, repeats allowed: a resample or a repetition made by copying. */
export function selectRows<T extends MetricInputs>(inputs: T, rows: number[]): T {
  if ('classCount' in inputs) {
    const k = inputs.classCount;
    const proba = new Float32Array(rows.length * k);
    rows.forEach((row, j) => proba.set(inputs.proba!.subarray(row * k, (row + 1) * k), j * k));
    const picked: ClassificationInputs = { classCount: k, proba, yTrue: Int32Array.from(rows, (r) => inputs.yTrue[r]!), yPred: Int32Array.from(rows, (r) => inputs.yPred[r]!) };
    return picked as T;
  }
  const picked: RegressionInputs = { yTrue: Float64Array.from(rows, (r) => inputs.yTrue[r]!), yPred: Float64Array.from(rows, (r) => inputs.yPred[r]!) };
  return picked as T;
}
