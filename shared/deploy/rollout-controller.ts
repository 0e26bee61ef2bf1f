import type { AnalysisOutcome, RuleFinding } from './canary-analysis.js';

/** How a candidate takes traffic. */
export interface RolloutPlan {
  /** canary weights in percent, rising, e.g. [10, 50, 100]; shadow: [0] */
  steps: number[];
  /** analyses that must pass at each step before the next */
  count: number;
  /** failed analyses tolerated in the whole rollout before rolling back */
  failureLimit: number;
  /** inconclusive analyses in a row tolerated before giving up */
  inconclusiveLimit: number;
  /** how long each analysis watches, in milliseconds */
  intervalMs: number;
}

/** What an analysis found, as the controller needs it. */
export interface Judgement {
  outcome: AnalysisOutcome;
  findings: RuleFinding[];
  /** why the analysis could not run at all (metrics unreachable), when that is the case */
  problem?: string;
}

/** What the driver should do next. Decisions are data, so that tests can read them exactly. */
export type RolloutDecision =
  | { kind: 'set-weight'; weight: number; step: number; at: number }
  | { kind: 'analyse'; weight: number; step: number; until: number; because?: string }
  | { kind: 'pause'; weight: number; step: number; until: number; because: string }
  | { kind: 'promote'; at: number }
  | { kind: 'rollback'; because: string; findings: RuleFinding[]; inconclusive: boolean; at: number };

export interface RolloutRecord {
  at: number;
  step: number;
  weight: number;
  outcome: AnalysisOutcome;
  findings: RuleFinding[];
  problem?: string;
}

/**
 * The rollout as a state machine in the manner of Argo Rollouts' canary analysis: each step's
 * weight is held for `count` passing analyses of one interval each; a failed analysis counts
 * against failureLimit and rolls back once past it; an inconclusive one (too little traffic,
 * metrics unreachable) pauses at the same weight and is measured again, never counted as a pass,
 * and too many in a row roll back. Time comes in as `now`; nothing here sleeps or does I/O.
 */
export class RolloutController {
  private step = 0;
  private passesAtStep = 0;
  private failures = 0;
  private inconclusiveInARow = 0;
  private finished = false;
  readonly history: RolloutRecord[] = [];

  constructor(readonly plan: RolloutPlan) {
    if (plan.steps.length === 0) throw new Error('a rollout needs at least one step');
  }

  get weight(): number {
    return this.plan.steps[this.step]!;
  }

  /** the first decision: put the first step's weight on the candidate */
  start(now: number): RolloutDecision {
    return { kind: 'set-weight', weight: this.weight, step: this.step, at: now };
  }

  /** after a set-weight has been carried out: watch for one interval */
  weightSet(now: number): RolloutDecision {
    return { kind: 'analyse', weight: this.weight, step: this.step, until: now + this.plan.intervalMs };
  }

  /** an analysis of the interval that just ended */
  judged(judgement: Judgement, now: number): RolloutDecision {
    if (this.finished) throw new Error('the rollout has already ended');
    this.history.push({ at: now, step: this.step, weight: this.weight, outcome: judgement.outcome, findings: judgement.findings, ...(judgement.problem ? { problem: judgement.problem } : {}) });
    const at = { weight: this.weight, step: this.step };
    if (judgement.outcome === 'fail') {
      this.inconclusiveInARow = 0;
      this.failures++;
      const failed = judgement.findings.filter((f) => f.passed === false);
      if (this.failures > this.plan.failureLimit) {
        this.finished = true;
        return { kind: 'rollback', because: failed.map((f) => f.text).join(' '), findings: failed, inconclusive: false, at: now };
      }
      return { kind: 'analyse', ...at, until: now + this.plan.intervalMs, because: `failed analysis ${this.failures} of the ${this.plan.failureLimit} tolerated: ${failed.map((f) => f.text).join(' ')}` };
    }
    if (judgement.outcome === 'inconclusive') {
      this.inconclusiveInARow++;
      const why = judgement.problem ?? judgement.findings.filter((f) => f.passed === null).map((f) => f.text).join(' ');
      if (this.inconclusiveInARow > this.plan.inconclusiveLimit) {
        this.finished = true;
        return { kind: 'rollback', because: `${this.inconclusiveInARow} inconclusive analyses in a row: ${why}`, findings: judgement.findings, inconclusive: true, at: now };
      }
      return { kind: 'pause', ...at, until: now + this.plan.intervalMs, because: `inconclusive (${this.inconclusiveInARow} of ${this.plan.inconclusiveLimit} tolerated in a row): ${why}` };
    }
    this.inconclusiveInARow = 0;
    this.passesAtStep++;
    if (this.passesAtStep < this.plan.count) return { kind: 'analyse', ...at, until: now + this.plan.intervalMs };
    if (this.step === this.plan.steps.length - 1) {
      this.finished = true;
      return { kind: 'promote', at: now };
    }
    this.step++;
    this.passesAtStep = 0;
    return { kind: 'set-weight', weight: this.weight, step: this.step, at: now };
  }
}

/** Parses a steps input such as "10, 50, 100": rising whole percentages ending at 100 for a canary. */
export function parseSteps(text: string): number[] | string {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return 'no steps given';
  const steps = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isInteger(steps[i]) || steps[i]! < 1 || steps[i]! > 100);
  if (bad !== undefined) return `"${bad}" is not a whole percentage from 1 to 100`;
  for (let i = 1; i < steps.length; i++) if (steps[i]! <= steps[i - 1]!) return `the weights must rise, but ${steps[i]} follows ${steps[i - 1]}`;
  return steps;
}
