import type { EvaluationResult } from '../../shared/evaluate/types.js';
import { applyOverride, evaluateGate, loadGatePolicy } from '../../shared/gate/index.js';
import { parseGatePolicy } from '../../shared/gate/load-policy.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import { breastCancerResult, candidate, fixturePath, weak, type ResultOptions } from '../gate/breast-cancer-result.js';
import { rowStartingWith, tableCells, tables } from './markdown-cells.js';

async function judged(options: ResultOptions = {}, policyFile: string | null = fixturePath('gate/full.yml')): Promise<EvaluationResult> {
  const result = breastCancerResult(options);
  return { ...result, gate: evaluateGate(policyFile ? await loadGatePolicy(policyFile) : null, result) };
}

/** Mermaid block bodies in the report. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('the verdict heading', () => {
  test('failed, with the count of failed rules', async () => {
    const report = renderEvaluationReport(await judged({ slices: true, pValues: { recall: 0.01 } }));
    expect(report.split('\n')[0]).toBe('## ❌ Model quality gate: failed (3 of 18 rules)');
  });

  test('passed', async () => {
    const report = renderEvaluationReport(await judged({}, fixturePath('gate/minimal.yml')));
    expect(report.split('\n')[0]).toBe('## ✅ Model quality gate: passed');
  });

  test('not gated says so, and shows the figures anyway', async () => {
    const report = renderEvaluationReport(await judged({}, null));
    expect(report.split('\n')[0]).toBe('## ℹ️ Model quality gate: not gated');
    expect(report).toContain('nothing was gated');
    expect(rowStartingWith(report, '`accuracy`')[2]).toBe('**0.9766**');
  });

  test('overridden, with who and why', async () => {
    const result = await judged({ slices: true, pValues: { recall: 0.01 } });
    const report = renderEvaluationReport({ ...result, gate: applyOverride(result.gate, { by: 'octocat', reason: 'recall drop accepted' }) });
    expect(report.split('\n')[0]).toBe('## ⚠️ Model quality gate: failed, overridden');
    expect(report).toContain('**overridden** by octocat: recall drop accepted');
    expect(report).toContain('Failed rules (overridden)');
  });

  test('heading level and title are options', async () => {
    const report = renderEvaluationReport(await judged({}, null), { headingLevel: 3, title: 'Gate' });
    expect(report.startsWith('### ℹ️ Gate: not gated')).toBe(true);
    expect(report).toContain('\n#### Metrics\n');
  });
});

describe('rules in the report', () => {
  test('a failed rule appears with ❌, its figure and its message', async () => {
    const report = renderEvaluationReport(await judged({ slices: true, pValues: { recall: 0.01 } }));
    const failedTable = report.slice(report.indexOf('### Failed rules'), report.indexOf('<details>'));
    const recall = rowStartingWith(failedTable, '❌');
    expect(recall[1]).toBe('recall drop &lt;= 0.01');
    const drop = weak.metrics.recall! - candidate.metrics.recall!;
    expect(recall[2]).toBe(drop.toPrecision(4));
    expect(recall[4]).toContain('recall worsened from 0.9907 to 0.972');
    expect(recall[4]).toContain('significant \\(p = 0.01 &lt; 0.05\\)');
    expect(recall[5]).toMatch(/full\.yml:16$/);
    // the metrics table marks the metric as failed too
    expect(rowStartingWith(report, '`recall`').at(-1)).toBe('❌');
  });
});

describe('the metrics table', () => {
  test('shows baseline, candidate, change and interval from the evaluation', async () => {
    const result = await judged();
    const row = rowStartingWith(renderEvaluationReport(result), '`accuracy`');
    const change = candidate.metrics.accuracy! - weak.metrics.accuracy!;
    expect(row.slice(0, 6)).toEqual([
      '`accuracy` ↑',
      '0.8596',
      '**0.9766**',
      `🟢 ▲ +${change.toPrecision(4).replace(/0+$/, '')}`,
      `+${((change / weak.metrics.accuracy!) * 100).toPrecision(3)}%`,
      `[${result.intervals.accuracy!.low.toPrecision(4)}, ${result.intervals.accuracy!.high.toPrecision(4)}]`,
    ]);
    expect(row[6]).toContain('≥ 0.9');
  });

  test('a fall in log_loss is shown as better, a fall in recall as worse', async () => {
    const report = renderEvaluationReport(await judged());
    expect(rowStartingWith(report, '`log_loss`')[3]).toMatch(/^🟢 ▼ −/);
    expect(rowStartingWith(report, '`brier`')[3]).toMatch(/^🟢 ▼ −/);
    expect(rowStartingWith(report, '`recall`')[3]).toMatch(/^🔴 ▼ −/);
  });

  test('with the models swapped, the rise in log_loss is worse', async () => {
    const swapped = { ...breastCancerResult({ baseline: false }), metrics: weak.metrics, baseline: candidate.metrics };
    const report = renderEvaluationReport({ ...swapped, gate: evaluateGate(null, swapped) });
    expect(rowStartingWith(report, '`log_loss`')[3]).toMatch(/^🔴 ▲ \+/);
    expect(rowStartingWith(report, '`accuracy`')[3]).toMatch(/^🔴 ▼ −/);
  });

  test('without a baseline the change columns hold a dash and there is no chart', async () => {
    const report = renderEvaluationReport(await judged({ baseline: false }));
    const row = rowStartingWith(report, '`accuracy`');
    expect(row[1]).toBe('—');
    expect(row[3]).toBe('—');
    expect(row[4]).toBe('—');
    expect(mermaidBlocks(report)).toEqual([]);
    expect(report).toContain('No baseline was given');
  });
});

describe('charts', () => {
  test('a Mermaid xychart of candidate against baseline, with one value per category', async () => {
    const [chart, ...others] = mermaidBlocks(renderEvaluationReport(await judged()));
    expect(others).toEqual([]);
    const lines = chart!.trim().split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('xychart-beta');
    const categories = JSON.parse(lines.find((l) => l.startsWith('x-axis'))!.slice('x-axis '.length)) as string[];
    const bar = JSON.parse(lines.find((l) => l.startsWith('bar '))!.slice(4)) as number[];
    const line = JSON.parse(lines.find((l) => l.startsWith('line '))!.slice(5)) as number[];
    expect(lines).toContain('y-axis "score" 0 --> 1');
    expect(categories).toContain('accuracy');
    // only higher-is-better metrics: a shorter log_loss bar would read as worse
    expect(categories).not.toContain('log_loss');
    expect(bar).toHaveLength(categories.length);
    expect(line).toHaveLength(categories.length);
    categories.forEach((metric, i) => {
      expect(bar[i]).toBeCloseTo(candidate.metrics[metric]!, 3);
      expect(line[i]).toBeCloseTo(weak.metrics[metric]!, 3);
    });
  });

  test('interval widths as Unicode bars, the widest full', async () => {
    const result = await judged();
    const report = renderEvaluationReport(result);
    const widths = Object.values(result.intervals).map((i) => i.high - i.low);
    const widest = Math.max(...widths);
    const roc = rowStartingWith(report.slice(report.indexOf('Interval widths')), '`roc_auc`');
    const bar = roc[3]!.replace(/`/g, '');
    const rocWidth = result.intervals.roc_auc!.high - result.intervals.roc_auc!.low;
    // 20 cells of 8 eighths each
    const eighths = [...bar].reduce((n, ch) => n + (ch === '█' ? 8 : '▏▎▍▌▋▊▉'.indexOf(ch) + 1), 0);
    expect(eighths).toBe(Math.round((rocWidth / widest) * 160));
  });
});

describe('other sections', () => {
  test('the confusion matrix is scikit-learn\'s', async () => {
    const report = renderEvaluationReport(await judged());
    const [[tn, fp], [fn, tp]] = candidate.confusion as [[number, number], [number, number]];
    expect(rowStartingWith(report, '**0**')).toEqual(['**0**', `**${tn}**`, String(fp), String(tn + fp)]);
    expect(rowStartingWith(report, '**1**')).toEqual(['**1**', String(fn), `**${tp}**`, String(fn + tp)]);
  });

  test('operational figures compare with the baseline and show budgets', async () => {
    const report = renderEvaluationReport(await judged());
    expect(rowStartingWith(report, 'model size')).toEqual(['model size', '1.83 kB', '1.83 kB', '⚪ 0%', '≤ 5 MB', '✅']);
    // p95 per batch went from 1.2 ms to 1.4 ms: slower is worse
    expect(rowStartingWith(report, 'latency per batch, p95')[3]).toBe(`🔴 ▲ +${((1.4 / 1.2 - 1) * 100).toPrecision(3)}%`);
    expect(rowStartingWith(report, 'throughput')[3]).toMatch(/^🔴 ▼ −/);
  });

  test('the operational note says when latencies come from repeated runs of the first batch', async () => {
    const result = await judged();
    const note = (report: string) => report.split('\n').find((line) => line.startsWith('Inference in '));
    const repeated = { ...result, operational: { ...result.operational!, batches: 1, latencySamples: 10 } };
    expect(note(renderEvaluationReport(repeated))).toBe(
      'Inference in 1 batch of up to 64 rows, latencies over 10 timed runs (the first batch repeated), after an untimed warm-up run; timings vary between runners, so compare them within one run.',
    );
    // metrics.json written before latencySamples existed (a main-branch baseline's) reads as one run per batch
    const older = { ...result, operational: { ...result.operational!, batches: 3, latencySamples: undefined } };
    expect(note(renderEvaluationReport(older))).toMatch(/^Inference in 3 batches of up to 64 rows, after an untimed warm-up run;/);
  });

  test('slices show each value with its verdict, open when a slice rule failed', async () => {
    const report = renderEvaluationReport(await judged({ slices: true }));
    expect(report).toContain('<details open><summary>Slices by size (2)</summary>');
    expect(rowStartingWith(report, 'small').at(-1)).toBe('❌');
    expect(rowStartingWith(report, 'large').at(-1)).toBe('✅');
    expect(rowStartingWith(report, 'small')[1]).toBe('75');
  });
});

describe('hostile data-derived text', () => {
  const HOSTILE = 'x|y <script>alert(1)</script> @octocat `z` [l](http://e.vil)\n## injected';

  test('cannot break tables, inject HTML or mention anyone', async () => {
    const base = breastCancerResult({ slices: true });
    const hostile: Omit<EvaluationResult, 'gate'> = {
      ...base,
      model: { ...base.model, path: `models/${HOSTILE}.onnx` },
      data: { ...base.data, path: `${HOSTILE}.csv`, target: HOSTILE },
      confusionMatrix: { classes: [HOSTILE, 'b|c'], matrix: candidate.confusion },
      slices: {
        column: HOSTILE,
        slices: base.slices!.slices.map((s, i) => ({ ...s, value: i === 0 ? HOSTILE : `${s.value}|<img src=x onerror=alert(1)>` })),
      },
    };
    const policy = parseGatePolicy(`slices:\n  column: ${JSON.stringify(HOSTILE)}\n  every_slice:\n    accuracy: ">= 0.99"\n`, `${HOSTILE}.yml`);
    const gate = applyOverride(evaluateGate(policy, hostile), { by: '@octocat|x', reason: HOSTILE });
    const report = renderEvaluationReport({ ...hostile, gate });

    expect(report).not.toMatch(/<script/i);
    expect(report).not.toMatch(/<img/i);
    expect(report).not.toMatch(/@octocat/);
    expect(report).toContain('by @\u200boctocat\\|x:');
    expect(report).not.toMatch(/^#+ injected/m);
    expect(report).not.toMatch(/[^\\]\[l\]\(/);
    // every row of every table has as many cells as its header
    for (const t of tables(report)) {
      const width = tableCells(t[0]!).length;
      for (const line of t) expect(tableCells(line)).toHaveLength(width);
    }
    // the hostile slice rule failed, and its row is there, whole
    expect(gate.rules.some((r) => !r.passed)).toBe(true);
    expect(rowStartingWith(report.slice(report.indexOf('Slices by')), 'x\\|y')).toHaveLength(7);
  });
});

describe('size', () => {
  test('100 slices with failing rules still fit in a PR comment (65,536 characters)', () => {
    const base = breastCancerResult({ slices: true });
    const small = base.slices!.slices.find((s) => s.value === 'small')!;
    const many: Omit<EvaluationResult, 'gate'> = {
      ...base,
      slices: { column: 'size', slices: Array.from({ length: 100 }, (_, i) => ({ ...small, value: `bucket ${i}` })) },
    };
    const policy = parseGatePolicy('slices:\n  column: size\n  every_slice:\n    accuracy: { min: 0.99, max_drop: 0.001 }\n    f1: ">= 0.999"\n', 'gate.yml');
    const gate = evaluateGate(policy, many);
    expect(gate.rules.filter((r) => !r.passed)).toHaveLength(300);
    const report = renderEvaluationReport({ ...many, gate });
    expect(report.length).toBeLessThan(65536);
    expect(report).toContain('…and 270 more; metrics.json lists every rule.');
  });
});
