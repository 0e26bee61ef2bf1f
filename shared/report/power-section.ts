import type { RuleVerdict } from '../evaluate/types.js';
import type { DetectableDrop } from '../gate/detectable-drop.js';
import { metricInfo } from '../metrics/registry.js';
import type { ReportContext } from './context.js';
import { formatCount, formatNumber, formatPercent } from './format.js';
import { code, escapeMarkdown, heading } from './markdown.js';

/** Metrics on a 0–1 scale whose changes read best in percentage points. */
function inPoints(metric: string): boolean {
  const info = metricInfo(metric);
  return info !== undefined && info.direction === 'higher' && !['r2', 'explained_variance'].includes(metric);
}

/** "3.1 points", "0.012", "4.2% of the baseline" */
export function formatDrop(metric: string, drop: DetectableDrop): string {
  if (drop.value === null) return 'none';
  if (drop.relative) return `${formatPercent(drop.value, 2)} of the baseline`;
  return inPoints(metric) ? `${formatNumber(drop.value * 100, 2)} points` : formatNumber(drop.value, 3);
}

function basisText(rule: RuleVerdict, drop: DetectableDrop): string {
  if (drop.basis === 'discordant-rows') {
    return `exact McNemar test; the models disagree on ${formatCount(drop.discordant!)} of the ${formatCount(drop.rows!)} rows it counts`;
  }
  return `paired bootstrap, standard error of the change ${formatNumber(drop.standardError, 3)}`;
}

function sentence(ctx: ReportContext, rule: RuleVerdict, drop: DetectableDrop): string {
  const rows = formatCount(ctx.result.data.rows);
  const level = `${Math.round(drop.power * 100)}% power at α = ${formatNumber(drop.alpha * 1, 3)}`;
  if (drop.value === null) {
    return `- ${code(rule.metric)} (${escapeMarkdown(rule.id)}): with ${rows} rows this rule **cannot catch a drop at all** (${basisText(rule, drop)}): it needs more rows, or more rows where the models disagree.`;
  }
  return `- ${code(rule.metric)} (${escapeMarkdown(rule.id)}): with ${rows} rows this gate can only catch ${code(rule.metric)} drops of **${formatDrop(rule.metric, drop)}** or more (${level}; ${basisText(rule, drop)}).`;
}

/**
 * The smallest drop each drop rule could catch, so a team knows when its evaluation set is too
 * small to guard what it claims to. Slice rules are summarised by their smallest and largest figure.
 */
export function powerSection(ctx: ReportContext): string {
  const rules = ctx.result.gate.rules.filter((r) => r.detectableDrop);
  if (rules.length === 0) return '';
  const lines = rules.filter((r) => !r.slice).map((r) => sentence(ctx, r, r.detectableDrop!));
  const sliceRules = rules.filter((r) => r.slice);
  const byRule = new Map<string, RuleVerdict[]>();
  for (const r of sliceRules) {
    const key = r.id.slice(r.id.indexOf(': ') + 2);
    byRule.set(key, [...(byRule.get(key) ?? []), r]);
  }
  for (const [id, group] of byRule) {
    const figures = group.map((r) => r.detectableDrop!);
    const catchable = figures.filter((d) => d.value !== null).sort((a, b) => a.value! - b.value!);
    const metric = group[0]!.metric;
    const level = `${Math.round(figures[0]!.power * 100)}% power at α = ${formatNumber(figures[0]!.alpha, 3)} per slice`;
    const none = figures.length - catchable.length;
    const best = catchable[0];
    const worst = catchable.at(-1);
    const range = !best || !worst
      ? 'in **no** slice'
      : best.value === worst.value
        ? `from **${formatDrop(metric, best)}** on`
        : `from **${formatDrop(metric, best)}** (best slice) to **${formatDrop(metric, worst)}**`;
    const uncatchable = none ? `; ${none} of the ${figures.length} slices cannot catch a drop at all` : '';
    lines.push(`- ${escapeMarkdown(id)} per slice: drops are caught ${range} (${level}${uncatchable}).`);
  }
  const note = 'The smallest true drop each rule would catch in 80% of evaluations like this one, assuming the models keep disagreeing on the same share of rows. A drop smaller than this will usually pass: evaluate on more rows to guard against it.';
  return [heading(ctx.level, 'Smallest detectable drop'), lines.join('\n'), note].join('\n\n');
}
