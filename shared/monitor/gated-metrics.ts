import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { EvaluationResult } from '../evaluate/types.js';
import type { MetricValues } from '../metrics/types.js';
import type { Task } from '../model/types.js';
import type { ScoreDistribution } from '../evaluate/score-distribution.js';
import { scoreHistogramOf } from './score-reference.js';

/** The metrics the model was gated on: evaluate-gate's metrics.json (or the registry's copy). */
export async function readGatedMetrics(file: string): Promise<{ task?: Task; metrics: MetricValues; scores?: ScoreDistribution }> {
  let json: Partial<EvaluationResult>;
  try {
    json = JSON.parse(await readFile(file, 'utf8')) as Partial<EvaluationResult>;
  } catch (err) {
    throw new UserError(`The gated metrics ${file} cannot be read: ${(err as Error).message}`, 'input gated-metrics', 'Point it at the metrics.json evaluate-gate wrote for the production model (or use reference: NAME@production).', { file });
  }
  if (!json.metrics || typeof json.metrics !== 'object') throw new UserError(`${file} has no "metrics": it is not evaluate-gate's metrics.json.`, 'input gated-metrics', 'Point it at the metrics.json evaluate-gate wrote.', { file });
  const scores = scoreHistogramOf(json);
  return { ...(json.task ? { task: json.task } : {}), metrics: json.metrics, ...(scores ? { scores } : {}) };
}
