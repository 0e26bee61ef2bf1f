import { resamplesText } from './bootstrap-text.js';
import type { ReportContext } from './context.js';
import { reportedMetrics } from './metrics-section.js';
import { formatNumber } from './format.js';
import { code, details, table } from './markdown.js';

const MAX_CHART_METRICS = 8;

/**
 * A Mermaid xychart (GitHub renders Mermaid in comments and job summaries, no image host needed):
 * candidate as bars, baseline as a line, for the higher-is-better metrics on a 0–1 scale (mixing
 * in error metrics, where a shorter bar is better, would make the picture misleading).
 */
export function comparisonChart(ctx: ReportContext): string {
  const baseline = ctx.result.baseline;
  if (!baseline) return '';
  const metrics = reportedMetrics(ctx)
    .filter((m) => ctx.direction(m) === 'higher' && onUnitScale(ctx.result.metrics[m]) && onUnitScale(baseline[m]))
    .slice(0, MAX_CHART_METRICS);
  if (metrics.length === 0) return '';
  const values = (source: Record<string, number>) => `[${metrics.map((m) => Number(source[m]!.toPrecision(4))).join(', ')}]`;
  const chart = [
    '```mermaid',
    'xychart-beta',
    '  title "Candidate (bars) vs baseline (line)"',
    // names come from our metric table, but keep the label syntax safe regardless
    `  x-axis [${metrics.map((m) => `"${m.replace(/[^\w]/g, '')}"`).join(', ')}]`,
    '  y-axis "score" 0 --> 1',
    `  bar ${values(ctx.result.metrics)}`,
    `  line ${values(baseline)}`,
    '```',
  ].join('\n');
  return details('Chart: candidate vs baseline', chart);
}

function onUnitScale(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1;
}

const BAR_WIDTH = 20;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `fraction` (0–1) of BAR_WIDTH cells, in eighth-cell steps. */
export function unicodeBar(fraction: number, width = BAR_WIDTH): string {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Interval widths as text bars: how precisely each metric is known, readable anywhere. */
export function intervalWidthSection(ctx: ReportContext): string {
  const entries = reportedMetrics(ctx).flatMap((metric) => {
    const interval = ctx.result.intervals[metric];
    return interval && Number.isFinite(interval.high - interval.low) ? [{ metric, interval, width: interval.high - interval.low }] : [];
  });
  if (!entries.length) return '';
  const widest = Math.max(...entries.map((e) => e.width));
  const rows = entries.map((e) => [
    code(e.metric),
    `[${formatNumber(e.interval.low)}, ${formatNumber(e.interval.high)}]`,
    formatNumber(e.width, 3),
    `\`${unicodeBar(widest > 0 ? e.width / widest : 0) || '·'}\``,
  ]);
  const body = [
    table(['metric', `${ctx.levelText} interval`, 'width', 'width, relative to the widest'], rows, ['left', 'right', 'right', 'left']),
    `Bootstrap over ${resamplesText(ctx.result.bootstrap)} (seed ${ctx.result.bootstrap.seed}); a narrower interval means a more precise figure.`,
  ].join('\n\n');
  return details('Interval widths', body);
}
