import type { MetricDelta } from '../metrics/types.js';
import type { ReportContext } from './context.js';
import { formatNumber, formatPercent, formatSigned } from './format.js';
import { changeMark, rulesMark } from './marks.js';
import { code, details, escapeMarkdown, heading, table } from './markdown.js';

/** The metric names of the report, in the evaluation's order. */
export function reportedMetrics(ctx: ReportContext): string[] {
  return Object.keys(ctx.result.metrics);
}

/** metric | baseline | candidate | change | change % | interval | rule | verdict */
export function metricsSection(ctx: ReportContext): string {
  const { result } = ctx;
  const rows = reportedMetrics(ctx).map((metric) => {
    const value = result.metrics[metric]!;
    const before = result.baseline?.[metric];
    const delta = result.deltas[metric];
    const absolute = delta?.absolute ?? (before !== undefined ? value - before : undefined);
    const relative = delta ? delta.relative : before !== undefined && before !== 0 ? (value - before) / Math.abs(before) : null;
    const interval = result.intervals[metric];
    const rules = ctx.rulesFor(metric);
    return [
      `${code(metric)} ${ctx.direction(metric) === 'higher' ? '↑' : '↓'}`,
      formatNumber(before),
      `**${formatNumber(value)}**`,
      absolute === undefined ? '—' : `${changeMark(ctx.direction(metric), absolute)} ${formatSigned(absolute)}`,
      absolute === undefined ? '—' : formatPercent(relative, 3, true),
      interval ? `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]` : '—',
      escapeMarkdown(rules.map((r) => r.description).join('; '), 400),
      rulesMark(rules),
    ];
  });
  const headers = ['metric', 'baseline', 'candidate', 'change', 'change %', `${ctx.levelText} interval`, 'rule', 'verdict'];
  const note = '↑ higher is better, ↓ lower is better; 🟢 a change for the better, 🔴 for the worse (▲ up, ▼ down).';
  return [heading(ctx.level, 'Metrics'), table(headers, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'center']), note].join('\n\n');
}

/**
 * A bootstrap p-value of 0 only means no resample crossed zero: below the resolution 1/resamples,
 * so it is shown as "< 1/resamples" rather than as an impossible certainty.
 */
function formatPValue(p: number | undefined, resamples: number): string {
  if (p === undefined) return '—';
  if (p === 0 && resamples > 0) return `< ${formatNumber(1 / resamples, 3)}`;
  return formatNumber(p, 3);
}

/** Paired differences with their interval and p-value, when both models ran on the same rows. */
export function pairedSection(ctx: ReportContext): string {
  const rows = reportedMetrics(ctx).flatMap((metric) => {
    const delta = ctx.result.deltas[metric];
    if (!delta?.interval && delta?.pValue === undefined) return [];
    return [[
      code(metric),
      `${changeMark(ctx.direction(metric), delta.absolute)} ${formatSigned(delta.absolute)}`,
      delta.interval ? `[${formatSigned(delta.interval.low)}, ${formatSigned(delta.interval.high)}]` : '—',
      formatPValue(delta.pValue, ctx.result.bootstrap.resamples),
      testText(delta),
    ]];
  });
  if (!rows.length) return '';
  const body = [
    table(['metric', 'change', `${ctx.levelText} interval of the change`, 'p-value', 'test'], rows, ['left', 'right', 'right', 'right', 'left']),
    'The interval is the paired bootstrap\'s (both models scored on the same resampled rows). The p-value is for "no change" (two-sided): for accuracy and recall from the exact McNemar test on the rows only one model got right, for the other metrics from the paired bootstrap, centred on the observed change.',
  ].join('\n\n');
  return details('Paired comparison with the baseline', body);
}

function testText(delta: MetricDelta): string {
  if (delta.test === 'exact-mcnemar' && delta.discordant) {
    const { candidateOnly, baselineOnly } = delta.discordant;
    return `exact McNemar (only the candidate right on ${candidateOnly} rows, only the baseline on ${baselineOnly})`;
  }
  return delta.test === 'bootstrap' ? 'paired bootstrap' : '—';
}
