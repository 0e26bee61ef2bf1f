import { escapeMarkdown } from '../report/markdown.js';
import type { RolloutOutcome, RolloutResult } from './serve-rollout.js';

export interface DeployReportInput {
  model: { name: string; version: string; modelDigest: string };
  environment: string;
  target: string;
  strategy: string;
  result: RolloutResult;
  deploymentUrl?: string;
  manifests?: string[];
}

const HEADLINES: Record<RolloutOutcome, string> = {
  promoted: '✅ promoted',
  'rolled-back': '↩️ rolled back automatically',
  inconclusive: '⏸️ inconclusive: withdrawn, not promoted',
  failed: '❌ failed; undone',
  unchanged: '✅ already deployed',
  rendered: '📄 manifests rendered',
};

/** The deploy section of the job summary: what was deployed where, what the analyses saw, what was done. */
export function renderDeployReport(input: DeployReportInput): string {
  const { model, result } = input;
  const e = (s: string) => escapeMarkdown(s, 600);
  const lines = [
    `### Deploy: ${e(model.name)} ${e(model.version)} → ${e(input.environment)}: ${HEADLINES[result.outcome]}`,
    '',
    `Target ${e(input.target)}, strategy ${e(input.strategy)}; model digest \`${e(model.modelDigest)}\`; ${input.environment} ran ${e(result.previousVersion ?? 'nothing')} before.`,
  ];
  if (result.because) lines.push('', `**${['promoted', 'unchanged', 'rendered'].includes(result.outcome) ? 'Result' : 'Why'}:** ${e(result.because)}`);
  if (result.failedRules.length > 0) {
    lines.push('', '| Rule failed | Line | Figures |', '|---|---|---|');
    for (const f of result.failedRules) lines.push(`| ${e(f.rule)} | ${f.line || 'default'} | ${e(f.text)} |`);
  }
  if (result.smoke) lines.push('', `Smoke test: ${result.smoke.rows} rows, outputs ${result.smoke.outputs.map(e).join(', ') || 'none'}; largest difference from the local model ${result.smoke.maxAbsDiff.toExponential(2)}${result.smoke.passed ? '' : `; ${e(result.smoke.problems.join('; '))}`}.`);
  if (result.history.length > 0) {
    lines.push('', '| # | Weight | Analysis | Findings |', '|---|---|---|---|');
    result.history.forEach((h, i) => lines.push(`| ${i + 1} | ${h.weight}% | ${h.outcome} | ${e(h.problem ?? h.findings.map((f) => f.text).join(' '))} |`));
  }
  if (input.manifests?.length) lines.push('', `Manifests: ${input.manifests.map((m) => `\`${e(m)}\``).join(', ')}`);
  if (result.actions.length > 0) lines.push('', '<details><summary>What deploy did</summary>', '', ...result.actions.map((a) => `1. ${e(a)}`), '', '</details>');
  if (input.deploymentUrl) lines.push('', `[GitHub deployment](${input.deploymentUrl})`);
  return `${lines.join('\n')}\n`;
}
