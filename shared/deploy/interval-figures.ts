import type { CandidateRole, RoleFigures } from './canary-analysis.js';
import { describeError } from '../errors.js';
import { bucketCounts, histogramQuantile, MetricWindow } from './metric-window.js';
import type { PromScrape } from './prometheus-text.js';

/** The metric names mlci serve exposes (CONTRACTS.md); the analysis reads nothing else. */
export const SERVE_METRICS = {
  requests: 'mlci_inference_requests_total',
  duration: 'mlci_inference_request_duration_seconds',
  score: 'mlci_prediction_score',
  shadowComparisons: 'mlci_shadow_comparisons_total',
  shadowDisagreements: 'mlci_shadow_disagreements_total',
} as const;

/** What stable and the candidate did in one interval, whichever source measured it. */
export interface IntervalFigures {
  stable: RoleFigures;
  candidate: RoleFigures;
  /** shadow comparisons in the interval (a shadow rollout only) */
  shadow?: { comparisons: number; disagreements: number };
}

/**
 * Where an interval's figures come from: mlci serve's /metrics scraped at both ends, or a
 * Prometheus server queried at the end. A string is why there are no figures (unreachable, a query
 * error, no series): the interval is then inconclusive, never a pass.
 */
export interface FigureSource {
  /** what the report calls it, e.g. "http://127.0.0.1:8080/metrics" */
  readonly description: string;
  /** the interval starts now */
  begin(): Promise<string | undefined>;
  /** the interval ends now: its figures */
  end(): Promise<IntervalFigures | string>;
}

/** The figures of one role from the difference of two scrapes. */
export function scrapedRoleFigures(window: MetricWindow, model: string, role: string): RoleFigures {
  const requests = window.increase(SERVE_METRICS.requests, { model, role });
  const errors = window.increase(SERVE_METRICS.requests, { model, role, code: (code) => code.startsWith('5') });
  return roleFigures(requests, errors, histogramQuantile(0.95, window.histogram(SERVE_METRICS.duration, { model, role })) ?? null, bucketCounts(window.histogram(SERVE_METRICS.score, { model, role })));
}

export function roleFigures(requests: number, errors: number, p95Seconds: number | null, scoreCounts: Map<string, number>): RoleFigures {
  return { requests, errors, errorRate: requests > 0 ? errors / requests : null, p95Seconds, scoreCounts };
}

/** The interval's figures from the difference of two scrapes of the server's /metrics. */
export function scrapedFigures(window: MetricWindow, model: string, role: CandidateRole): IntervalFigures {
  const figures: IntervalFigures = { stable: scrapedRoleFigures(window, model, 'stable'), candidate: scrapedRoleFigures(window, model, role) };
  if (role === 'shadow') {
    figures.shadow = {
      comparisons: window.increase(SERVE_METRICS.shadowComparisons, { model }),
      disagreements: window.increase(SERVE_METRICS.shadowDisagreements, { model }),
    };
  }
  return figures;
}

/** Scrapes /metrics at the start and the end of each interval and takes differences. */
export class ScrapeSource implements FigureSource {
  private before: PromScrape | undefined;

  constructor(
    private readonly scrape: () => Promise<PromScrape>,
    private readonly model: string,
    private readonly role: CandidateRole,
    readonly description: string,
  ) {}

  async begin(): Promise<string | undefined> {
    this.before = undefined;
    try {
      this.before = await this.scrape();
      return undefined;
    } catch (err) {
      return `metrics unreachable: ${describeError(err)}`;
    }
  }

  async end(): Promise<IntervalFigures | string> {
    let after: PromScrape;
    try {
      after = await this.scrape();
    } catch (err) {
      return `metrics unreachable: ${describeError(err)}`;
    }
    if (!this.before) return 'metrics unreachable at the start of the interval';
    return scrapedFigures(new MetricWindow(this.before, after), this.model, this.role);
  }
}
