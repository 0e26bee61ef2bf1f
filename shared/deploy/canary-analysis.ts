import { categoryShares } from '../validate/drift/binning.js';
import { chiSquareDrift } from '../validate/drift/chi-square.js';
import { jensenShannonDistance, populationStabilityIndex } from '../validate/drift/distances.js';
import type { IntervalFigures } from './interval-figures.js';
import type { RolloutPolicy } from './rollout-policy.js';

export type CandidateRole = 'canary' | 'shadow';

/** What one role (stable, or the candidate) did in the interval. */
export interface RoleFigures {
  requests: number;
  /** responses with a 5xx status: the server's failures, not the client's */
  errors: number;
  errorRate: number | null;
  p95Seconds: number | null;
  /** predictions per mlci_prediction_score bucket */
  scoreCounts: Map<string, number>;
  /** true when these are stable's figures from an earlier interval (the canary took all traffic in this one) */
  earlier?: boolean;
}

export type RuleName = 'min_requests' | 'max_error_rate' | 'latency_p95' | 'prediction_drift' | 'max_shadow_disagreement';

/** One rule's judgement: passed, failed, or null when it could not be judged. */
export interface RuleFinding {
  rule: RuleName;
  passed: boolean | null;
  /** a sentence with the figures, for the report */
  text: string;
  figures: Record<string, number | null>;
  /** line of the rule in the policy file (0 for the default policy) */
  line: number;
}

export type AnalysisOutcome = 'pass' | 'fail' | 'inconclusive';

export interface CanaryAnalysis {
  outcome: AnalysisOutcome;
  role: CandidateRole;
  candidate: RoleFigures;
  stable: RoleFigures;
  shadow?: { comparisons: number; disagreements: number };
  findings: RuleFinding[];
}

/**
 * Judges what the candidate and stable did in one interval by the rollout policy; the figures come
 * from two scrapes of /metrics (scrapedFigures) or from a Prometheus server (queryFigures). At 100%
 * stable takes no traffic: its figures then come from `earlierStable`, the last interval in which it
 * served enough requests, so the last step is judged against stable too.
 */
