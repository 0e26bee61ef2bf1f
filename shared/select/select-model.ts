import { lstat, readFile } from 'node:fs/promises';
import { checkMetricValue } from '../metrics/ranges.js';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Direction } from '../evaluate/types.js';
import { metricInfo } from '../metrics/index.js';
import { escapeMarkdown, table } from '../report/markdown.js';
import { formatNumber } from '../report/format.js';

export interface Candidate {
  /** the evaluation's metrics.json */
  metricsFile: string;
  /** the model evaluated (model.onnx beside metrics.json), when present */
  modelFile?: string;
  value: number;
}

export interface Selection {
  metric: string;
  direction: Direction;
  best: Candidate;
  /** every candidate, best first */
  ranking: Candidate[];
}

async function readMetric(file: string, metric: string): Promise<number> {
  let parsed: { metrics?: Record<string, unknown> };
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UserError(`${file} is not a readable metrics.json (${(err as Error).message}).`, file, 'Point candidates at the metrics.json files that evaluate-gate wrote.');
  }
  const value = parsed.metrics?.[metric];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const known = Object.keys(parsed.metrics ?? {});
    throw new UserError(`${file} has no value for "${metric}".`, file, known.length ? `Pick one of: ${known.join(', ')}.` : 'Point candidates at the metrics.json files that evaluate-gate wrote.');
  }
  checkMetricValue(metric, value, file, 'Point candidates at the metrics.json files that evaluate-gate wrote; a value outside the metric\'s range was written by something else.');
  return value;
}

/**
 * The candidate's model.onnx, when there is one: a plain file in the candidate's own folder. A
 * link could point anywhere on the runner, and best-model-file is handed on to publish steps.
 */
async function candidateModel(metricsFile: string): Promise<string | undefined> {
  const model = join(dirname(metricsFile), 'model.onnx');
  const info = await lstat(model).catch(() => undefined);
  if (!info) return undefined;
  if (info.isSymbolicLink() || !info.isFile()) {
    throw new UserError(`${model} is a ${info.isSymbolicLink() ? 'symbolic link' : 'directory or special file'}, not the model file evaluate-gate keeps beside its metrics.`, model, 'Point candidates at the output directories evaluate-gate wrote (downloaded artifacts hold plain files); remove the link.');
  }
  return model;
}

/**
 * Picks the best of several evaluated candidates (a hyperparameter sweep's matrix jobs) by one
 * metric, in that metric's direction. Ties go to the first in path order, so the choice is stable.
 */
export async function selectBestCandidate(metricsFiles: string[], metric: string, direction?: Direction): Promise<Selection> {
  if (metricsFiles.length === 0) throw new UserError('No candidate metrics files were found.', 'input candidates', 'Download the candidates’ artifacts first and point candidates at their metrics.json, e.g. candidates/*/metrics.json.');
  const resolvedDirection = direction ?? metricInfo(metric)?.direction;
  if (!resolvedDirection) throw new UserError(`"${metric}" is not a built-in metric, so its direction is unknown.`, 'input metric', 'Set direction: higher or direction: lower.');
  const candidates: Candidate[] = [];
  for (const file of [...metricsFiles].sort()) {
    const model = await candidateModel(file);
    candidates.push({ metricsFile: file, value: await readMetric(file, metric), ...(model ? { modelFile: model } : {}) });
  }
  const better = (a: number, b: number) => (resolvedDirection === 'higher' ? a > b : a < b);
  const ranking = [...candidates].sort((a, b) => (better(a.value, b.value) ? -1 : better(b.value, a.value) ? 1 : 0));
  return { metric, direction: resolvedDirection, best: ranking[0]!, ranking };
}

export function renderSelectionReport(selection: Selection): string {
  const rows = selection.ranking.map((c, i) => [i === 0 ? '🏆' : String(i + 1), escapeMarkdown(dirname(c.metricsFile), 300), formatNumber(c.value)]);
  return [
    `## Model selection: best ${escapeMarkdown(selection.metric)} (${selection.direction} is better)`,
    '',
    table(['rank', 'candidate', selection.metric], rows, ['center', 'left', 'right']),
    '',
  ].join('\n');
}
