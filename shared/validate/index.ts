/** validate-data: schema rules, mergeable statistics and drift for datasets. */
export { validateData, type ValidateDataOptions, type DataValidationResult, type DataAnnotation } from './validate-data.js';
export { mergeStatisticsFiles, type MergeStatisticsOptions, type MergeStatisticsResult } from './merge-statistics.js';
export { inferSchemaFile, type InferSchemaFileOptions } from './infer-schema-file.js';
export { validateDataStep } from './step.js';
export { DatasetProfile, mergeStatistics, type DatasetStatisticsJson } from './stats/dataset-profile.js';
export { inferSchema } from './schema/infer-schema.js';
export { schemaToYaml } from './schema/schema-yaml.js';
export { loadDataSchema, parseDataSchema } from './schema/load-schema.js';
export type { DataSchema, ColumnSchema, ColumnType } from './schema/types.js';
export { datasetDrift, columnDrift, defaultDriftMethod, type DatasetDrift, type ColumnDrift, type DriftMethod } from './drift/column-drift.js';
export { ksTwoSample } from './drift/kolmogorov-smirnov.js';
export { chiSquareTest } from './drift/chi-square.js';
export { wassersteinDistance, jensenShannonDistance, populationStabilityIndex } from './drift/distances.js';
export type { RuleResult, Verdict } from './rules/rule-result.js';
export type { DataManifest } from './manifest.js';
