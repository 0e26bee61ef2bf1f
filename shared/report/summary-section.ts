import { resamplesText } from './bootstrap-text.js';
import type { EvaluationResult } from '../evaluate/types.js';
import { isSkipped } from '../gate/evaluate-gate.js';
import { formatBytes, formatCount } from './format.js';
import { escapeMarkdown, heading } from './markdown.js';

/** The title line: the verdict first, as a reader scanning a PR wants it. */
export function verdictHeading(result: EvaluationResult, level: number, title: string): string {
  const gate = result.gate;
  const failed = gate.rules.filter((r) => !r.passed).length;
  let text: string;
  if (!gate.gated) text = `ℹ️ ${title}: not gated`;
  else if (gate.override) text = `⚠️ ${title}: failed, overridden`;
  else if (gate.passed) text = `✅ ${title}: passed`;
  else text = `❌ ${title}: failed (${failed} of ${gate.rules.length} rule${gate.rules.length === 1 ? '' : 's'})`;
  return heading(level, text);
}

/** What was evaluated, against what, and what the verdict means. */
export function summaryParagraph(result: EvaluationResult): string {
  const model = `**${escapeMarkdown(result.model.path)}** (${formatBytes(result.model.sizeBytes)})`;
  const data = `**${escapeMarkdown(result.data.path)}** (${formatCount(result.data.rows)} rows, target column **${escapeMarkdown(result.data.target)}**)`;
  const lines = [`Model ${model}, ${result.task} task, evaluated on ${data}.`];
  lines.push(baselineSentence(result));
  const gate = result.gate;
  if (!gate.gated) {
    lines.push('No gate policy was given, so nothing was gated: the figures below are for information only.');
  } else {
    const skipped = gate.rules.filter(isSkipped).length;
    const failed = gate.rules.filter((r) => !r.passed).length;
    const inconclusive = gate.rules.filter((r) => r.inconclusive).length;
    const passed = gate.rules.length - skipped - failed - inconclusive;
    const unjudged = inconclusive ? `, ${inconclusive} inconclusive (too few rows for their paired test to show a drop; they pass with ⚠️)` : '';
    lines.push(`Policy ${escapeMarkdown(gate.policy ?? '')}: ${passed} rule(s) passed, ${failed} failed${skipped ? `, ${skipped} not applied` : ''}${unjudged}.`);
  }
  let text = lines.join(' ');
  for (const warning of gate.warnings ?? []) text += `\n\n> [!WARNING]\n> ${escapeMarkdown(warning, 1000)}`;
  if (gate.override) {
    return `${text}\n\n> [!WARNING]\n> The gate failed and was **overridden** by ${escapeMarkdown(gate.override.by)}: ${escapeMarkdown(gate.override.reason, 500)}`;
  }
  return text;
}

function baselineSentence(result: EvaluationResult): string {
  if (!result.baseline) return 'No baseline was given, so there are no changes to show.';
  const { resamples, seed } = result.bootstrap;
  if (result.baselineSource === 'metrics-file') {
    return 'Baseline: figures from a metrics file, so changes have no paired test.';
  }
  const name = result.baselineModel ? `**${escapeMarkdown(result.baselineModel.path)}**` : 'a baseline model';
  const tests: string[] = [];
  if (result.task !== 'regression') tests.push(`the exact McNemar test for ${result.task === 'binary' || result.confusionMatrix?.classes.length === 2 ? 'accuracy and recall' : 'accuracy'}`);
  if (resamples > 0) tests.push(`the paired bootstrap (${resamplesText(result.bootstrap)}, seed ${seed})${tests.length ? ' for the rest' : ''}`);
  return `Baseline: ${name}, run on the same rows (paired tests: ${tests.length ? tests.join(', ') : 'none, as bootstrap-resamples is 0'}).`;
}
