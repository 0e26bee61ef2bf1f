import type { Direction, OperationalFigures } from '../evaluate/types.js';
import type { ReportContext } from './context.js';
import { formatBytes, formatCount, formatMs, formatNumber, formatPercent } from './format.js';
import { changeMark, rulesMark } from './marks.js';
import { escapeMarkdown, heading, table } from './markdown.js';

interface Figure {
  label: string;
  value: (op: OperationalFigures) => number;
  show: (x: number) => string;
  direction: Direction;
  /** the policy budget that limits this figure */
  budget?: string;
}

const FIGURES: Figure[] = [
  { label: 'model size', value: (op) => op.modelSizeBytes, show: formatBytes, direction: 'lower', budget: 'model_size_mb' },
  { label: 'latency per batch, p50', value: (op) => op.batchLatencyP50, show: formatMs, direction: 'lower' },
  { label: 'latency per batch, p95', value: (op) => op.batchLatencyP95, show: formatMs, direction: 'lower', budget: 'latency_p95_ms_per_batch' },
  { label: 'latency per row, p50', value: (op) => op.rowLatencyP50, show: formatMs, direction: 'lower' },
  { label: 'latency per row, p95', value: (op) => op.rowLatencyP95, show: formatMs, direction: 'lower', budget: 'latency_p95_ms_per_row' },
  { label: 'throughput', value: (op) => op.rowsPerSecond, show: (x) => `${formatNumber(x, 3)} rows/s`, direction: 'higher', budget: 'min_rows_per_second' },
];

/** Size, latency and throughput, against the baseline model's when it ran here. */
export function operationalSection(ctx: ReportContext): string {
  const candidate = ctx.result.operational;
  const baseline = ctx.result.baselineOperational;
  const budgets = ctx.result.gate.rules.filter((r) => r.kind === 'budget');
  const rows = FIGURES.map((figure) => {
    const now = figure.value(candidate);
    const before = baseline ? figure.value(baseline) : undefined;
    const rules = budgets.filter((r) => r.metric === figure.budget);
    return [
      figure.label,
      before === undefined ? '—' : figure.show(before),
      figure.show(now),
      before === undefined ? '—' : `${changeMark(figure.direction, now - before)} ${before === 0 ? '' : formatPercent((now - before) / before, 3, true)}`.trim(),
      escapeMarkdown(rules.map((r) => r.description).join('; ')),
      rulesMark(rules),
    ];
  });
  const samples = candidate.latencySamples ?? candidate.batches;
  const repeats = samples > candidate.batches ? `, latencies over ${samples} timed runs (the first batch repeated)` : '';
  const fixed = candidate.fixedBatchSize
    ? ` The model's input fixes the batch at ${formatCount(candidate.fixedBatchSize)} row${candidate.fixedBatchSize === 1 ? '' : 's'}; exported with a dynamic batch dimension (dynamic_axes in torch.onnx.export) it would run in fewer, larger batches.`
    : '';
  const note = `Inference in ${candidate.batches} batch${candidate.batches === 1 ? '' : 'es'} of up to ${formatCount(candidate.batchSize)} row${candidate.batchSize === 1 ? '' : 's'}${repeats}, after an untimed warm-up run; timings vary between runners, so compare them within one run.${fixed}`;
  return [
    heading(ctx.level, 'Operational figures'),
    table(['figure', 'baseline', 'candidate', 'change', 'budget', 'verdict'], rows, ['left', 'right', 'right', 'right', 'left', 'center']),
    note,
  ].join('\n\n');
}
