import { configError } from '../config/config-error.js';
import { readConfigFile } from '../config/read-config-file.js';
import type { ConfigVocabulary } from '../config/schema-errors.js';
import { didYouMean } from '../config/suggest.js';
import { parseCheckedYamlConfig } from '../config/checked-yaml-config.js';
import { metricDirection, metricInfo } from '../metrics/index.js';
import { parseDuration, parseWindowSize, type WindowSize } from './duration.js';
import { monitorPolicySchema } from './policy-schema.js';

/** The figures a window has besides the performance metrics, and which way each is worse. */
export const WINDOW_FIGURES = {
  rows: 'either',
  feature_drift_share: 'higher',
  drifted_features: 'higher',
  prediction_drift: 'higher',
  missing_share: 'higher',
  schema_violations: 'higher',
} as const;
export type WindowFigure = keyof typeof WINDOW_FIGURES;

export type AlertLevel = 'warning' | 'critical';

export interface AlertRule {
  /** a window figure or a metric name (accuracy, roc_auc, rmse, …) */
  figure: string;
  min?: number;
  max?: number;
  /** performance only: how far below (or above, for an error metric) the gated value it may go */
  maxDrop?: number;
  /** a band of mean ± sigma·σ over the baseline windows */
  sigma?: number;
  level: AlertLevel;
  consecutive: number;
  line: number;
}

export interface MonitorPolicy {
  file: string;
  /** windows with fewer rows are reported but not judged */
  minRows: number;
  /** at most one retraining dispatch per this many ms */
  cooldownMs: number;
  /** the first windows of the period, whose figures set sigma bands (and the score reference when the reference has none) */
  baselineWindows: number;
  /** the dataset drifts when at least this share of features drift (validate-data's rule) */
  driftShare: number;
  /** each window's size (`chunk: 1d` or `chunk: 10000 rows`), unless the window-size input sets one */
  chunk?: WindowSize;
  rules: AlertRule[];
}

const WORDS: ConfigVocabulary = {
  what: 'monitor policy',
  docs: 'docs/monitor.md',
  keyNames: { what: 'a figure name', fix: `Name a window figure (${Object.keys(WINDOW_FIGURES).join(', ')}) or a metric (accuracy, roc_auc, rmse, ...).` },
  rangeFix: (key) => (key === 'consecutive' ? 'Use a whole number of windows, 1 or more.' : key === 'min_rows' || key === 'baseline_windows' ? 'Use a whole number, 0 or more.' : undefined),
  patternFix: 'Write a duration such as 1d, 12h or 7d (chunk also takes a number of rows, such as 10000 rows).',
};

/**
 * The policy without a file: two or more drifted features are critical (one alone is what 30
 * tests at p ≤ 0.05 give by chance now and then); schema violations and missing values warn.
 */
export const DEFAULT_POLICY_TEXT = `version: 1
min_rows: 30
cooldown: 7d
alerts:
  drifted_features: { max: 1, level: critical }
  schema_violations: { max: 0, level: warning }
  missing_share: { max: 0.1, level: warning }
`;

export async function loadMonitorPolicy(path: string): Promise<MonitorPolicy> {
  const text = await readConfigFile(path, { what: 'monitor policy', input: 'policy', fix: 'Set policy to the path of your monitor policy (e.g. .mlci/monitor.yml), or leave it empty for the default policy (see docs/monitor.md).' });
  return parseMonitorPolicy(text, path);
}

interface RawRule {
  min?: number;
  max?: number;
  max_drop?: number;
  sigma?: number;
  level?: AlertLevel;
  consecutive?: number;
}
interface RawPolicy {
  min_rows?: number;
  consecutive?: number;
  cooldown?: string;
  baseline_windows?: number;
  drift_share?: number;
  chunk?: string;
  alerts: Record<string, RawRule>;
}

/** Parses and checks a monitor policy; every mistake is a UserError at its line. */
export function parseMonitorPolicy(text: string, file: string): MonitorPolicy {
  const { raw, locator } = parseCheckedYamlConfig(text, file, monitorPolicySchema, { ...WORDS, emptyFix: 'Add alerts (see docs/monitor.md), or leave the policy input empty for the default policy.' });
  const policy = raw as RawPolicy;
  const baselineWindows = policy.baseline_windows ?? 0;
  const rules = Object.entries(policy.alerts).map(([figure, r]): AlertRule => {
    const line = locator.keyLine(['alerts', figure]);
    const isWindowFigure = Object.hasOwn(WINDOW_FIGURES, figure);
    if (!isWindowFigure && !metricInfo(figure)) {
      throw configError(file, line, `Unknown figure "${figure}" in alerts.${didYouMean(figure, Object.keys(WINDOW_FIGURES))}`, WORDS.keyNames!.fix);
    }
    if (r.max_drop !== undefined && isWindowFigure) throw configError(file, locator.keyLine(['alerts', figure, 'max_drop']), `"alerts.${figure}" sets max_drop, which compares a metric with its gated value; ${figure} has none.`, 'Use min or max (or sigma) for window figures; max_drop is for metrics such as accuracy.');
    if (r.sigma !== undefined && baselineWindows < 2) throw configError(file, locator.keyLine(['alerts', figure, 'sigma']), `"alerts.${figure}" sets sigma, but baseline_windows is ${baselineWindows}: a band needs at least two baseline windows.`, 'Set baseline_windows: 7 (say) at the top level: the first windows of the period then set mean ± sigma·σ.');
    if (r.min === undefined && r.max === undefined && r.max_drop === undefined && r.sigma === undefined) {
      throw configError(file, line, `"alerts.${figure}" sets no limit.`, 'Add min, max, max_drop or sigma.');
    }
    if (r.min !== undefined && r.max !== undefined && r.min > r.max) throw configError(file, locator.keyLine(['alerts', figure, 'max']), `"alerts.${figure}" has min ${r.min} above max ${r.max}: every window would alert.`, 'Swap them, or fix the one that is wrong.');
    return {
      figure,
      ...(r.min !== undefined ? { min: r.min } : {}),
      ...(r.max !== undefined ? { max: r.max } : {}),
      ...(r.max_drop !== undefined ? { maxDrop: r.max_drop } : {}),
      ...(r.sigma !== undefined ? { sigma: r.sigma } : {}),
      level: r.level ?? 'warning',
      consecutive: r.consecutive ?? policy.consecutive ?? 1,
      line,
    };
  });
  return {
    file,
    minRows: policy.min_rows ?? 30,
    cooldownMs: parseDuration(policy.cooldown ?? '7d', 'cooldown'),
    baselineWindows,
    driftShare: policy.drift_share ?? 0.5,
    ...(policy.chunk !== undefined ? { chunk: parseWindowSize(policy.chunk, 'chunk') } : {}),
    rules,
  };
}

/** which way a figure is worse: 'higher' (drift, errors), 'lower' (accuracy), or 'either' (volume) */
export function worseDirection(figure: string): 'higher' | 'lower' | 'either' {
  if (Object.hasOwn(WINDOW_FIGURES, figure)) return WINDOW_FIGURES[figure as WindowFigure];
  return metricDirection(figure) === 'higher' ? 'lower' : 'higher';
}
