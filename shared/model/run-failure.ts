import { UserError, describeError } from '../errors.js';
import type { BatchInput } from './batch-runner.js';
import type { TensorSignature } from './types.js';

const shapeText = (dims: readonly (number | string)[]) => `[${dims.join(', ')}]`;

/**
 * What onnxruntime's refusal to run a batch means for the user: the error, and the shapes that
 * were fed against the shapes the model declares, so that a model whose weights take another
 * number of features than the data has (behind a symbolic width such as [N, F]) says so.
 */
export function runFailure(modelPath: string, declared: TensorSignature[], inputs: BatchInput[], rows: string, error: unknown): UserError {
  const fed = inputs.map((input) => {
    const shape = declared.find((d) => d.name === input.name)?.shape;
    return `"${input.name}" ${shapeText(input.dims)}${shape ? ` (declared ${shapeText(shape)})` : ''}`;
  });
  const why = describeError(error);
  const dimension = /dimension|shape|size/i.test(why);
  return new UserError(
    `onnxruntime could not run ${modelPath} on ${rows}: ${why}. It was fed ${fed.join(', ')}.`,
    modelPath,
    dimension
      ? 'The data has a different number of feature columns than the model was trained on (a symbolic width such as [N, F] hides it until the weights are reached): evaluate on the columns it was trained with, or drop the extra ones; a fixed batch size in the model needs a dynamic batch axis (dynamic_axes in torch.onnx.export).'
      : 'Check that the model runs on this data with onnxruntime elsewhere (the same columns, in the same types).',
  );
}
