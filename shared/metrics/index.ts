// The public surface of the metrics library: everything else in shared/metrics is internal.
export { computeConfusionMatrix, computeMetrics, defaultMetricNames, prepareMetrics, type MetricEvaluator } from './compute.js';
export { bootstrapAgainstBaseline, bootstrapIntervals, DEFAULT_BOOTSTRAP_OPTIONS, metricDeltas, pairedBootstrapDeltas, pairedPValues, type BaselineBootstrap, type PreparedMetrics, type SliceResampling } from './bootstrap.js';
export { exactPairedTests, hasExactPairedTest, mcNemar } from './paired-exact.js';
export { attachPairedTest } from './paired-test.js';
export { countPositive, inputsOfRows, rowsOfMask } from './select-rows.js';
export { StreamingProbabilityFigures } from './streaming-probability.js';
export { binomialUpperTail, normalQuantile } from './distributions.js';
export { checkMetricNames, metricDirection, metricInfo, metricNamesForTask, metricsForTask } from './registry.js';
export { resampleCounts, SeededRandom } from './random.js';
export { percentileInterval } from './percentile.js';
export type * from './types.js';
export { LITTLE_BOOTSTRAPS_FROM_ROWS, littleBootstrapIntervals, littleBootstrapsAgainstBaseline, littleBootstrapsMinRows, littleBootstrapsPlan, littleBootstrapValues, type LittleBootstrapsPlan } from './little-bootstraps.js';
