// Test support: prediction logs in the format CONTRACTS.md gives mlci serve's (.jsonl, rotated
// .jsonl.gz), written from the fixture CSVs with the outputs of the real fixture ONNX model.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadModel, predict } from '../../shared/model/session.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureModel, fixtureTable } from '../model/fixture-table.js';
import type { Table } from '../../shared/data/table.js';

export const FEATURE_COUNT = 30;

export interface LoggedRow {
  inputs: Record<string, number>;
  target: number;
  label: number;
  probabilities: [number, number];
}

/** the rows of a fixture CSV with the fixture model's answers (the target kept for labels) */
export async function scoredRows(csv: string, change?: (name: string, value: number) => number): Promise<LoggedRow[]> {
  const table = fixtureTable(csv);
  const features = table.columns.filter((c) => c.name !== 'target');
  const shifted: Table = change
    ? { ...table, columns: table.columns.map((c) => (c.kind === 'numeric' && c.name !== 'target' ? { ...c, values: c.values.map((v) => change(c.name, v)) } : c)) }
    : table;
  const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
  const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
  const { predictions } = await predict(model, { ...shifted, columns: shifted.columns.filter((c) => c.name !== 'target') });
  const target = table.columns.find((c) => c.name === 'target')!;
  return Array.from({ length: table.rowCount }, (_, r) => ({
    inputs: Object.fromEntries(features.map((c) => [c.name, (shifted.columns.find((s) => s.name === c.name)!.values as Float64Array)[r]!])),
    target: (target.values as Float64Array)[r]!,
    label: Number(predictions.classes![predictions.labels![r]!]),
    probabilities: [predictions.probabilities![r * 2]!, predictions.probabilities![r * 2 + 1]!],
  }));
}

export interface LogRecordOptions {
  model?: string;
  version?: string;
  role?: string;
  /** rows per request */
  perRequest?: number;
  /** the first request's time, epoch ms, and the time between requests */
  start: number;
  stepMs: number;
  idPrefix: string;
  /** name the inputs input_0 … input_{k-1}, as serve does for a model without feature names */
  positional?: boolean;
}

/** prediction-log records (one per request of `perRequest` rows), columnar as the contract says */
export function logRecords(rows: LoggedRow[], o: LogRecordOptions): string[] {
  const per = o.perRequest ?? 1;
  const out: string[] = [];
  for (let i = 0, n = 0; i < rows.length; i += per, n++) {
    const group = rows.slice(i, i + per);
    const inputs: Record<string, number[]> = {};
    Object.keys(group[0]!.inputs).forEach((name, k) => (inputs[o.positional ? `input_${k}` : name] = group.map((r) => r.inputs[name]!)));
    out.push(
      JSON.stringify({
        timestamp: new Date(o.start + n * o.stepMs).toISOString(),
        request_id: `${o.idPrefix}-${n}`,
        model: o.model ?? 'demo',
        version: o.version ?? 'v1',
        digest: 'sha256:' + '0'.repeat(64),
        model_digest: 'sha256:' + '1'.repeat(64),
        role: o.role ?? 'stable',
        inputs,
        outputs: { label: group.map((r) => r.label), probabilities: group.map((r) => r.probabilities) },
        latency_ms: 1.5,
      }),
    );
  }
  return out;
}

/** writes records as serve would: the live .jsonl, or a rotated .jsonl.gz */
export function writeLog(dir: string, name: string, records: string[], gzip = false): string {
  const path = join(dir, name);
  const text = records.join('\n') + '\n';
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

/** labels as they arrive later: request ids (with /row for requests of several rows) and the truth */
export function labelsCsv(dir: string, rows: LoggedRow[], o: Pick<LogRecordOptions, 'idPrefix' | 'perRequest'>): string {
  const per = o.perRequest ?? 1;
  const lines = ['request_id,label'];
  rows.forEach((r, i) => {
    const n = Math.floor(i / per);
    lines.push(`${per === 1 ? `${o.idPrefix}-${n}` : `${o.idPrefix}-${n}/${i % per}`},${r.target}`);
  });
  const path = join(dir, `labels-${o.idPrefix}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
