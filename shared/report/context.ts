import type { Direction, EvaluationResult, RuleVerdict } from '../evaluate/types.js';
import { directionOf } from '../gate/directions.js';

/** What every section of the report reads, worked out once. */
export interface ReportContext {
  result: EvaluationResult;
  /** heading level of the sections (the title is one level up) */
  level: number;
  hasBaseline: boolean;
  /** "95%" from the bootstrap's confidence level */
  levelText: string;
  direction(metric: string): Direction;
  /** the gate's rules about one metric over the whole data (not slices) */
  rulesFor(metric: string): RuleVerdict[];
}

export function reportContext(result: EvaluationResult, level: number): ReportContext {
  const topRules = result.gate.rules.filter((r) => !r.slice);
  return {
    result,
    level,
    hasBaseline: Boolean(result.baseline),
    levelText: `${Number((result.bootstrap.level * 100).toPrecision(4))}%`,
    // the same order of precedence as the gate, so marks and verdicts agree
    direction: (metric) => directionOf(metric, undefined, result.directions[metric]),
    rulesFor: (metric) => topRules.filter((r) => r.metric === metric),
  };
}
