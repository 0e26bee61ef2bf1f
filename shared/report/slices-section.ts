import type { ReportContext } from './context.js';
import { formatNumber, formatSigned } from './format.js';
import { changeMark, rulesMark } from './marks.js';
import { code, details, escapeMarkdown, table } from './markdown.js';

const MAX_SLICE_METRICS = 4;

/** One row per slice value: its size, a few metrics (with change), and its rules' verdict. */
export function slicesSection(ctx: ReportContext): string {
  const sliceSet = ctx.result.slices;
  if (!sliceSet || sliceSet.slices.length === 0) return '';
  const sliceRules = ctx.result.gate.rules.filter((r) => r.slice && r.slice.column === sliceSet.column);
  // metrics the policy judges per slice first, then the evaluation's first metrics
  const available = new Set(sliceSet.slices.flatMap((s) => Object.keys(s.metrics)));
  const metrics = [...new Set([...sliceRules.map((r) => r.metric), ...Object.keys(ctx.result.metrics)])]
    .filter((m) => available.has(m))
    .slice(0, MAX_SLICE_METRICS);

  const rows = sliceSet.slices.map((slice) => {
    const rules = sliceRules.filter((r) => r.slice!.value === slice.value);
    return [
      escapeMarkdown(slice.value, 80),
      slice.rows.toLocaleString('en-US'),
      ...metrics.map((metric) => {
        const value = slice.metrics[metric];
        const before = slice.baseline?.[metric];
        if (value === undefined) return '—';
        if (before === undefined || !Number.isFinite(before) || !Number.isFinite(value)) return formatNumber(value);
        return `${formatNumber(value)} (${changeMark(ctx.direction(metric), value - before)} ${formatSigned(value - before, 3)})`;
      }),
      rulesMark(rules),
    ];
  });
  const headers = [escapeMarkdown(sliceSet.column, 60), 'rows', ...metrics.map(code), 'verdict'];
  const body = [
    table(headers, rows, ['left', 'right', ...metrics.map(() => 'right' as const), 'center']),
    sliceSet.slices.some((s) => s.baseline) ? 'Each figure is the candidate\'s, with its change from the baseline on the same slice.' : '',
  ].filter(Boolean).join('\n\n');
  const failed = sliceRules.some((r) => !r.passed);
  return details(`Slices by ${sliceSet.column} (${sliceSet.slices.length})`, body, failed);
}
