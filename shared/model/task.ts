/**
 * Which outputs of a model carry what, and so which task it does. Exporters name their outputs
 * by convention (scikit-learn: `label` + `probabilities`/`output_probability`, `variable` for
 * regressors); a model that follows none of them needs the `task` input.
 */
import { UserError } from '../errors.js';
import type { ModelSignature, Task, TensorSignature } from './types.js';

const LABEL_NAMES = ['label', 'output_label', 'labels', 'predicted_label'];
const PROBABILITY_NAMES = ['probabilities', 'output_probability', 'probability', 'probabilities_output', 'scores', 'probs'];
const VALUE_NAMES = ['variable', 'predictions', 'prediction', 'output', 'predicted', 'value'];
const FLOAT_TYPES = new Set(['float32', 'float64', 'float16']);

/** The outputs a task reads, by name, and the class count where known. */
export interface OutputPlan {
  task: Task;
  label?: TensorSignature;
  probabilities?: TensorSignature;
  values?: TensorSignature;
  /** number of probability columns (1 for a binary model giving only P(positive)), if known */
  probabilityColumns?: number;
}

export function inferTask(signature: ModelSignature, override?: Task): Task {
  return planOutputs(signature, override).task;
}

export function planOutputs(signature: ModelSignature, override?: Task): OutputPlan {
  const byName = (names: string[]) => {
    for (const name of names) {
      const output = signature.outputs.find((o) => o.name.toLowerCase() === name);
      if (output) return output;
    }
    return undefined;
  };
  const label = byName(LABEL_NAMES);
  let probabilities = byName(PROBABILITY_NAMES);
  // A "values" output with several columns (a network's `output` [N, 10]) is not one value per row.
  let values = byName(VALUE_NAMES);
  if (values && !oneValuePerRow(values)) values = undefined;
  const floats = signature.outputs.filter((o) => FLOAT_TYPES.has(o.type));
  const classifier = override === 'binary' || override === 'multiclass';
  // Told it is a classifier, a lone float output is its scores (a network's `output` [N, 1]), unless
  // it is named as scikit-learn names a regressor's predictions.
  if (classifier && !probabilities && floats.length === 1 && values?.name.toLowerCase() !== 'variable') values = undefined;
  if (!probabilities && !values && floats.length === 1) {
    // A lone float output: a regressor's values, or (when asked for a classifier) its scores.
    const only = floats[0]!;
    if (override === 'binary' || override === 'multiclass' || (!override && label)) probabilities = only;
    else if (override === 'regression' || oneValuePerRow(only)) values = only;
  }

  const columns = probabilities ? probabilityColumns(probabilities, signature) : undefined;
  const classifierTask: Task | undefined = probabilities ? (columns === undefined ? undefined : columns <= 2 ? 'binary' : 'multiclass') : undefined;
  const outputs = describeOutputs(signature);

  if (override === 'regression') {
    if (!values) throw cannotTell(`The model has no output that looks like regression values (outputs: ${outputs}).`, 'Name the prediction output "variable" or "predictions", or set task to the kind of model it is.');
    return { task: 'regression', values };
  }
  if (override === 'binary' || override === 'multiclass') {
    if (!probabilities) {
      throw cannotTell(
        `The model has no probability output, which ${override} evaluation needs (outputs: ${outputs}).`,
        'Export the classifier with its probabilities (for skl2onnx, keep the default probability output), or set task to regression if it is a regressor.',
      );
    }
    if (columns !== undefined && (override === 'binary') !== columns <= 2) {
      throw new UserError(
        `task is ${override}, but the model's probability output "${probabilities.name}" has ${columns} columns.`,
        'input task',
        `Set task to ${columns <= 2 ? 'binary' : 'multiclass'}, or leave it empty to infer it.`,
      );
    }
    return plan(override, label, probabilities, columns);
  }
  if (probabilities) {
    if (!classifierTask) {
      throw cannotTell(`The model's probability output "${probabilities.name}" does not declare how many classes it has.`, 'Set task to binary or multiclass.');
    }
    return plan(classifierTask, label, probabilities, columns);
  }
  if (values && !label) return { task: 'regression', values };
  if (label) {
    throw cannotTell(
      `The model outputs labels ("${label.name}") but no probabilities, which classification metrics need (outputs: ${outputs}).`,
      'Export the classifier with its probability output.',
    );
  }
  throw cannotTell(
    `mlci cannot tell what the model predicts from its outputs (${outputs}).`,
    'Set task to binary, multiclass or regression; classifiers should output "label" and "probabilities", regressors "variable".',
  );
}

function plan(task: Task, label: TensorSignature | undefined, probabilities: TensorSignature, columns: number | undefined): OutputPlan {
  return { task, probabilities, ...(label ? { label } : {}), ...(columns !== undefined ? { probabilityColumns: columns } : {}) };
}

/** from the output's last dimension, else the declared class labels */
function probabilityColumns(output: TensorSignature, signature: ModelSignature): number | undefined {
  const last = lastDim(output);
  if (typeof last === 'number' && last > 0 && output.shape.length >= 2) return last;
  if (output.shape.length === 1 && output.type !== 'sequence<map>') return 1;
  return signature.classLabels?.length;
}

function oneValuePerRow(output: TensorSignature): boolean {
  return output.shape.length <= 1 || (output.shape.length === 2 && typeof output.shape[1] !== 'number') || output.shape[1] === 1;
}

function lastDim(output: TensorSignature): number | string | undefined {
  return output.shape[output.shape.length - 1];
}

function describeOutputs(signature: ModelSignature): string {
  return signature.outputs.map((o) => `${o.name}: ${o.type}[${o.shape.join(', ')}]`).join('; ') || 'none';
}

function cannotTell(what: string, fix: string): UserError {
  return new UserError(what, 'model outputs', fix);
}
