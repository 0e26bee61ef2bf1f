import { readdirSync, readFileSync } from 'node:fs';
import { isUserError, type UserError } from '../../shared/errors.js';
import { BUILTIN_METRICS, DEFAULT_DIRECTIONS, loadGatePolicy } from '../../shared/gate/index.js';
import { parseGatePolicy } from '../../shared/gate/load-policy.js';
import { metricInfo } from '../../shared/metrics/registry.js';
import { fixturePath } from './breast-cancer-result.js';

const brokenDir = fixturePath('gate/broken/');

/** Each broken fixture marks the line of its mistake with "# error: <words the message must hold>". */
function expectedError(file: string): { line: number; words: string } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes('# error:'));
  return { line: index + 1, words: lines[index]!.split('# error:')[1]!.trim() };
}

async function loadError(file: string): Promise<UserError> {
  try {
    await loadGatePolicy(file);
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error(`${file} was accepted`);
}

describe('loadGatePolicy on valid files', () => {
  test('reads every kind of rule with the line it stands on', async () => {
    const file = fixturePath('gate/full.yml');
    const text = readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: string, after = 0) => text.findIndex((l, i) => i >= after && l.includes(needle)) + 1;
    const policy = await loadGatePolicy(file);

    expect(policy.file).toBe(file);
    expect(policy.significance).toBe(0.05);
    expect(policy.failOnMissingMetric).toBe(true);
    expect(policy.metrics.map((m) => m.metric)).toEqual(['accuracy', 'roc_auc', 'log_loss', 'recall', 'f1', 'brier']);

    const accuracy = policy.metrics[0]!;
    expect(accuracy.line).toBe(lineOf('  accuracy:'));
    expect(accuracy.thresholds).toEqual([{ kind: 'threshold', bound: 'min', limit: 0.9, line: lineOf('min: 0.9') }]);
    expect(accuracy.changes).toEqual([{ kind: 'change', limitType: 'max_drop', limit: 0.02, line: lineOf('max_drop: 0.02') }]);

    // shorthands become min / max
    expect(policy.metrics[1]!.thresholds).toEqual([{ kind: 'threshold', bound: 'min', limit: 0.95, line: lineOf('roc_auc:') }]);
    expect(policy.metrics[5]!.thresholds).toEqual([{ kind: 'threshold', bound: 'max', limit: 0.05, line: lineOf('brier:') }]);
    // "10%" is the fraction 0.1; 0.1 as a number is too
    expect(policy.metrics[2]!.changes[0]).toMatchObject({ limitType: 'max_relative_drop', limit: 0.1 });
    expect(policy.metrics[4]!.changes.map((c) => [c.limitType, c.limit])).toEqual([['min_gain', 0.05], ['min_relative_gain', 0.1]]);

    expect(policy.budgets).toEqual([
      { budget: 'model_size_mb', limit: 5, line: lineOf('model_size_mb') },
      { budget: 'latency_p95_ms_per_batch', limit: 500, line: lineOf('latency_p95_ms_per_batch') },
      { budget: 'latency_p95_ms_per_row', limit: 1, line: lineOf('latency_p95_ms_per_row') },
      { budget: 'min_rows_per_second', limit: 100, line: lineOf('min_rows_per_second') },
    ]);

    const slices = policy.slices!;
    expect(slices).toMatchObject({ column: 'size', minRows: 10, line: lineOf('slices:') });
    expect(slices.everySlice[0]!.thresholds[0]).toMatchObject({ bound: 'min', limit: 0.95 });
    // a flow mapping on one line: both rules point at that line
    expect(slices.everySlice[0]!.thresholds[0]!.line).toBe(lineOf('accuracy: { min: 0.95'));
    expect(slices.everySlice[0]!.changes[0]!.line).toBe(lineOf('accuracy: { min: 0.95'));
    expect(slices.values).toEqual([
      { value: 'large', line: lineOf('large:'), rules: [expect.objectContaining({ metric: 'recall', line: lineOf('recall: { min: 0.9 }') })] },
    ]);
  });

  test('slice tests are corrected by Holm–Bonferroni unless the policy says otherwise', () => {
    const text = (extra: string) => `significance: 0.05\nslices:\n  column: region\n${extra}  every_slice:\n    accuracy: { max_drop: 0.02 }\n`;
    expect(parseGatePolicy(text(''), 'a.yml').slices!.correction).toBe('holm');
    expect(parseGatePolicy(text('  correction: bonferroni\n'), 'a.yml').slices!.correction).toBe('bonferroni');
    expect(parseGatePolicy(text('  correction: none\n'), 'a.yml').slices!.correction).toBe('none');
  });

  test('keeps direction overrides and admits a custom metric that declares its direction', async () => {
    const policy = await loadGatePolicy(fixturePath('gate/directions.yml'));
    expect(policy.directions).toEqual({ accuracy: 'lower', custom_score: 'higher' });
    expect(policy.failOnMissingMetric).toBe(false);
    expect(policy.significance).toBeNull();
    expect(policy.metrics.map((m) => m.metric)).toEqual(['accuracy', 'mae', 'custom_score']);
  });

  test('a missing file is a user error that names the input', async () => {
    const err = await loadError(fixturePath('gate/does-not-exist.yml'));
    expect(err.what).toContain('does not exist');
    expect(err.where).toBe('input policy');
  });
});

describe('loadGatePolicy on broken files', () => {
  const files = readdirSync(brokenDir).filter((f) => f.endsWith('.yml')).sort();

  test('there are broken fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  test.each(files)('%s is rejected at the marked line with a fix', async (name) => {
    const file = `${brokenDir}${name}`;
    const expected = expectedError(file);
    const err = await loadError(file);
    expect(err.location).toEqual({ file, line: expected.line });
    expect(err.where).toBe(`${file}:${expected.line}`);
    expect(err.message).toContain(expected.words);
    expect(err.fix && err.fix.length).toBeGreaterThan(10);
  });

  test('an unknown metric lists the known ones in the fix', async () => {
    const err = await loadError(`${brokenDir}unknown-metric.yml`);
    expect(err.fix).toContain('balanced_accuracy');
    expect(err.fix).toContain('custom metric');
  });
});

describe('the built-in metric table', () => {
  test('agrees with the metric registry on every direction', () => {
    for (const [metric, direction] of Object.entries(DEFAULT_DIRECTIONS)) {
      expect([metric, metricInfo(metric)?.direction]).toEqual([metric, direction]);
    }
  });

  test('every built-in metric is accepted by name', () => {
    const text = `metrics:\n${BUILTIN_METRICS.map((m) => `  ${m}: ">= 0"`).join('\n')}\n`;
    expect(parseGatePolicy(text, 'all.yml').metrics.map((m) => m.metric)).toEqual([...BUILTIN_METRICS]);
  });
});
