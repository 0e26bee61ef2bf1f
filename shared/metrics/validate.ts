import { UserError } from '../errors.js';
import type { Task } from '../model/types.js';
import type { ClassificationInputs, MetricInputs, RegressionInputs, RowWeights } from './types.js';

/**
 * Checks that the inputs fit the task and each other before any metric reads them, so that a NaN
 * probability or an out-of-range class is reported at its row rather than as a silently wrong figure.
 */
export function checkInputs(task: Task, inputs: MetricInputs, weights?: RowWeights): void {
  if (task === 'regression') checkRegression(asRegression(inputs));
  else checkClassification(task, asClassification(inputs));
  if (weights) checkWeights(weights, inputs.yTrue.length);
}

export function asClassification(inputs: MetricInputs): ClassificationInputs {
  if (!('classCount' in inputs)) throw new Error('classification metrics were given regression inputs');
  return inputs;
}

export function asRegression(inputs: MetricInputs): RegressionInputs {
  if ('classCount' in inputs) throw new Error('regression metrics were given classification inputs');
  return inputs;
}

function checkClassification(task: Task, { yTrue, yPred, proba, classCount: k }: ClassificationInputs): void {
  const n = yTrue.length;
  if (!Number.isInteger(k) || k < 2) throw new Error(`classCount must be an integer >= 2, got ${k}`);
  if (task === 'binary' && k !== 2) throw new Error(`a binary task has 2 classes, got classCount ${k}`);
  if (yPred.length !== n) throw new Error(`yPred has ${yPred.length} rows, yTrue ${n}`);
  for (let i = 0; i < n; i++) {
    if (yTrue[i]! < 0 || yTrue[i]! >= k) throw new Error(`yTrue[${i}] = ${yTrue[i]} is not a class index below ${k}`);
    if (yPred[i]! < 0 || yPred[i]! >= k) throw new Error(`yPred[${i}] = ${yPred[i]} is not a class index below ${k}`);
  }
  if (!proba) return;
  // a binary model's P(class 1) alone is one column (types.ts)
  const width = k === 2 && proba.length === n ? 1 : k;
  if (proba.length !== n * width) throw new Error(`proba has ${proba.length} values, expected ${n} rows × ${k} classes`);
  for (let j = 0; j < proba.length; j++) {
    const p = proba[j]!;
    if (!(p >= 0 && p <= 1)) {
      const row = Math.floor(j / width);
      throw new UserError(
        `The model gave the probability ${p} to class ${width === 1 ? 1 : j % k} at row ${row + 1}; probabilities must lie in [0, 1].`,
        `row ${row + 1} of the evaluation data`,
        'If the model ends at its logits (most networks leave softmax to the loss), set scores: logits; otherwise check the output for NaN from this row\'s features.',
      );
    }
  }
}

function checkRegression({ yTrue, yPred }: RegressionInputs): void {
  if (yPred.length !== yTrue.length) throw new Error(`yPred has ${yPred.length} rows, yTrue ${yTrue.length}`);
  for (let i = 0; i < yPred.length; i++) {
    if (!Number.isFinite(yPred[i])) {
      throw new UserError(
        `The model predicted ${yPred[i]} at row ${i + 1}; metrics need finite predictions.`,
        `row ${i + 1} of the evaluation data`,
        'Check the row\'s features for values far outside the training range, and the model for numeric overflow.',
      );
    }
    if (!Number.isFinite(yTrue[i])) throw new Error(`yTrue[${i}] = ${yTrue[i]} is not finite`);
  }
}

function checkWeights(weights: RowWeights, n: number): void {
  if (weights.length !== n) throw new Error(`weights has ${weights.length} rows, yTrue ${n}`);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0 && w < Infinity)) throw new Error(`weights[${i}] = ${w} is not a finite non-negative number`);
  }
}
