import type { RuleVerdict } from '../evaluate/types.js';
import type { ReportContext } from './context.js';
import { formatDrop } from './power-section.js';
import { formatCount, formatNumber, formatSigned } from './format.js';
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

  // the smallest detectable drop of the first drop rule judged with a paired test, per slice
  const powerRule = sliceRules.find((r) => r.detectableDrop);
  const powerId = powerRule?.id.slice(powerRule.id.indexOf(': ') + 2);
  const rows = sliceSet.slices.map((slice) => {
    const rules = sliceRules.filter((r) => r.slice!.value === slice.value);
    const power = powerId ? rules.find((r) => r.id.endsWith(`: ${powerId}`))?.detectableDrop : undefined;
    return [
      escapeMarkdown(slice.value, 80),
      formatCount(slice.rows),
      ...metrics.map((metric) => {
        const value = slice.metrics[metric];
        const before = slice.baseline?.[metric];
        if (value === undefined) return '—';
        if (before === undefined || !Number.isFinite(before) || !Number.isFinite(value)) return formatNumber(value);
        return `${formatNumber(value)} (${changeMark(ctx.direction(metric), value - before)} ${formatSigned(value - before, 3)})`;
      }),
      ...(powerRule ? [power ? formatDrop(powerRule.metric, power) : '—'] : []),
      rulesMark(rules),
    ];
  });
  const headers = [escapeMarkdown(sliceSet.column, 60), 'rows', ...metrics.map(code), ...(powerRule ? [`smallest detectable ${code(powerRule.metric)} drop`] : []), 'verdict'];
  const body = [
    table(headers, rows, ['left', 'right', ...metrics.map(() => 'right' as const), ...(powerRule ? ['right' as const] : []), 'center']),
    sliceSet.slices.some((s) => s.baseline) ? 'Each figure is the candidate\'s, with its change from the baseline on the same slice.' : '',
    familySentence(sliceRules),
  ].filter(Boolean).join('\n\n');
  const failed = sliceRules.some((r) => !r.passed);
  return details(`Slices by ${sliceSet.column} (${sliceSet.slices.length})`, body, failed);
}

/** How the slices' drop tests were corrected for their number, as the gate did it. */
function familySentence(rules: RuleVerdict[]): string {
  const tested = rules.filter((r) => r.test);
  if (tested.length === 0) return '';
  const family = tested.find((r) => r.test!.family)?.test!.family;
  const alpha = tested[0]!.test!.alpha;
  const inconclusive = tested.filter((r) => r.inconclusive).length;
  const how = family
    ? `${family.correction === 'holm' ? 'Holm–Bonferroni' : 'Bonferroni'} over the ${family.size} slice tests, so that equal models fail a slice rule in at most α/2 of evaluations however many slices there are`
    : 'without a correction for their number (slices.correction: none), so each slice may fail on noise at its own α/2';
  const warn = inconclusive ? ` ⚠️ ${inconclusive} slice rule(s) were inconclusive: too few rows where the models disagree for the test ever to show a drop.` : '';
  return `Slice drop rules are judged by a paired test on each slice's rows (α = ${formatNumber(alpha, 3)}), ${how}.${warn}`;
}
