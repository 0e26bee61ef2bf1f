import type { RuleFinding } from '../../shared/deploy/canary-analysis.js';
import { parseSteps, RolloutController, type Judgement, type RolloutPlan } from '../../shared/deploy/rollout-controller.js';

const plan: RolloutPlan = { steps: [10, 50, 100], count: 2, failureLimit: 0, inconclusiveLimit: 2, intervalMs: 1000 };
const slow: RuleFinding = { rule: 'latency_p95', passed: false, text: 'p95 latency of the canary: 240.0 ms; ceiling 100 ms.', figures: { p95_seconds: 0.24 }, line: 4 };
const few: RuleFinding = { rule: 'min_requests', passed: null, text: 'The canary served 3 requests.', figures: { requests: 3 }, line: 0 };
const pass: Judgement = { outcome: 'pass', findings: [] };
const fail: Judgement = { outcome: 'fail', findings: [slow] };
const inconclusive: Judgement = { outcome: 'inconclusive', findings: [few] };

describe('RolloutController', () => {
  test('steps through the weights, each held for count passing analyses, then promotes', () => {
    const c = new RolloutController(plan);
    const decisions = [c.start(0), c.weightSet(0)];
    let now = 0;
    for (let i = 0; i < 6; i++) {
      now += 1000;
      const d = c.judged(pass, now);
      decisions.push(d);
      if (d.kind === 'set-weight') decisions.push(c.weightSet(now));
    }
    expect(decisions.map((d) => d.kind === 'set-weight' ? `weight ${d.weight}` : d.kind)).toEqual([
      'weight 10', 'analyse', 'analyse', 'weight 50', 'analyse', 'analyse', 'weight 100', 'analyse', 'analyse', 'promote',
    ]);
    expect(decisions[1]).toEqual({ kind: 'analyse', weight: 10, step: 0, until: 1000 });
    expect(c.history).toHaveLength(6);
  });

  test('a failed analysis rolls back at once with failure-limit 0, naming the rule and its figures', () => {
    const c = new RolloutController(plan);
    c.start(0);
    c.weightSet(0);
    expect(c.judged(pass, 1000).kind).toBe('analyse');
    expect(c.judged(fail, 2000)).toEqual({ kind: 'rollback', because: slow.text, findings: [slow], inconclusive: false, at: 2000 });
    expect(() => c.judged(pass, 3000)).toThrow('already ended');
  });

  test('failure-limit 1 tolerates one failure and the failed analysis does not count as a pass', () => {
    const c = new RolloutController({ ...plan, steps: [100], failureLimit: 1 });
    c.start(0);
    c.weightSet(0);
    const tolerated = c.judged(fail, 1000);
    expect(tolerated.kind).toBe('analyse');
    expect(tolerated.kind === 'analyse' && tolerated.because).toContain('failed analysis 1 of the 1 tolerated');
    expect(c.judged(pass, 2000).kind).toBe('analyse');
    expect(c.judged(pass, 3000).kind).toBe('promote');
  });

  test('inconclusive analyses pause at the same weight and never pass; too many in a row roll back', () => {
    const c = new RolloutController(plan);
    c.start(0);
    c.weightSet(0);
    const first = c.judged(inconclusive, 1000);
    expect(first).toEqual({ kind: 'pause', weight: 10, step: 0, until: 2000, because: 'inconclusive (1 of 2 tolerated in a row): The canary served 3 requests.' });
    expect(c.judged(inconclusive, 2000).kind).toBe('pause');
    const last = c.judged({ ...inconclusive, problem: 'metrics unreachable: connect ECONNREFUSED' }, 3000);
    expect(last.kind).toBe('rollback');
    expect(last.kind === 'rollback' && last.inconclusive).toBe(true);
    expect(last.kind === 'rollback' && last.because).toContain('3 inconclusive analyses in a row: metrics unreachable');
  });

  test('a pass between inconclusive analyses resets the count in a row', () => {
    const c = new RolloutController({ ...plan, steps: [100], count: 3, inconclusiveLimit: 1 });
    c.start(0);
    c.weightSet(0);
    expect(c.judged(inconclusive, 1).kind).toBe('pause');
    expect(c.judged(pass, 2).kind).toBe('analyse');
    expect(c.judged(inconclusive, 3).kind).toBe('pause');
    expect(c.judged(pass, 4).kind).toBe('analyse');
    expect(c.judged(pass, 5).kind).toBe('promote');
  });
});

describe('parseSteps', () => {
  test('reads rising percentages and explains bad ones', () => {
    expect(parseSteps('10, 50 100')).toEqual([10, 50, 100]);
    expect(parseSteps('10, 5')).toBe('the weights must rise, but 5 follows 10');
    expect(parseSteps('0, 50')).toBe('"0" is not a whole percentage from 1 to 100');
    expect(parseSteps(' ')).toBe('no steps given');
  });
});
