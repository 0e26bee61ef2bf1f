import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/deploy/rollout-controller.ts
var RolloutController = class {
  constructor(plan) {
    this.plan = plan;
    if (plan.steps.length === 0) throw new Error("a rollout needs at least one step");
  }
  plan;
  step = 0;
  passesAtStep = 0;
  failures = 0;
  inconclusiveInARow = 0;
  finished = false;
  history = [];
  get weight() {
    return this.plan.steps[this.step];
  }
  /** the first decision: put the first step's weight on the candidate */
  start(now) {
    return { kind: "set-weight", weight: this.weight, step: this.step, at: now };
  }
  /** after a set-weight has been carried out: watch for one interval */
  weightSet(now) {
    return { kind: "analyse", weight: this.weight, step: this.step, until: now + this.plan.intervalMs };
  }
  /** an analysis of the interval that just ended */
  judged(judgement, now) {
    if (this.finished) throw new Error("the rollout has already ended");
    this.history.push({ at: now, step: this.step, weight: this.weight, outcome: judgement.outcome, findings: judgement.findings, ...judgement.problem ? { problem: judgement.problem } : {} });
    const at = { weight: this.weight, step: this.step };
    if (judgement.outcome === "fail") {
      this.inconclusiveInARow = 0;
      this.failures++;
      const failed = judgement.findings.filter((f) => f.passed === false);
      if (this.failures > this.plan.failureLimit) {
        this.finished = true;
        return { kind: "rollback", because: failed.map((f) => f.text).join(" "), findings: failed, inconclusive: false, at: now };
      }
      return { kind: "analyse", ...at, until: now + this.plan.intervalMs, because: `failed analysis ${this.failures} of the ${this.plan.failureLimit} tolerated: ${failed.map((f) => f.text).join(" ")}` };
    }
    if (judgement.outcome === "inconclusive") {
      this.inconclusiveInARow++;
      const why = judgement.problem ?? judgement.findings.filter((f) => f.passed === null).map((f) => f.text).join(" ");
      if (this.inconclusiveInARow > this.plan.inconclusiveLimit) {
        this.finished = true;
        return { kind: "rollback", because: `${this.inconclusiveInARow} inconclusive analyses in a row: ${why}`, findings: judgement.findings, inconclusive: true, at: now };
      }
      return { kind: "pause", ...at, until: now + this.plan.intervalMs, because: `inconclusive (${this.inconclusiveInARow} of ${this.plan.inconclusiveLimit} tolerated in a row): ${why}` };
    }
    this.inconclusiveInARow = 0;
    this.passesAtStep++;
    if (this.passesAtStep < this.plan.count) return { kind: "analyse", ...at, until: now + this.plan.intervalMs };
    if (this.step === this.plan.steps.length - 1) {
      this.finished = true;
      return { kind: "promote", at: now };
    }
    this.step++;
    this.passesAtStep = 0;
    return { kind: "set-weight", weight: this.weight, step: this.step, at: now };
  }
};
function parseSteps(text) {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return "no steps given";
  const steps = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isInteger(steps[i]) || steps[i] < 1 || steps[i] > 100);
  if (bad !== void 0) return `"${bad}" is not a whole percentage from 1 to 100`;
  for (let i = 1; i < steps.length; i++) if (steps[i] <= steps[i - 1]) return `the weights must rise, but ${steps[i]} follows ${steps[i - 1]}`;
  return steps;
}

export {
  RolloutController,
  parseSteps
};
