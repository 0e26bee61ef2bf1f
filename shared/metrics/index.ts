// The public surface of the metrics library: everything else in shared/metrics is internal.
export { computeConfusionMatrix, computeMetrics, defaultMetricNames, prepareMetrics, type MetricEvaluator } from './compute.js';
export { bootstrapAgainstBaseline, bootstrapIntervals, DEFAULT_BOOTSTRAP_OPTIONS, metricDeltas, pairedBootstrapDeltas, type PreparedMetrics } from './bootstrap.js';
export { checkMetricNames, metricDirection, metricInfo, metricNamesForTask, metricsForTask } from './registry.js';
export { resampleCounts, SeededRandom } from './random.js';
export { percentileInterval } from './percentile.js';
export type * from './types.js';
