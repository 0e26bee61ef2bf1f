/**
 * A prediction log record (CONTRACTS.md, read by monitor): inputs columnar, one array of per-row
 * values per feature; a single [N, k] input is split into k columns named from the model's
 * feature names (else `<input>_0 … <input>_{k-1}`). Outputs: per-row values, a row's list for a
 * 2-D output.
 */
import { jsonValues } from './encode-response.js';
import type { ModelIdentity, ServedModel } from './served-model.js';
import type { Tensor } from './tensor.js';

export interface PredictionRecord {
  timestamp: string;
  request_id: string;
  model: string;
  version: string;
  digest: string;
  model_digest: string;
  role: string;
  inputs: Record<string, unknown[]>;
  outputs: Record<string, unknown[]>;
  latency_ms: number;
}

export function predictionRecord(
  at: Date,
  requestId: string,
  model: string,
  role: string,
  served: ModelIdentity & Pick<ServedModel, 'featureNames'>,
  inputs: Tensor[],
  outputs: Tensor[],
  latencyMs: number,
): PredictionRecord {
  return {
    timestamp: at.toISOString(),
    request_id: requestId,
    model,
    version: served.version,
    digest: served.digest,
    model_digest: served.modelDigest,
    role,
    inputs: inputColumns(inputs, served.featureNames),
    outputs: Object.fromEntries(outputs.map((o) => [o.name, perRow(o)])),
    latency_ms: Math.round(latencyMs * 1000) / 1000,
  };
}

function inputColumns(inputs: Tensor[], featureNames: string[] | undefined): Record<string, unknown[]> {
  const only = inputs.length === 1 ? inputs[0]! : undefined;
  if (only && only.shape.length === 2) {
    const [rows, width] = only.shape as [number, number];
    const values = jsonValues(only.data, only.datatype);
    const names = featureNames?.length === width ? featureNames : Array.from({ length: width }, (_, j) => `${only.name}_${j}`);
    const columns: Record<string, unknown[]> = {};
    names.forEach((name, j) => {
      const column = new Array<unknown>(rows);
      for (let r = 0; r < rows; r++) column[r] = values[r * width + j];
      columns[name] = column;
    });
    return columns;
  }
  return Object.fromEntries(inputs.map((t) => [t.name, perRow(t)]));
}

/** one value per row for [N] (and [N, 1]), one list per row otherwise */
function perRow(tensor: Tensor): unknown[] {
  const values = jsonValues(tensor.data, tensor.datatype);
  const rows = tensor.shape[0] ?? 1;
  const width = rows === 0 ? 0 : values.length / rows;
  if (tensor.shape.length <= 1 || width === 1) return values;
  return Array.from({ length: rows }, (_, r) => values.slice(r * width, (r + 1) * width));
}
