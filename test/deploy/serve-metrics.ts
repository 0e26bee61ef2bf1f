import { Counter, Histogram, Registry } from 'prom-client';

/**
 * A prom-client registry holding the metrics mlci serve exposes (names and labels from
 * CONTRACTS.md), so that the analysis is tested on the text prom-client really writes.
 */
export function serveMetricsRegistry() {
  const registry = new Registry();
  const requests = new Counter({ name: 'mlci_inference_requests_total', help: 'Inference requests.', labelNames: ['model', 'version', 'role', 'code'], registers: [registry] });
  const duration = new Histogram({ name: 'mlci_inference_request_duration_seconds', help: 'Request duration.', labelNames: ['model', 'version', 'role'], registers: [registry] });
  const score = new Histogram({
    name: 'mlci_prediction_score',
    help: 'Prediction scores.',
    labelNames: ['model', 'version', 'role'],
    buckets: Array.from({ length: 20 }, (_, i) => Number(((i + 1) * 0.05).toFixed(2))),
    registers: [registry],
  });
  const comparisons = new Counter({ name: 'mlci_shadow_comparisons_total', help: 'Shadow comparisons.', labelNames: ['model', 'version'], registers: [registry] });
  const disagreements = new Counter({ name: 'mlci_shadow_disagreements_total', help: 'Shadow disagreements.', labelNames: ['model', 'version'], registers: [registry] });

  /** one request as the server would record it */
  function serve(model: string, version: string, role: 'stable' | 'canary' | 'shadow', seconds: number, code = 200, scoreValue?: number): void {
    requests.inc({ model, version, role, code: String(code) });
    duration.observe({ model, version, role }, seconds);
    if (scoreValue !== undefined && code < 400) score.observe({ model, version, role }, scoreValue);
  }
  function compareShadow(model: string, version: string, agreed: boolean): void {
    comparisons.inc({ model, version });
    if (!agreed) disagreements.inc({ model, version });
  }
  return { registry, serve, compareShadow, text: () => registry.metrics() };
}

/** a deterministic sequence in [0, 1) (a linear congruential generator), so tests need no seed library */
export function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
