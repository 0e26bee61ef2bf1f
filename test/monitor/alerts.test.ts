import { judgeWindows, type JudgedWindow } from '../../shared/monitor/alerts.js';
import { parseMonitorPolicy } from '../../shared/monitor/policy.js';

const w = (figures: Record<string, number | null>, rows = 100, baseline = false): JudgedWindow => ({ rows, figures, baseline });

describe('alert rules over windows', () => {
  it('fires only after `consecutive` breaching windows in a row; thin windows are not judged', () => {
    const policy = parseMonitorPolicy('min_rows: 50\nalerts:\n  missing_share: { max: 0.1, consecutive: 2 }\n', 'p.yml');
    const windows = [w({ missing_share: 0.2 }), w({ missing_share: 0.05 }), w({ missing_share: 0.3 }), w({ missing_share: 0.9 }, 10), w({ missing_share: 0.25 })];
    const [a] = judgeWindows(policy, windows, undefined);
    expect(a!.breaches).toEqual([true, false, true, null, true]);
    expect(a!.firing).toBe(true);
    expect(a!.latest).toBe(0.25);
    const [b] = judgeWindows(policy, windows.slice(0, 3), undefined);
    expect(b!.firing).toBe(false);
  });

  it('sigma bands come from the baseline windows (mean ± k·σ, sample σ), which are not judged themselves', () => {
    const policy = parseMonitorPolicy('baseline_windows: 4\nalerts:\n  rows: { sigma: 3 }\n', 'p.yml');
    const counts = [1000, 1100, 900, 1000];
    const windows = [...counts.map((n) => w({ rows: n }, n, true)), w({ rows: 1200 }, 1200), w({ rows: 700 }, 700)];
    const [a] = judgeWindows(policy, windows, undefined);
    const mean = 1000;
    const sd = Math.sqrt(counts.reduce((s, n) => s + (n - mean) ** 2, 0) / 3);
    expect(a!.low).toBeCloseTo(mean - 3 * sd, 9);
    expect(a!.high).toBeCloseTo(mean + 3 * sd, 9);
    expect(a!.breaches).toEqual([null, null, null, null, false, true]);
    expect(a!.firing).toBe(true);
  });

  it('max_drop is measured from the gated value in the metric\'s own direction', () => {
    const policy = parseMonitorPolicy('alerts:\n  accuracy: { max_drop: 0.05 }\n  log_loss: { max_drop: 0.1 }\n', 'p.yml');
    const [acc, loss] = judgeWindows(policy, [w({ accuracy: 0.88, log_loss: 0.35 })], { accuracy: 0.95, log_loss: 0.2 });
    expect(acc!.low).toBeCloseTo(0.9, 12);
    expect(acc!.firing).toBe(true);
    expect(loss!.high).toBeCloseTo(0.3, 12);
    expect(loss!.firing).toBe(true);
    // no gated value, no limit: nothing fires and the rule says why
    const [none] = judgeWindows(policy, [w({ accuracy: 0.1 })], undefined);
    expect(none!.firing).toBe(false);
    expect(none!.id).toMatch(/no limit/);
  });
});
