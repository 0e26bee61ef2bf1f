// The analysis reads what a real prom-client registry writes, including the words for special
// values: prom-client writes NaN as "Nan" (an idle server's event-loop lag mean), and Prometheus
// itself reads NaN and Inf in any case.
import { Gauge, Histogram, Registry } from 'prom-client';
import { parsePrometheusText } from '../../shared/deploy/prometheus-text.js';

test('NaN in any case, and +Inf buckets, from a real prom-client registry', async () => {
  const registry = new Registry();
  const idle = new Gauge({ name: 'mlci_test_idle_seconds', help: 'a gauge with no figure yet', registers: [registry] });
  idle.set(NaN);
  const latency = new Histogram({ name: 'mlci_test_seconds', help: 'latency', buckets: [0.1], registers: [registry] });
  latency.observe(0.05);
  latency.observe(5);
  const text = await registry.metrics();
  expect(text).toMatch(/^mlci_test_idle_seconds Nan$/m);
  const scrape = parsePrometheusText(text, 'a test registry');
  expect(scrape.get('mlci_test_idle_seconds')![0]!.value).toBeNaN();
  const buckets = scrape.get('mlci_test_seconds_bucket')!.map((s) => [s.labels.le, s.value]);
  expect(buckets).toEqual([['0.1', 1], ['+Inf', 2]]);

  const words = parsePrometheusText('a NaN\nb nan\nc +Inf\nd -inf\ne Inf\n', 'words');
  expect(['a', 'b', 'c', 'd', 'e'].map((n) => words.get(n)![0]!.value)).toEqual([NaN, NaN, Infinity, -Infinity, Infinity]);
});
