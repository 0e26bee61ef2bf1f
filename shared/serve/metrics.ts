/**
 * The server's Prometheus metrics (prom-client), named as CONTRACTS.md fixes them: deploy's
 * analysis reads these names and labels, so they change only with that contract. Base units
 * (seconds), `_total` counters. One registry per server, so several servers in one process (tests)
 * keep their counts apart.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096, 16384, 65536];
/** 0.05, 0.10, … 1.00 */
const SCORE_BUCKETS = Array.from({ length: 20 }, (_, i) => Math.round((i + 1) * 5) / 100);

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
  return {
    registry,
    requests: new Counter({ name: 'mlci_inference_requests_total', help: 'Inference requests by model, version, role and HTTP status code.', labelNames: ['model', 'version', 'role', 'code'], registers }),
    duration: new Histogram({ name: 'mlci_inference_request_duration_seconds', help: 'Time from a request\'s body read to its response written.', labelNames: ['model', 'version', 'role'], buckets: LATENCY_BUCKETS, registers }),
    queue: new Histogram({ name: 'mlci_inference_queue_duration_seconds', help: 'Time a request waited in the dynamic batcher\'s queue.', labelNames: ['model', 'version'], buckets: LATENCY_BUCKETS, registers }),
    batchSize: new Histogram({ name: 'mlci_inference_batch_size', help: 'Rows per session.run.', labelNames: ['model', 'version'], buckets: BATCH_BUCKETS, registers }),
    rows: new Counter({ name: 'mlci_inference_rows_total', help: 'Rows inferred.', labelNames: ['model', 'version', 'role'], registers }),
    inflight: new Gauge({ name: 'mlci_inference_inflight_requests', help: 'Inference requests being served now.', labelNames: ['model'], registers }),
    ready: new Gauge({ name: 'mlci_model_ready', help: '1 when the model version is loaded, warmed up and routed to.', labelNames: ['model', 'version', 'role'], registers }),
    loadDuration: new Gauge({ name: 'mlci_model_load_duration_seconds', help: 'Time to load and warm up the model version.', labelNames: ['model', 'version'], registers }),
    loadFailures: new Counter({ name: 'mlci_model_load_failures_total', help: 'Model versions that failed to load or warm up (the previous version kept serving).', labelNames: ['model'], registers }),
    info: new Gauge({ name: 'mlci_model_info', help: 'The model version served in each role and its digests; always 1.', labelNames: ['model', 'version', 'role', 'digest', 'model_digest'], registers }),
    shadowComparisons: new Counter({ name: 'mlci_shadow_comparisons_total', help: 'Requests run on the shadow version and compared with the response.', labelNames: ['model', 'version'], registers }),
    shadowDisagreements: new Counter({ name: 'mlci_shadow_disagreements_total', help: 'Shadow runs whose predictions differ from the response\'s.', labelNames: ['model', 'version'], registers }),
    score: new Histogram({ name: 'mlci_prediction_score', help: 'Binary: the positive class\'s probability; multiclass: the predicted class\'s probability.', labelNames: ['model', 'version', 'role'], buckets: SCORE_BUCKETS, registers }),
    logRecords: new Counter({ name: 'mlci_prediction_log_records_total', help: 'Prediction log records written.', registers }),
    logDropped: new Counter({ name: 'mlci_prediction_log_dropped_total', help: 'Prediction log records dropped because the writer fell behind or failed.', registers }),
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;

/** the labelled children one model version in one role counts into */
export interface VersionMetrics {
  duration: Histogram.Internal<string>;
  rows: Counter.Internal;
  score: Histogram.Internal<string>;
  inflight: Gauge.Internal<string>;
  requests(code: number): Counter.Internal;
}

const versionCache = new WeakMap<ServerMetrics, Map<string, VersionMetrics>>();

/**
 * Cached per (model, version, role): prom-client hashes and validates a label object on every
 * call otherwise, several times per request on the inference path. Children stay valid because
 * these metrics are never removed (only mlci_model_ready and mlci_model_info are).
 */
export function versionMetrics(metrics: ServerMetrics, model: string, version: string, role: Role): VersionMetrics {
  let byKey = versionCache.get(metrics);
  if (!byKey) versionCache.set(metrics, (byKey = new Map()));
  const key = `${model}\u0000${version}\u0000${role}`;
  let found = byKey.get(key);
  if (!found) {
    const labels = { model, version, role };
    const byCode = new Map<number, Counter.Internal>();
    found = {
      duration: metrics.duration.labels(labels),
      rows: metrics.rows.labels(labels),
      score: metrics.score.labels(labels),
      inflight: metrics.inflight.labels({ model }),
      requests(code) {
        let child = byCode.get(code);
        if (!child) byCode.set(code, (child = metrics.requests.labels({ ...labels, code: String(code) })));
        return child;
      },
    };
    byKey.set(key, found);
  }
  return found;
}

/** prom-client's per-label-set state of a histogram (lib/histogram.js, 15.x) */
interface HistogramEntry {
  labels: Record<string, string>;
  bucketValues: Record<number, number>;
  sum: number;
  count: number;
}

/**
 * Observes every value, as `child.observe` one by one would, for a batch's scores: prom-client
 * validates and hashes the labels on every observe (about a microsecond each), which a 1,000-row
 * request would pay 1,000 times. The first value goes through prom-client, which validates the
 * labels and creates their entry; the rest are added to that entry. Where the entry is not shaped
 * as prom-client 15 shapes it, every value goes through prom-client.
 */
export function observeMany(histogram: Histogram, child: Histogram.Internal<string>, labels: Record<string, string>, values: number[]): void {
  if (values.length === 0) return;
  child.observe(values[0]!);
  if (values.length === 1) return;
  const internals = histogram as unknown as { hashMap?: Record<string, HistogramEntry>; upperBounds?: number[] };
  const entry = Object.values(internals.hashMap ?? {}).find((e) => sameLabels(e.labels, labels));
  const bounds = internals.upperBounds;
  if (!entry || !bounds || typeof entry.bucketValues !== 'object' || typeof entry.sum !== 'number' || typeof entry.count !== 'number') {
    for (let i = 1; i < values.length; i++) child.observe(values[i]!);
    return;
  }
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    entry.sum += value;
    entry.count += 1;
    // the first upper bound at or above the value, as prom-client's findBound; above all: only +Inf
    for (const bound of bounds) {
      if (value <= bound) {
        if (Object.hasOwn(entry.bucketValues, bound)) entry.bucketValues[bound] += 1;
        break;
      }
    }
  }
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
