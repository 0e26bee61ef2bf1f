import { formatPercent } from '../report/format.js';
import { isPValueMethod, type DatasetDrift } from './drift/column-drift.js';
import type { RuleResult } from './rules/rule-result.js';

/** Drift as rules: a drifted column warns, the dataset rule fails when enough columns drift. */
export function driftResults(drift: DatasetDrift): RuleResult[] {
  const out: RuleResult[] = drift.columns.map((d) => {
    const test = isPValueMethod(d.method);
    return {
      id: `column.${d.column}.drift`,
      rule: 'drift',
      column: d.column,
      // a drifted column is a warning; the dataset rule decides whether drift fails the run
      verdict: d.drifted ? 'warn' : 'pass',
      message: `${d.method} ${test ? 'p-value' : 'distance'} ${d.value.toPrecision(4)} (drift at ${test ? '≤' : '≥'} ${d.threshold})${d.approximate ? ' on a sample' : ''}`,
      expected: `${test ? '>' : '<'} ${d.threshold}`,
      observed: String(d.value),
    };
  });
  out.push({
    id: 'dataset.drift',
    rule: 'dataset_drift',
    verdict: drift.drifted ? 'fail' : 'pass',
    message: `${drift.driftedColumns} of ${drift.testedColumns} columns drifted${drift.driftedColumns ? ` (${drift.columns.filter((c) => c.drifted).map((c) => c.column).slice(0, 10).join(', ')})` : ''}; the dataset drifts when at least ${formatPercent(drift.driftShare)} do`,
    expected: `share < ${drift.driftShare}`,
    observed: String(drift.share),
  });
  return out;
}
