import { readFileSync } from 'node:fs';
import type { RuleVerdict } from '../../shared/evaluate/types.js';
import { applyOverride, evaluateGate, isSkipped, loadGatePolicy } from '../../shared/gate/index.js';
import { parseGatePolicy } from '../../shared/gate/load-policy.js';
import { isUserError } from '../../shared/errors.js';
import { breastCancerResult, candidate, fixturePath, sliceFixture, weak } from './breast-cancer-result.js';

const c = candidate.metrics;
const b = weak.metrics;
const fullPolicyFile = fixturePath('gate/full.yml');

function rule(rules: RuleVerdict[], id: string): RuleVerdict {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in ${rules.map((r) => r.id).join(', ')}`);
  return found;
}

describe('evaluateGate without a policy', () => {
  test('gates nothing, explicitly', () => {
    expect(evaluateGate(null, breastCancerResult())).toEqual({ policy: null, gated: false, passed: true, rules: [] });
  });
});

describe('evaluateGate with the full policy on the breast-cancer pair', () => {
  test('judges every rule against scikit-learn figures', async () => {
    const policy = await loadGatePolicy(fullPolicyFile);
    const verdict = evaluateGate(policy, breastCancerResult({ slices: true, pValues: { recall: 0.01 } }));
    expect(verdict.policy).toBe(fullPolicyFile);
    expect(verdict.gated).toBe(true);

    const r = verdict.rules;
    expect(rule(r, 'accuracy >= 0.9')).toMatchObject({ kind: 'threshold', passed: true, actual: c.accuracy });
    // accuracy rose, so its "drop" is negative
    expect(rule(r, 'accuracy drop <= 0.02').actual).toBeCloseTo(b.accuracy! - c.accuracy!, 12);
    expect(rule(r, 'accuracy drop <= 0.02').passed).toBe(true);
    expect(rule(r, 'roc_auc >= 0.95')).toMatchObject({ passed: true, actual: c.roc_auc });
    expect(rule(r, 'log_loss <= 0.2')).toMatchObject({ passed: true, actual: c.log_loss });
    // log_loss fell: for a lower-is-better metric that is a gain, not a drop
    const logLossRelativeDrop = (c.log_loss! - b.log_loss!) / b.log_loss!;
    expect(rule(r, 'log_loss relative drop <= 10%').actual).toBeCloseTo(logLossRelativeDrop, 12);
    expect(rule(r, 'log_loss relative drop <= 10%').passed).toBe(true);
    expect(rule(r, 'log_loss relative drop <= 10%').message).toContain('log_loss improved');

    // recall fell from 0.9907 to 0.9720, more than 0.01, and p = 0.01 < 0.05
    const recallDrop = b.recall! - c.recall!;
    expect(recallDrop).toBeGreaterThan(0.01);
    const recall = rule(r, 'recall drop <= 0.01');
    expect(recall.actual).toBeCloseTo(recallDrop, 12);
    expect(recall.passed).toBe(false);
    expect(recall.message).toContain('significant (p = 0.01 < 0.05)');
    expect(recall.description).toContain('if significant at α = 0.05');

    // f1 gained 0.083 absolute (≥ 0.05) but only 9.2% relative (< 10%)
    expect(rule(r, 'f1 gain >= 0.05')).toMatchObject({ passed: true });
    expect(rule(r, 'f1 gain >= 0.05').actual).toBeCloseTo(c.f1! - b.f1!, 12);
    const f1Relative = rule(r, 'f1 relative gain >= 10%');
    expect(f1Relative.actual).toBeCloseTo((c.f1! - b.f1!) / b.f1!, 12);
    expect(f1Relative.passed).toBe(false);
    expect(f1Relative.message).toMatch(/less than the required 10%/);
    expect(rule(r, 'brier <= 0.05')).toMatchObject({ passed: true, actual: c.brier });

    expect(rule(r, 'model_size_mb <= 5')).toMatchObject({ kind: 'budget', passed: true, actual: 1834 / 1e6 });
    expect(rule(r, 'latency_p95_ms_per_batch <= 500')).toMatchObject({ passed: true, actual: 1.4 });
    expect(rule(r, 'latency_p95_ms_per_row <= 1')).toMatchObject({ passed: true, actual: 0.022 });
    expect(rule(r, 'min_rows_per_second >= 100')).toMatchObject({ passed: true, actual: 61000 });

    // slices: accuracy on "small" fell from 0.9867 to 0.9733 (no paired test per slice)
    const small = sliceFixture.slices.small!;
    const smallDrop = rule(r, 'slice size=small: accuracy drop <= 0.01');
    expect(smallDrop.slice).toEqual({ column: 'size', value: 'small' });
    expect(smallDrop.actual).toBeCloseTo(small.baseline.accuracy! - small.candidate.accuracy!, 12);
    expect(smallDrop.passed).toBe(false);
    expect(smallDrop.message).toContain('point estimate decides');
    expect(rule(r, 'slice size=small: accuracy >= 0.95')).toMatchObject({ passed: true, actual: small.candidate.accuracy });
    expect(rule(r, 'slice size=large: accuracy drop <= 0.01').passed).toBe(true);
    expect(rule(r, 'slice size=large: recall >= 0.9')).toMatchObject({ passed: true, actual: sliceFixture.slices.large!.candidate.recall });
    // named-value rules apply to their slice only
    expect(r.some((x) => x.id === 'slice size=small: recall >= 0.9')).toBe(false);

    expect(verdict.passed).toBe(false);
    expect(r.filter((x) => !x.passed).map((x) => x.id).sort()).toEqual(
      ['f1 relative gain >= 10%', 'recall drop <= 0.01', 'slice size=small: accuracy drop <= 0.01'].sort(),
    );
  });

  test('every rule points at its line in the policy file', async () => {
    const lines = readFileSync(fullPolicyFile, 'utf8').split('\n');
    const verdict = evaluateGate(await loadGatePolicy(fullPolicyFile), breastCancerResult({ slices: true }));
    // the policy key each kind of rule is written with
    const keyOf = (r: RuleVerdict): RegExp => {
      if (r.kind === 'budget') return new RegExp(`${r.metric}:`);
      if (r.kind === 'threshold') return r.id.includes('>=') ? /min:|">=/ : /max:|"<=/;
      const limitKey = r.id.includes('relative drop') ? 'max_relative_drop' : r.id.includes('relative gain') ? 'min_relative_gain' : r.id.includes('drop') ? 'max_drop' : 'min_gain';
      return new RegExp(`${limitKey}:`);
    };
    // 9 metric rules, 4 budgets, every_slice's 2 rules on 2 slices, 1 rule for "large"
    expect(verdict.rules.length).toBe(18);
    for (const r of verdict.rules) {
      expect(lines[r.policyLine! - 1]).toMatch(keyOf(r));
    }
  });

  test('a drop that is not significant passes, and says why', async () => {
    const verdict = evaluateGate(await loadGatePolicy(fullPolicyFile), breastCancerResult({ pValues: { recall: 0.2 } }));
    const recall = rule(verdict.rules, 'recall drop <= 0.01');
    expect(recall.passed).toBe(true);
    expect(recall.message).toContain('not significant (p = 0.2 ≥ 0.05)');
  });

  test('without a p-value (baseline from a metrics file) the point estimate decides', async () => {
    const verdict = evaluateGate(await loadGatePolicy(fullPolicyFile), breastCancerResult());
    const recall = rule(verdict.rules, 'recall drop <= 0.01');
    expect(recall.passed).toBe(false);
    expect(recall.message).toContain('point estimate decides');
  });

  test('a per-metric significance overrides the policy-wide one', () => {
    const policy = parseGatePolicy('significance: 0.05\nmetrics:\n  recall: { max_drop: 0.01, significance: 0.001 }\n', 'inline.yml');
    const verdict = evaluateGate(policy, breastCancerResult({ pValues: { recall: 0.01 } }));
    expect(verdict.rules[0]).toMatchObject({ passed: true, policyLine: 3 });
    expect(verdict.rules[0]!.message).toContain('p = 0.01 ≥ 0.001');
  });
});

describe('direction awareness', () => {
  const policy = parseGatePolicy('metrics:\n  log_loss: { max_drop: 0.05 }\n  accuracy: { max_drop: 0.05 }\n', 'inline.yml');

  test('a fall in log_loss is an improvement', () => {
    const verdict = evaluateGate(policy, breastCancerResult());
    expect(rule(verdict.rules, 'log_loss drop <= 0.05').passed).toBe(true);
    expect(verdict.passed).toBe(true);
  });

  test('with the models swapped, the rise in log_loss and the fall in accuracy are drops', () => {
    const swapped = { ...breastCancerResult({ baseline: false }), metrics: weak.metrics, baseline: candidate.metrics };
    const verdict = evaluateGate(policy, swapped);
    const logLoss = rule(verdict.rules, 'log_loss drop <= 0.05');
    expect(logLoss.actual).toBeCloseTo(b.log_loss! - c.log_loss!, 12);
    expect(logLoss.passed).toBe(false);
    expect(logLoss.message).toContain('log_loss worsened');
    expect(rule(verdict.rules, 'accuracy drop <= 0.05').passed).toBe(false);
  });

  test('a drop is read on the down side for higher-is-better metrics and the up side for lower-is-better ones', () => {
    const policy = parseGatePolicy('significance: 0.05\nmetrics:\n  accuracy: { max_drop: 0 }\n  log_loss: { max_drop: 0 }\n', 'inline.yml');
    const swapped = { ...breastCancerResult({ baseline: false }), metrics: weak.metrics, baseline: candidate.metrics };
    const delta = (metric: string, down: number, up: number) => ({
      metric,
      baseline: candidate.metrics[metric]!,
      candidate: weak.metrics[metric]!,
      absolute: weak.metrics[metric]! - candidate.metrics[metric]!,
      relative: null,
      pValue: 2 * Math.min(down, up),
      pValueDown: down,
      pValueUp: up,
    });
    // accuracy fell (down side p = 0.001), log_loss rose (up side p = 0.001): both are drops, both significant
    const verdict = evaluateGate(policy, { ...swapped, deltas: { accuracy: delta('accuracy', 0.001, 0.999), log_loss: delta('log_loss', 0.999, 0.001) } });
    expect(verdict.rules.map((r) => [r.id, r.passed, r.test?.pValue])).toEqual([
      ['accuracy drop <= 0', false, 0.002],
      ['log_loss drop <= 0', false, 0.002],
    ]);
    // the other side's p-value never fails a drop rule
    const otherSide = evaluateGate(policy, { ...swapped, deltas: { accuracy: delta('accuracy', 0.999, 0.001), log_loss: delta('log_loss', 0.001, 0.999) } });
    expect(otherSide.rules.map((r) => [r.passed, r.test?.pValue])).toEqual([[true, 1], [true, 1]]);
  });

  test('a direction override in the policy turns the judgement round', async () => {
    const verdict = evaluateGate(await loadGatePolicy(fixturePath('gate/directions.yml')), breastCancerResult());
    const accuracy = rule(verdict.rules, 'accuracy drop <= 0.01');
    expect(accuracy.passed).toBe(false);
    expect(accuracy.actual).toBeCloseTo(c.accuracy! - b.accuracy!, 12);
  });
});

describe('missing figures', () => {
  test('change rules are skipped without a baseline; value rules still apply', async () => {
    const verdict = evaluateGate(await loadGatePolicy(fullPolicyFile), breastCancerResult({ baseline: false, slices: true }));
    const changes = verdict.rules.filter((r) => r.kind === 'change');
    // 5 at the top level, and every_slice's max_drop on each of the 2 slices
    expect(changes.length).toBe(7);
    for (const r of changes) {
      expect(r).toMatchObject({ passed: true, actual: null });
      expect(r.message).toContain('No baseline');
      expect(isSkipped(r)).toBe(true);
    }
    expect(rule(verdict.rules, 'accuracy >= 0.9').actual).toBe(c.accuracy);
    expect(verdict.passed).toBe(true);
  });

  test('fail_on_missing_metric decides about metrics the evaluation lacks', async () => {
    const lenient = evaluateGate(await loadGatePolicy(fixturePath('gate/directions.yml')), breastCancerResult());
    expect(rule(lenient.rules, 'mae <= 10')).toMatchObject({ passed: true, actual: null });
    expect(rule(lenient.rules, 'mae <= 10').message).toContain('fail_on_missing_metric is false');
    expect(rule(lenient.rules, 'custom_score >= 0.5').passed).toBe(true);

    const strict = evaluateGate(parseGatePolicy('metrics:\n  rmse: "<= 10"\n', 'inline.yml'), breastCancerResult());
    expect(strict.rules[0]).toMatchObject({ id: 'rmse <= 10', passed: false, actual: null });
    expect(strict.rules[0]!.message).toContain('rmse is not in the evaluation');
    expect(strict.passed).toBe(false);
  });

  test('slice rules fail when the evaluation was not sliced', async () => {
    const verdict = evaluateGate(await loadGatePolicy(fullPolicyFile), breastCancerResult());
    const sliceRules = verdict.rules.filter((r) => r.slice);
    expect(sliceRules.map((r) => r.id)).toEqual([
      'slice size=(every slice): accuracy >= 0.95',
      'slice size=(every slice): accuracy drop <= 0.01',
      'slice size=large: recall >= 0.9',
    ]);
    for (const r of sliceRules) {
      expect(r.passed).toBe(false);
      expect(r.message).toContain('set the slice-column input of evaluate-gate to "size"');
    }
  });

  test('slices under min_rows are not judged, and a named value with no rows is reported', () => {
    const policy = parseGatePolicy(
      'slices:\n  column: size\n  min_rows: 80\n  every_slice:\n    accuracy: ">= 0.99"\n  values:\n    medium:\n      accuracy: ">= 0.5"\n',
      'inline.yml',
    );
    const verdict = evaluateGate(policy, breastCancerResult({ slices: true }));
    // small has 75 rows (< 80): skipped; large has 96 and accuracy 0.979 < 0.99: fails
    expect(rule(verdict.rules, 'slice size=small: accuracy >= 0.99')).toMatchObject({ passed: true, actual: null });
    expect(rule(verdict.rules, 'slice size=small: accuracy >= 0.99').message).toContain('75 rows, fewer than min_rows (80)');
    expect(rule(verdict.rules, 'slice size=large: accuracy >= 0.99')).toMatchObject({ passed: false, actual: sliceFixture.slices.large!.candidate.accuracy });
    const medium = rule(verdict.rules, 'slice size=medium: accuracy >= 0.5');
    expect(medium.passed).toBe(false);
    expect(medium.message).toContain('No rows have size = "medium"');
  });
});

describe('budgets', () => {
  test('an operational figure over its budget fails with the figure and the limit', () => {
    const policy = parseGatePolicy('budgets:\n  model_size_mb: 0.001\n  min_rows_per_second: 100000\n', 'inline.yml');
    const verdict = evaluateGate(policy, breastCancerResult());
    expect(verdict.rules[0]).toMatchObject({ id: 'model_size_mb <= 0.001', passed: false, actual: 1834 / 1e6, policyLine: 2 });
    expect(verdict.rules[0]!.message).toBe('The model size is 0.001834 MB, over the budget of 0.001 MB.');
    expect(verdict.rules[1]).toMatchObject({ passed: false, actual: 61000 });
    expect(verdict.rules[1]!.message).toContain('below the required 100,000 rows/s');
  });
});

describe('applyOverride', () => {
  const failing = () => evaluateGate(parseGatePolicy('metrics:\n  accuracy: ">= 0.99"\n', 'inline.yml'), breastCancerResult());

  test('forces a failed gate to pass and records who and why, keeping the rule verdicts', () => {
    const verdict = failing();
    expect(verdict.passed).toBe(false);
    const overridden = applyOverride(verdict, { by: 'octocat', reason: ' accepted for the release ' });
    expect(overridden.passed).toBe(true);
    expect(overridden.override).toEqual({ by: 'octocat', reason: 'accepted for the release' });
    expect(overridden.rules).toEqual(verdict.rules);
    expect(overridden.rules[0]!.passed).toBe(false);
  });

  test('leaves a passing gate alone and refuses an override without a reason', () => {
    const passing = evaluateGate(parseGatePolicy('metrics:\n  accuracy: ">= 0.9"\n', 'inline.yml'), breastCancerResult());
    expect(applyOverride(passing, { by: 'octocat', reason: 'x' })).toBe(passing);
    let caught: unknown;
    try {
      applyOverride(failing(), { by: 'octocat', reason: '  ' });
    } catch (err) {
      caught = err;
    }
    expect(isUserError(caught)).toBe(true);
  });
});
