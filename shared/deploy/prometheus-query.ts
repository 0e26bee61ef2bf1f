import { describeError } from '../errors.js';
import type { CandidateRole } from './canary-analysis.js';
import { roleFigures, SERVE_METRICS, type FigureSource, type IntervalFigures } from './interval-figures.js';
import { bucketCounts, type HistogramBuckets } from './metric-window.js';

/** How a Prometheus server tells the model's series apart (docs/deploy.md, "Figures from Prometheus"). */
export interface PrometheusLabels {
  /** the label naming the model (mlci serve: model) */
  model: string;
  /**
   * the label telling candidate from stable: mlci serve's `role` (values stable, canary, shadow), or
   * `version`, where the candidate is its version and stable the version the environment ran before
   */
  role: string;
  /** more matchers for every query, e.g. namespace="prod" (PromQL, without braces) */
  extra?: string;
}

export interface PrometheusSourceOptions {
  /** the server's base URL (http://HOST:9090), or its /api/v1/query URL */
  url: string;
  model: string;
  labels: PrometheusLabels;
  role: CandidateRole;
  candidateVersion: string;
  stableVersion: string | null;
  now: () => number;
  timeoutMs?: number;
}

interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/**
 * The interval's figures from a Prometheus server that scrapes mlci serve (directly, or the pods of
 * a KServe InferenceService running it): instant queries at the end of the interval, over a range as
 * long as the interval, with increase() and histogram_quantile(). Prometheus extrapolates increase()
 * to the range's ends, so counts are not whole numbers; shares and quantiles are unaffected.
 */
export class PrometheusSource implements FigureSource {
  readonly description: string;
  private readonly base: string;
  private start = 0;

  constructor(private readonly o: PrometheusSourceOptions) {
    this.base = o.url.replace(/\/+$/, '').replace(/\/api\/v1\/query$/, '');
    this.description = `Prometheus at ${this.base}`;
  }

  async begin(): Promise<string | undefined> {
    this.start = this.o.now();
    return undefined;
  }

  async end(): Promise<IntervalFigures | string> {
    const at = this.o.now();
    const range = `${Math.max(1, Math.round((at - this.start) / 1000))}s`;
    try {
      return await this.figuresAt(at / 1000, range);
    } catch (err) {
      return describeError(err);
    }
  }

  /** the figures over [time - range, time] */
  async figuresAt(time: number, range: string): Promise<IntervalFigures> {
    const { role } = this.o;
    const candidate = await this.role(role, time, range, true);
    const stable = await this.role('stable', time, range, false);
    const figures: IntervalFigures = { candidate, stable };
    if (role === 'shadow') {
      const model = this.selector({});
      figures.shadow = {
        comparisons: await this.sum(`sum(increase(${SERVE_METRICS.shadowComparisons}${model}[${range}]))`, time, 0),
        disagreements: await this.sum(`sum(increase(${SERVE_METRICS.shadowDisagreements}${model}[${range}]))`, time, 0),
      };
    }
    return figures;
  }

  private async role(role: 'stable' | CandidateRole, time: number, range: string, required: boolean) {
    const sel = this.roleSelector(role);
    if (sel === undefined) return roleFigures(0, 0, null, new Map());
    const requestsQuery = `sum(increase(${SERVE_METRICS.requests}${this.selector(sel)}[${range}]))`;
    const requests = await this.sum(requestsQuery, time, required ? undefined : 0);
    const errors = await this.sum(`sum(increase(${SERVE_METRICS.requests}${this.selector({ ...sel, code: ['=~', '5..'] })}[${range}]))`, time, 0);
    const p95 = await this.sum(`histogram_quantile(0.95, sum by (le) (rate(${SERVE_METRICS.duration}_bucket${this.selector(sel)}[${range}])))`, time, NaN);
    const scores = await this.query(`sum by (le) (increase(${SERVE_METRICS.score}_bucket${this.selector(sel)}[${range}]))`, time);
    const buckets: HistogramBuckets = scores
      .filter((s) => s.metric.le !== undefined)
      .map((s) => ({ le: s.metric.le === '+Inf' ? Infinity : Number(s.metric.le), count: Number(s.value[1]) }))
      .sort((a, b) => a.le - b.le);
    return roleFigures(round(requests), round(errors), Number.isFinite(p95) ? p95 : null, bucketCounts(buckets));
  }

  /** the label matchers selecting one role's series; undefined when there is nothing to select */
  private roleSelector(role: 'stable' | CandidateRole): Record<string, string | [string, string]> | undefined {
    const { labels } = this.o;
    if (labels.role !== 'version') return { [labels.role]: role };
    const version = role === 'stable' ? this.o.stableVersion : this.o.candidateVersion;
    return version === null ? undefined : { [labels.role]: version };
  }

  private selector(matchers: Record<string, string | [string, string]>): string {
    const parts = [`${this.o.labels.model}="${escape(this.o.model)}"`];
    for (const [label, m] of Object.entries(matchers)) {
      const [op, value] = typeof m === 'string' ? ['=', m] : m;
      parts.push(`${label}${op}"${escape(value)}"`);
    }
    if (this.o.labels.extra?.trim()) parts.push(this.o.labels.extra.trim());
    return `{${parts.join(',')}}`;
  }

  /** a query whose answer is one number; an empty answer is `empty`, or an error when none is given */
  private async sum(query: string, time: number, empty: number | undefined): Promise<number> {
    const result = await this.query(query, time);
    if (result.length === 0) {
      if (empty !== undefined) return empty;
      throw new Error(`Prometheus has no series for ${query} at ${new Date(time * 1000).toISOString()}: is it scraping the server, and are the label names (prometheus-model-label, prometheus-role-label) right?`);
    }
    return Number(result[0]!.value[1]);
  }

  private async query(query: string, time: number): Promise<VectorSample[]> {
    const url = `${this.base}/api/v1/query?${new URLSearchParams({ query, time: time.toFixed(3) })}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
    } catch (err) {
      throw new Error(`Prometheus unreachable at ${this.base}: ${describeError(err)}`);
    }
    const text = await response.text();
    let body: { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: VectorSample[] } };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${this.base} answered ${response.status} with something that is not the Prometheus API's JSON: ${text.slice(0, 120)}`);
    }
    if (body.status !== 'success') throw new Error(`Prometheus refused the query ${query}: ${body.errorType ?? response.status}: ${body.error ?? text.slice(0, 200)}`);
    if (body.data?.resultType !== 'vector' || !Array.isArray(body.data.result)) throw new Error(`Prometheus answered ${query} with a ${body.data?.resultType ?? 'missing'} result, not a vector.`);
    return body.data.result;
  }
}

function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** increase() extrapolates; two decimals are all the report needs */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}
