import { isUserError, type UserError } from '../../shared/errors.js';
import { loadRolloutPolicy, parseRolloutPolicy } from '../../shared/deploy/rollout-policy.js';

function errorOf(text: string): UserError {
  try {
    parseRolloutPolicy(text, '.mlci/rollout.yml');
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error('the policy was accepted');
}

describe('parseRolloutPolicy', () => {
  test('reads every rule with the line it stands on', () => {
    const policy = parseRolloutPolicy(
      ['version: 1', 'min_requests: 50', 'max_error_rate: 0.01', 'latency_p95:', '  max_ms: 250', '  max_ratio_to_stable: 1.5', 'prediction_drift:', '  method: psi', '  threshold: 0.2', 'max_shadow_disagreement: 0.05', 'failure_limit: 1', 'inconclusive_limit: 2', ''].join('\n'),
      'rollout.yml',
    );
    expect(policy).toEqual({
      file: 'rollout.yml',
      minRequests: 50,
      maxErrorRate: { limit: 0.01, line: 3 },
      latencyP95: { maxMs: 250, maxRatioToStable: 1.5, line: 4 },
      predictionDrift: { method: 'psi', threshold: 0.2, line: 7 },
      maxShadowDisagreement: { limit: 0.05, line: 10 },
      failureLimit: 1,
      inconclusiveLimit: 2,
    });
  });

  test('a drift rule without a threshold takes the drift method default of validate-data', () => {
    const policy = parseRolloutPolicy('prediction_drift:\n  method: chisquare\n', 'r.yml');
    expect(policy.predictionDrift).toEqual({ method: 'chisquare', threshold: 0.05, line: 1 });
    expect(policy.minRequests).toBe(50);
    expect(policy.failureLimit).toBe(0);
  });

  test('a misspelt key is named at its line, with the likely key', () => {
    const err = errorOf('max_error_rate: 0.01\nlatency_p95:\n  max_msec: 200\n');
    expect(err.location).toEqual({ file: '.mlci/rollout.yml', line: 3 });
    expect(err.what).toContain('Unknown key "max_msec" in "latency_p95". Did you mean "max_ms"?');
  });

  test('a rate above 1 is refused at its line with the fix for a fraction', () => {
    const err = errorOf('min_requests: 10\nmax_error_rate: 5\n');
    expect(err.location?.line).toBe(2);
    expect(err.what).toContain('"max_error_rate" is 5, but it must be <= 1');
    expect(err.fix).toContain('0.01 means 1%');
  });

  test('an unknown drift method lists the methods', () => {
    const err = errorOf('prediction_drift:\n  method: kl\n');
    expect(err.location?.line).toBe(2);
    expect(err.fix).toBe('Use one of: psi, jensenshannon, chisquare.');
  });

  test('a chi-square threshold that is not a p-value is refused', () => {
    const err = errorOf('prediction_drift:\n  method: chisquare\n  threshold: 2\n');
    expect(err.location?.line).toBe(3);
    expect(err.what).toContain('p-value');
  });

  test('broken YAML, an empty file and a policy without rules are each refused', () => {
    expect(errorOf('max_error_rate: [0.01\n').what).toContain('The rollout policy is not usable: it is not valid YAML');
    expect(errorOf('# nothing\n').what).toBe('The rollout policy is empty.');
    expect(errorOf('min_requests: 10\nfailure_limit: 2\n').what).toContain('sets no rule');
  });

  test('the demo\'s policy and the example in docs/deploy.md are valid', async () => {
    const demo = await loadRolloutPolicy(new URL('../../examples/demo/.mlci/rollout.yml', import.meta.url).pathname);
    expect(demo.minRequests).toBe(20);
    const { readFileSync } = await import('node:fs');
    const docs = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const example = /```yaml\n(version: 1[\s\S]*?)```/.exec(docs)![1]!;
    expect(parseRolloutPolicy(example, 'docs/deploy.md').latencyP95).toEqual({ maxMs: 250, maxRatioToStable: 1.5, line: 4 });
  });
});