export function analyseCanary(figures: IntervalFigures, policy: RolloutPolicy, role: CandidateRole, earlierStable?: RoleFigures): CanaryAnalysis {
  const candidate = figures.candidate;
  const measured = figures.stable;
  const stable = measured.requests < policy.minRequests && earlierStable && earlierStable.requests >= policy.minRequests ? { ...earlierStable, earlier: true } : measured;
  const analysis: CanaryAnalysis = { outcome: 'pass', role, candidate, stable, findings: [] };
  if (role === 'shadow' && figures.shadow) analysis.shadow = figures.shadow;
  const findings = analysis.findings;
  if (candidate.requests < policy.minRequests) {
    findings.push({
      rule: 'min_requests',
      passed: null,
      text: `The ${role} served ${candidate.requests} request${candidate.requests === 1 ? '' : 's'} in the interval, fewer than the ${policy.minRequests} needed to judge it.`,
      figures: { requests: candidate.requests, min_requests: policy.minRequests },
      line: 0,
    });
    analysis.outcome = 'inconclusive';
    return analysis;
  }
  if (policy.maxErrorRate) findings.push(errorRateFinding(candidate, role, policy.maxErrorRate));
  if (policy.latencyP95) findings.push(latencyFinding(candidate, stable, role, policy, policy.latencyP95));
  if (policy.predictionDrift) findings.push(driftFinding(candidate, stable, role, policy, policy.predictionDrift));
  if (policy.maxShadowDisagreement && analysis.shadow) findings.push(shadowFinding(analysis.shadow, policy, policy.maxShadowDisagreement));
  if (findings.some((f) => f.passed === false)) analysis.outcome = 'fail';
  else if (findings.some((f) => f.passed === null)) analysis.outcome = 'inconclusive';
  return analysis;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;

function errorRateFinding(candidate: RoleFigures, role: string, rule: { limit: number; line: number }): RuleFinding {
  const rate = candidate.errorRate ?? 0;
  return {
    rule: 'max_error_rate',
    passed: rate <= rule.limit,
    text: `Error rate of the ${role}: ${pct(rate)} (${candidate.errors} of ${candidate.requests} requests answered 5xx); the ceiling is ${pct(rule.limit)}.`,
    figures: { error_rate: rate, errors: candidate.errors, requests: candidate.requests, limit: rule.limit },
    line: rule.line,
  };
}

function latencyFinding(candidate: RoleFigures, stable: RoleFigures, role: string, policy: RolloutPolicy, rule: NonNullable<RolloutPolicy['latencyP95']>): RuleFinding {
  const figures: Record<string, number | null> = { p95_seconds: candidate.p95Seconds, stable_p95_seconds: stable.p95Seconds };
  const base = { rule: 'latency_p95' as const, figures, line: rule.line };
  if (candidate.p95Seconds === null) return { ...base, passed: null, text: `The ${role}'s latency histogram is empty.` };
  const parts: string[] = [`p95 latency of the ${role}: ${ms(candidate.p95Seconds)}`];
  let passed = true;
  if (rule.maxMs !== undefined) {
    figures.max_ms = rule.maxMs;
    passed &&= candidate.p95Seconds * 1000 <= rule.maxMs;
    parts.push(`ceiling ${rule.maxMs} ms`);
  }
  if (rule.maxRatioToStable !== undefined) {
    figures.max_ratio_to_stable = rule.maxRatioToStable;
    if (stable.p95Seconds === null || stable.requests < policy.minRequests) {
      return { ...base, passed: passed ? null : false, text: `${parts.join('; ')}; stable served ${stable.requests} requests, too few to compare with.` };
    }
    const ratio = candidate.p95Seconds / stable.p95Seconds;
    figures.ratio_to_stable = ratio;
    passed &&= ratio <= rule.maxRatioToStable;
    parts.push(`stable's ${ms(stable.p95Seconds)}${stable.earlier ? ' (from an earlier interval)' : ''}, ratio ${ratio.toFixed(2)} (ceiling ${rule.maxRatioToStable})`);
  }
  return { ...base, passed, text: `${parts.join('; ')}.` };
}

function driftFinding(candidate: RoleFigures, stable: RoleFigures, role: string, policy: RolloutPolicy, rule: NonNullable<RolloutPolicy['predictionDrift']>): RuleFinding {
  const base = { rule: 'prediction_drift' as const, line: rule.line };
  const candidateTotal = sumOf(candidate.scoreCounts);
  const stableTotal = sumOf(stable.scoreCounts);
  const figures: Record<string, number | null> = { candidate_predictions: candidateTotal, stable_predictions: stableTotal, threshold: rule.threshold };
  if (candidateTotal === 0 && stableTotal === 0) {
    // regression models emit no mlci_prediction_score: there is nothing to compare, which is not a doubt
    return { ...base, figures, passed: true, text: 'No prediction scores were recorded (a regression model has none): prediction drift not measured.' };
  }
  if (candidateTotal < policy.minRequests || stableTotal < policy.minRequests) {
    return { ...base, figures, passed: null, text: `Too few predictions to compare distributions (${role} ${candidateTotal}, stable ${stableTotal}; ${policy.minRequests} needed on each side).` };
  }
  let value: number;
  let drifted: boolean;
  if (rule.method === 'chisquare') {
    value = chiSquareDrift(stable.scoreCounts, candidate.scoreCounts).pValue;
    drifted = value <= rule.threshold;
  } else {
    const shares = categoryShares(stable.scoreCounts, candidate.scoreCounts, rule.method === 'psi');
    value = rule.method === 'psi' ? populationStabilityIndex(shares.reference, shares.current) : jensenShannonDistance(shares.reference, shares.current);
    drifted = value >= rule.threshold;
  }
  figures.value = value;
  const measure = rule.method === 'chisquare' ? `chi-square p-value ${value.toPrecision(3)} (drift at ≤ ${rule.threshold})` : `${rule.method === 'psi' ? 'PSI' : 'Jensen-Shannon distance'} ${value.toPrecision(3)} (drift at ≥ ${rule.threshold})`;
  return { ...base, figures, passed: !drifted, text: `Prediction scores of the ${role} against stable: ${measure}, over ${candidateTotal} and ${stableTotal} predictions${stable.earlier ? ' (stable\'s from an earlier interval)' : ''}.` };
}

function shadowFinding(shadow: { comparisons: number; disagreements: number }, policy: RolloutPolicy, rule: { limit: number; line: number }): RuleFinding {
  const figures = { comparisons: shadow.comparisons, disagreements: shadow.disagreements, limit: rule.limit };
  if (shadow.comparisons < policy.minRequests) {
    return { rule: 'max_shadow_disagreement', passed: null, figures, line: rule.line, text: `Only ${shadow.comparisons} shadow comparisons, fewer than the ${policy.minRequests} needed.` };
  }
  const rate = shadow.disagreements / shadow.comparisons;
  return { rule: 'max_shadow_disagreement', passed: rate <= rule.limit, figures: { ...figures, rate }, line: rule.line, text: `The shadow disagreed with stable on ${pct(rate)} of requests (${shadow.disagreements} of ${shadow.comparisons}); the ceiling is ${pct(rule.limit)}.` };
}

function sumOf(counts: Map<string, number>): number {
  let s = 0;
  for (const v of counts.values()) s += v;
  return s;
}
