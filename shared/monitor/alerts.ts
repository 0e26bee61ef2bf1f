import type { MetricValues } from '../metrics/types.js';
import { formatNumber } from '../report/format.js';
import { worseDirection, type AlertLevel, type AlertRule, type MonitorPolicy } from './policy.js';

/** What the alert rules read of a window. */
export interface JudgedWindow {
  rows: number;
  figures: Record<string, number | null>;
  /** one of the policy's baseline windows: sets bands, is not judged */
  baseline: boolean;
}

export interface AlertOutcome {
  /** "feature_drift_share > 0.25": stable across runs, so that a change of state can be seen */
  id: string;
  figure: string;
  level: AlertLevel;
  policyLine: number;
  low?: number;
  high?: number;
  /** per window: true breached, false within, null not judged (baseline, too few rows, no value) */
  breaches: (boolean | null)[];
  latest: number | null;
  consecutive: number;
  firing: boolean;
}

/**
 * Judges each window against each rule: limits are constants, the gated value less max_drop, or
 * mean ± sigma·σ of the baseline windows. A rule fires when its last `consecutive` judged windows
 * all breach it.
 */
export function judgeWindows(policy: MonitorPolicy, windows: readonly JudgedWindow[], gated: MetricValues | undefined): AlertOutcome[] {
  return policy.rules.map((rule) => {
    const { low, high } = limits(rule, windows, gated);
    const breaches = windows.map((w) => {
      const value = w.figures[rule.figure];
      if (w.baseline || w.rows < policy.minRows || value === null || value === undefined || Number.isNaN(value)) return null;
      return (low !== undefined && value < low) || (high !== undefined && value > high);
    });
    const judged = breaches.filter((b): b is boolean => b !== null);
    const tail = judged.slice(-rule.consecutive);
    const lastJudged = windows.map((w, i) => (breaches[i] === null ? null : w.figures[rule.figure] ?? null)).filter((v) => v !== null);
    return {
      id: ruleId(rule, low, high),
      figure: rule.figure,
      level: rule.level,
      policyLine: rule.line,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
      breaches,
      latest: lastJudged.length ? lastJudged[lastJudged.length - 1]! : null,
      consecutive: rule.consecutive,
      firing: tail.length === rule.consecutive && tail.every(Boolean),
    };
  });
}

function limits(rule: AlertRule, windows: readonly JudgedWindow[], gated: MetricValues | undefined): { low?: number; high?: number } {
  let low = rule.min;
  let high = rule.max;
  const worse = worseDirection(rule.figure);
  if (rule.maxDrop !== undefined) {
    const base = gated?.[rule.figure];
    if (base !== undefined && Number.isFinite(base)) {
      if (worse === 'lower') low = Math.max(low ?? -Infinity, base - rule.maxDrop);
      else high = Math.min(high ?? Infinity, base + rule.maxDrop);
    }
  }
  if (rule.sigma !== undefined) {
    const values = windows.filter((w) => w.baseline).map((w) => w.figures[rule.figure]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length >= 2) {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
      if (worse !== 'higher') low = Math.max(low ?? -Infinity, mean - rule.sigma * sd);
      if (worse !== 'lower') high = Math.min(high ?? Infinity, mean + rule.sigma * sd);
    }
  }
  return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}

function ruleId(rule: AlertRule, low: number | undefined, high: number | undefined): string {
  const parts = [low !== undefined ? `< ${formatNumber(low)}` : '', high !== undefined ? `> ${formatNumber(high)}` : ''].filter(Boolean);
  return `${rule.figure} ${parts.join(' or ') || '(no limit: no gated value or baseline)'}`;
}
