// observeMany adds a batch's scores to a prom-client histogram in one go; the exposition it yields
// must be the one prom-client gives for the same values observed one by one.
import { Histogram, Registry } from 'prom-client';
import { observeMany } from '../../shared/serve/metrics.js';

function histogramPair() {
  const make = () => {
    const registry = new Registry();
    const histogram = new Histogram({ name: 'score', help: 'scores', labelNames: ['model', 'version', 'role'], buckets: [0.1, 0.25, 0.5, 0.75, 0.9, 1], registers: [registry] });
    return { registry, histogram };
  };
  return { bulk: make(), single: make() };
}

test('a batch of values gives the same buckets, sum and count as observing them one by one', async () => {
  const { bulk, single } = histogramPair();
  // edges, values above every bound, and two label sets that must stay apart
  const values = [0, 0.1, 0.1000001, 0.25, 0.3, 0.5, 0.74, 0.75, 0.9, 0.95, 1, 1.5, 7, 0.05];
  const sets = [
    { model: 'm', version: 'v1', role: 'stable' },
    { model: 'm', version: 'v2', role: 'canary' },
  ];
  for (const labels of sets) {
    observeMany(bulk.histogram, bulk.histogram.labels(labels), labels, values);
    observeMany(bulk.histogram, bulk.histogram.labels(labels), labels, values.slice(0, 3));
    for (const v of [...values, ...values.slice(0, 3)]) single.histogram.labels(labels).observe(v);
  }
  const text = await bulk.registry.metrics();
  expect(text).toBe(await single.registry.metrics());
  expect(text).toContain('score_count{model="m",version="v1",role="stable"} 17');
});

test('one value and no values', async () => {
  const { bulk, single } = histogramPair();
  const labels = { model: 'm', version: 'v', role: 'shadow' };
  observeMany(bulk.histogram, bulk.histogram.labels(labels), labels, []);
  observeMany(bulk.histogram, bulk.histogram.labels(labels), labels, [0.3]);
  single.histogram.labels(labels).observe(0.3);
  expect(await bulk.registry.metrics()).toBe(await single.registry.metrics());
});
