import type { Direction, RuleVerdict } from '../evaluate/types.js';
import { isSkipped } from '../gate/evaluate-gate.js';

/**
 * A change as arrows and colour: ▲/▼ say which way the figure moved, 🟢/🔴 whether that is better
 * or worse for this metric (a fall in log_loss is 🟢 ▼).
 */
export function changeMark(direction: Direction, change: number): string {
  if (change === 0 || !Number.isFinite(change)) return '⚪';
  const better = direction === 'higher' ? change > 0 : change < 0;
  return `${better ? '🟢' : '🔴'} ${change > 0 ? '▲' : '▼'}`;
}

/** ⚠️ marks a rule that passed only because its rows were too few to judge it (inconclusive). */
export function ruleMark(rule: RuleVerdict): string {
  if (isSkipped(rule)) return '⏭️';
  if (rule.inconclusive) return '⚠️';
  return rule.passed ? '✅' : '❌';
}

/** One mark for several rules: ❌ if any failed, ⚠️ if any was inconclusive, ⏭️ if all were skipped, ✅ otherwise, blank if none. */
export function rulesMark(rules: RuleVerdict[]): string {
  if (rules.length === 0) return '';
  if (rules.some((r) => !r.passed)) return '❌';
  if (rules.some((r) => r.inconclusive)) return '⚠️';
  if (rules.every(isSkipped)) return '⏭️';
  return '✅';
}
