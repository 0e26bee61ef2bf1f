import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { MetricValues } from '../metrics/types.js';

/**
 * Reads baseline figures from a metrics file: an mlci metrics.json (its top-level `metrics`) or a
 * flat JSON object of name → number, as many training scripts write.
 */
export async function readBaselineMetrics(path: string): Promise<MetricValues> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new UserError(`The baseline metrics file ${path} is not valid JSON: ${(err as Error).message}.`, path, 'Pass the metrics.json of an earlier mlci evaluation, or a JSON object of metric name → number.');
  }
  const source = parsed && typeof parsed === 'object' && 'metrics' in parsed ? (parsed as { metrics: unknown }).metrics : parsed;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    throw new UserError(`The baseline metrics file ${path} holds no metrics object.`, path, 'Write it as {"accuracy": 0.95, ...} or pass an mlci metrics.json.');
  }
  const metrics: MetricValues = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline metrics file ${path} has no numeric metrics.`, path, 'Write metric values as numbers, e.g. {"accuracy": 0.95}.');
  }
  return metrics;
}
