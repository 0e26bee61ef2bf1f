import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { MetricValues } from '../metrics/types.js';
import { metricNamesForTask } from '../metrics/registry.js';
import { checkMetricValue } from '../metrics/ranges.js';
import type { Task } from '../model/types.js';

const FIX = 'Pass the metrics.json of an earlier mlci evaluation of the same kind of model (or a JSON object of metric name → number), or a baseline ONNX model to run on the same rows.';

/**
 * Reads baseline figures from a metrics file: an mlci metrics.json (its top-level `metrics`) or a
 * flat JSON object of name → number, as many training scripts write. Figures of another task, or
 * values a metric cannot take, are refused: the gate would otherwise judge against them.
 */
export async function readBaselineMetrics(path: string, task: Task): Promise<MetricValues> {
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
  const fileTask = (parsed as { task?: unknown }).task;
  if (typeof fileTask === 'string' && fileTask !== task) {
    throw new UserError(`The baseline metrics file ${path} is from a ${fileTask} evaluation, and the candidate is ${task}.`, path, FIX);
  }
  const metrics: MetricValues = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    checkMetricValue(name, value, `The baseline metrics file ${path}`, FIX);
    metrics[name] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline metrics file ${path} has no numeric metrics.`, path, 'Write metric values as numbers, e.g. {"accuracy": 0.95}.');
  }
  // binary covers every classification name but the multiclass averages of roc_auc
  const known = new Set([...metricNamesForTask(task), ...(task === 'regression' ? [] : metricNamesForTask('multiclass', 3))]);
  if (!Object.keys(metrics).some((name) => known.has(name))) {
    throw new UserError(`The baseline metrics file ${path} holds none of the ${task} metrics (it has ${Object.keys(metrics).slice(0, 10).join(', ')}); the candidate is ${task}.`, path, FIX);
  }
  return metrics;
}
