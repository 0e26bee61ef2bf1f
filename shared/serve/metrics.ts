/**
 * The server's Prometheus metrics (prom-client), named as CONTRACTS.md fixes them: deploy's
 * analysis reads these names and labels, so they change only with that contract. Base units
 * (seconds), `_total` counters. One registry per server, so several servers in one process (tests)
 * keep their counts apart.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { CounterTally, GaugeTally, TallyHistogram, flushCounter, flushGauge, type HistogramSeries } from './cheap-metrics.js';
import { SCORE_BOUNDS } from '../model/score-bounds.js';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096, 16384, 65536];

export type Role = 'stable' | 'canary' | 'shadow';

export function createServerMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics !== false) {
    collectDefaultMetrics({ register: registry });
    // gauges named *_total, which Prometheus's naming rules (promtool check metrics) reserve for counters
    for (const metric of registry.getMetricsAsArray()) {
      const { name, type } = metric as unknown as { name: string; type: string };
      if (name.endsWith('_total') && type !== 'counter') registry.removeSingleMetric(name);
    }
  }
  const registers = [registry];
  // the inference path counts into these; prom-client reads them through each metric's collect()
  const tallies = { requests: [] as CounterTally[], rows: [] as CounterTally[], inflight: new Map<string, GaugeTally>(), fastLane: new CounterTally({}), bridged: new CounterTally({}), handovers: new CounterTally({}) };
  return {
    registry,
    tallies,
    requests: new Counter({ name: 'mlci_inference_requests_total', help: 'Inference requests by model, version, role and HTTP status code.', labelNames: ['model', 'version', 'role', 'code'], registers, collect() { flushCounter(this, tallies.requests); } }),
    duration: new TallyHistogram('mlci_inference_request_duration_seconds', 'Time from a request\'s body read to its response written.', ['model', 'version', 'role'], LATENCY_BUCKETS, registry),
    queue: new TallyHistogram('mlci_inference_queue_duration_seconds', 'Time a request waited in the dynamic batcher\'s queue.', ['model', 'version'], LATENCY_BUCKETS, registry),
    batchSize: new TallyHistogram('mlci_inference_batch_size', 'Rows per session.run.', ['model', 'version'], BATCH_BUCKETS, registry),
    rows: new Counter({ name: 'mlci_inference_rows_total', help: 'Rows inferred.', labelNames: ['model', 'version', 'role'], registers, collect() { flushCounter(this, tallies.rows); } }),
    inflight: new Gauge({ name: 'mlci_inference_inflight_requests', help: 'Inference requests being served now.', labelNames: ['model'], registers, collect() { flushGauge(this, tallies.inflight.values()); } }),
    ready: new Gauge({ name: 'mlci_model_ready', help: '1 when the model version is loaded, warmed up and routed to.', labelNames: ['model', 'version', 'role'], registers }),
    loadDuration: new Gauge({ name: 'mlci_model_load_duration_seconds', help: 'Time to load and warm up the model version.', labelNames: ['model', 'version'], registers }),
    loadFailures: new Counter({ name: 'mlci_model_load_failures_total', help: 'Model versions that failed to load or warm up (the previous version kept serving).', labelNames: ['model'], registers }),
    info: new Gauge({ name: 'mlci_model_info', help: 'The model version served in each role and its digests; always 1.', labelNames: ['model', 'version', 'role', 'digest', 'model_digest'], registers }),
    shadowComparisons: new Counter({ name: 'mlci_shadow_comparisons_total', help: 'Requests run on the shadow version and compared with the response.', labelNames: ['model', 'version'], registers }),
    shadowDisagreements: new Counter({ name: 'mlci_shadow_disagreements_total', help: 'Shadow runs whose predictions differ from the response\'s.', labelNames: ['model', 'version'], registers }),
    score: new TallyHistogram('mlci_prediction_score', 'Binary: the positive class\'s probability; multiclass: the predicted class\'s probability.', ['model', 'version', 'role'], [...SCORE_BOUNDS], registry),
    logRecords: new Counter({ name: 'mlci_prediction_log_records_total', help: 'Prediction log records written.', registers }),
    logDropped: new Counter({ name: 'mlci_prediction_log_dropped_total', help: 'Prediction log records dropped because the writer fell behind or failed.', registers }),
    fastLaneRequests: new Counter({ name: 'mlci_http_fast_lane_requests_total', help: 'Inference requests read and answered by the fast lane rather than node:http.', registers, collect() { flushCounter(this, [tallies.fastLane]); } }),
    bridged: new Counter({ name: 'mlci_http_bridged_requests_total', help: 'Requests the fast lane read and node:http answered (other routes, errors), the connection staying with the lane.', registers, collect() { flushCounter(this, [tallies.bridged]); } }),
    handovers: new Counter({ name: 'mlci_http_handovers_total', help: 'Connections the fast lane handed to node:http for good (chunked, Expect, Upgrade, HTTP/1.0, a head outside its strict grammar).', registers, collect() { flushCounter(this, [tallies.handovers]); } }),
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;

/** the series one model version in one role counts into */
export interface VersionMetrics {
  duration: HistogramSeries;
  rows: CounterTally;
  score: HistogramSeries;
  inflight: GaugeTally;
  requests(code: number): CounterTally;
}

const versionCache = new WeakMap<ServerMetrics, Map<string, VersionMetrics>>();

/**
 * Cached per (model, version, role), so the inference path resolves no labels at all. Series stay
 * valid because these metrics are never removed (only mlci_model_ready and mlci_model_info are).
 */
export function versionMetrics(metrics: ServerMetrics, model: string, version: string, role: Role): VersionMetrics {
  let byKey = versionCache.get(metrics);
  if (!byKey) versionCache.set(metrics, (byKey = new Map()));
  const key = `${model}\u0000${version}\u0000${role}`;
  let found = byKey.get(key);
  if (!found) {
    const labels = { model, version, role };
    const { tallies } = metrics;
    let inflight = tallies.inflight.get(model);
    if (!inflight) tallies.inflight.set(model, (inflight = new GaugeTally({ model })));
    const rows = new CounterTally(labels);
    tallies.rows.push(rows);
    const byCode = new Map<number, CounterTally>();
    found = {
      duration: metrics.duration.labels(labels),
      rows,
      score: metrics.score.labels(labels),
      inflight,
      requests(code) {
        let tally = byCode.get(code);
        if (!tally) {
          byCode.set(code, (tally = new CounterTally({ ...labels, code: String(code) })));
          tallies.requests.push(tally);
        }
        return tally;
      },
    };
    byKey.set(key, found);
  }
  return found;
}
