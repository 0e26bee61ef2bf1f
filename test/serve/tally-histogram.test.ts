// TallyHistogram (the inference path's histograms) must expose exactly what prom-client's own
// Histogram exposes for the same values: same bucket lines, sum, count and label order.
import { Histogram, Registry } from 'prom-client';
import { TallyHistogram } from '../../shared/serve/cheap-metrics.js';

const BUCKETS = [0.1, 0.25, 0.5, 0.75, 0.9, 1];

function pair() {
  const tally = new Registry();
  const reference = new Registry();
  return {
    tally,
    reference,
    ours: new TallyHistogram('score', 'scores', ['model', 'version', 'role'], BUCKETS, tally),
    theirs: new Histogram({ name: 'score', help: 'scores', labelNames: ['model', 'version', 'role'], buckets: BUCKETS, registers: [reference] }),
  };
}

test('a batch of values gives the same exposition as prom-client observing them one by one', async () => {
  const { tally, reference, ours, theirs } = pair();
  // edges, values above every bound, and two label sets that must stay apart
  const values = [0, 0.1, 0.1000001, 0.25, 0.3, 0.5, 0.74, 0.75, 0.9, 0.95, 1, 1.5, 7, 0.05];
  const sets = [
    { model: 'm', version: 'v1', role: 'stable' },
    { model: 'm "q"', version: 'v2', role: 'canary' },
  ];
  for (const labels of sets) {
    ours.labels(labels).observeMany(values);
    ours.labels({ ...labels }).observeMany(Float32Array.from(values.slice(0, 3)));
    for (const v of [...values, ...Float32Array.from(values.slice(0, 3))]) theirs.labels(labels).observe(v);
  }
  const text = await tally.metrics();
  expect(text).toBe(await reference.metrics());
  expect(text).toContain('score_count{model="m",version="v1",role="stable"} 17');
});

test('one value, no values, and a series never observed', async () => {
  const { tally, reference, ours, theirs } = pair();
  const labels = { model: 'm', version: 'v', role: 'shadow' };
  ours.labels(labels).observeMany([]);
  ours.labels(labels).observe(0.3);
  theirs.labels(labels).observe(0.3);
  expect(await tally.metrics()).toBe(await reference.metrics());
});
