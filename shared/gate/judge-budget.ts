import type { OperationalFigures, RuleVerdict } from '../evaluate/types.js';
import { formatMs, formatNumber } from '../report/format.js';
import { atLeast, atMost } from './change.js';
import type { BudgetName, BudgetRule } from './policy-types.js';
import { plainNumber } from './rule-text.js';

interface BudgetMeaning {
  /** the figure, in the budget's unit */
  figure: (op: OperationalFigures) => number;
  bound: 'max' | 'min';
  show: (x: number) => string;
  what: (op: OperationalFigures) => string;
}

const MEGABYTE = 1_000_000;

const BUDGETS: Record<BudgetName, BudgetMeaning> = {
  latency_p95_ms_per_batch: {
    figure: (op) => op.batchLatencyP95,
    bound: 'max',
    show: formatMs,
    what: (op) => `p95 latency per batch (${op.batches} batch${op.batches === 1 ? '' : 'es'} of up to ${op.batchSize} rows)`,
  },
  latency_p95_ms_per_row: { figure: (op) => op.rowLatencyP95, bound: 'max', show: formatMs, what: () => 'p95 latency per row' },
  model_size_mb: { figure: (op) => op.modelSizeBytes / MEGABYTE, bound: 'max', show: (x) => `${formatNumber(x)} MB`, what: () => 'model size' },
  min_rows_per_second: { figure: (op) => op.rowsPerSecond, bound: 'min', show: (x) => `${formatNumber(x)} rows/s`, what: () => 'throughput' },
};

export function judgeBudget(rule: BudgetRule, operational: OperationalFigures): RuleVerdict {
  const meaning = BUDGETS[rule.budget];
  const actual = meaning.figure(operational);
  const limit = meaning.show(rule.limit);
  const common = {
    id: `${rule.budget} ${meaning.bound === 'max' ? '<=' : '>='} ${plainNumber(rule.limit)}`,
    metric: rule.budget,
    kind: 'budget' as const,
    description: `${meaning.bound === 'max' ? '≤' : '≥'} ${limit}`,
    actual,
    policyLine: rule.line,
  };
  const what = `The ${meaning.what(operational)} is ${meaning.show(actual)}`;
  if (meaning.bound === 'max') {
    const passed = atMost(actual, rule.limit);
    return { ...common, passed, message: passed ? `${what}, within the budget of ${limit}.` : `${what}, over the budget of ${limit}.` };
  }
  const passed = atLeast(actual, rule.limit);
  return { ...common, passed, message: passed ? `${what}, at least the required ${limit}.` : `${what}, below the required ${limit}.` };
}
