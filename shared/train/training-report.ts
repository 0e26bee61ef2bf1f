import { escapeMarkdown, table } from '../report/markdown.js';
import { formatDuration } from './run-command.js';
import type { TrainModelResult } from './train-model.js';

/** The job-summary section of a training run. */
export function renderTrainingReport(result: TrainModelResult): string {
  const intro = result.cacheHit
    ? `**Training skipped: cache hit.** The outputs of an earlier run with the same code, data, parameters and command were restored, saving about ${formatDuration(result.durationMs)}.`
    : `Trained in ${formatDuration(result.durationMs)}${result.cacheSaved ? '; saved to the run cache' : ''}.`;
  const checked = result.check.smokeRows > 0 ? `${result.check.featureNames.length} features, smoke inference on ${result.check.smokeRows} rows` : 'loads in onnxruntime (no data given to run it on)';
  const rows = [
    ['Trainer', escapeMarkdown(result.trainer)],
    ['Model', escapeMarkdown(result.modelFile, 400)],
    ['Model check', checked],
    ['Cache key', escapeMarkdown(`${result.key.slice(0, 40)}…`)],
  ];
  if (result.outputs.length > 0) rows.push(['Outputs', result.outputs.map((f) => escapeMarkdown(f)).join(', ')]);
  return `## Training\n\n${intro}\n\n${table(['', ''], rows)}\n`;
}
