/** What a model is asked to do; inferred from its outputs or given by the user. */
export type Task = 'binary' | 'multiclass' | 'regression';

export type TensorElementType = 'float32' | 'float64' | 'int64' | 'int32' | 'string' | 'bool' | string;

export interface TensorSignature {
  name: string;
  /** element type as onnxruntime names it */
  type: TensorElementType;
  /** dimensions; a string or -1 for a symbolic (batch) dimension */
  shape: (number | string)[];
}

/** A model's inputs and outputs as read from the ONNX file, before any session exists. */
export interface ModelSignature {
  inputs: TensorSignature[];
  /** tensor outputs, plus non-tensor ones (ZipMap's sequence of maps) with type 'sequence<map>' */
  outputs: TensorSignature[];
  /** class labels the model declares (ZipMap, LinearClassifier, TreeEnsembleClassifier attributes) */
  classLabels?: (number | string)[];
  /** the feature columns in the order the model takes them, when it records them (mlci.feature_names) */
  featureNames?: string[];
  producer?: string;
  opsets: Record<string, number>;
}

/**
 * A model's predictions over all rows, columnar.
 * Classification: `probabilities` is row-major rows × classes; `labels` holds the class index
 * (position in `classes`) each row was assigned. Regression: `values` holds one prediction per row.
 */
export interface Predictions {
  task: Task;
  rowCount: number;
  classes?: (number | string)[];
  /** 8-bit when predicted with `compact` and the classes are at most 256 */
  labels?: Int32Array | Uint8Array;
  /** with `compact`, a binary model's is one column, P(class 1), when every row's P(class 0) is Math.fround(1 − it) (output-collector.ts) */
  probabilities?: Float32Array | Float64Array;
  values?: Float32Array | Float64Array;
}

/** Timing of inference, for the operational part of the report. */
export interface InferenceTiming {
  batchSize: number;
  batches: number;
  /** present when the model's input fixes the batch size (fixed-batch.ts): `batchSize` is that size */
  fixedBatchSize?: number;
  /** timed runs behind the latency percentiles: the batches, and repeats of the first when they were few (latency-runs.ts) */
  latencySamples?: number;
  /** milliseconds per batch: one session.run, from its call to its resolution (see timing.ts) */
  batchLatencyP50: number;
  batchLatencyP95: number;
  /** milliseconds per row */
  rowLatencyP50: number;
  rowLatencyP95: number;
  /** rows over totalMs */
  rowsPerSecond: number;
  /** the whole stage: inputs filled from the columns, runs, outputs collected */
  totalMs: number;
}
