/**
 * Loading an ONNX model for inference: its bytes checked and decoded (so a broken file is a clear
 * error, not an onnxruntime stack trace), ZipMap outputs swapped for plain tensors, one session.
 */
import { readFile } from 'node:fs/promises';
import { UserError, describeError } from '../errors.js';
import { sha256Bytes } from '../fs/digest.js';
import { decodeModel, type OnnxModel } from '../onnx/model-proto.js';
import { ProtoDecodeError } from '../onnx/wire.js';
import type { OrtModule, OrtSession, OrtSessionOptions } from '../runtime/ort-module.js';
import { signatureOf } from './signature.js';
import type { ModelSignature } from './types.js';
import { exposeZipMapInputs } from './zipmap.js';

export { predict, type PredictOptions } from './predict.js';

export interface LoadedModel {
  path: string;
  sizeBytes: number;
  sha256: string;
  /** as the file declares it (ZipMap outputs appear as 'sequence<map>') */
  signature: ModelSignature;
  /** the file's metadata_props (train-model writes mlci.feature_names, mlci.classes there) */
  metadata: Record<string, string>;
  session: OrtSession;
  ort: OrtModule;
  /** output name → name to fetch in its place (a ZipMap's input tensor) */
  fetchNames: Record<string, string>;
}

export interface LoadModelOptions {
  ort: OrtModule;
  /** onnxruntime session options; default: NO_SPIN_OPTIONS */
  sessionOptions?: OrtSessionOptions;
}

/**
 * onnxruntime's worker threads spin between runs by default. On a CI runner's few shared cores
 * that spinning takes the CPU from the JavaScript that fills the next batch (and from everything
 * else on the machine), so mlci lets them sleep.
 */
export const NO_SPIN_OPTIONS: OrtSessionOptions = { extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } };

/** A model file read and decoded, before onnxruntime has it: enough to know its inputs and outputs. */
export type ModelFile = Omit<LoadedModel, 'session' | 'ort'> & {
  /** what onnxruntime loads: the path, or the bytes when ZipMap outputs were swapped */
  sessionSource: string | Uint8Array;
};

export async function loadModel(pathOrFile: string | ModelFile, options: LoadModelOptions): Promise<LoadedModel> {
  const { sessionSource, ...file } = typeof pathOrFile === 'string' ? await readModelFile(pathOrFile) : pathOrFile;
  const path = file.path;
  const sessionOptions = options.sessionOptions ?? NO_SPIN_OPTIONS;
  let session: OrtSession;
  try {
    session = typeof sessionSource === 'string' ? await options.ort.InferenceSession.create(sessionSource, sessionOptions) : await options.ort.InferenceSession.create(sessionSource, sessionOptions);
  } catch (err) {
    throw new UserError(
      `onnxruntime cannot load ${path}: ${describeError(err)}`,
      path,
      'Re-export the model with an opset and operators onnxruntime supports (opset ≤ 22 is safe), and check that it loads with onnxruntime in Python.',
    );
  }
  return { ...file, session, ort: options.ort };
}

/** Reads and decodes a model file (a clear UserError when it is not one), without onnxruntime. */
export async function readModelFile(path: string): Promise<ModelFile> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EISDIR') throw new UserError(`The model path ${path} is a directory, not an ONNX file.`, path, 'Point model at the .onnx file itself (train-model writes <output-dir>/model.onnx; an artifact: input names a file inside the artifact, as artifact:NAME/model.onnx).');
    throw new UserError(
      err.code === 'ENOENT' ? `The model file ${path} does not exist.` : `The model file ${path} cannot be read: ${describeError(err)}`,
      path,
      'Check the model path (relative paths start at the repository root) and that an earlier step produced the file.',
    );
  });
  const model = decodeOnnxFile(bytes, path);
  const { bytes: runnable, replacements } = exposeZipMapInputs(bytes, model);
  return {
    path,
    sizeBytes: bytes.length,
    sha256: sha256Bytes(bytes),
    signature: signatureOf(model),
    metadata: model.metadata,
    fetchNames: replacements,
    // From the path when the bytes are unchanged: onnxruntime then finds external data files
    // (weights stored next to a large model) relative to it.
    sessionSource: runnable === bytes ? path : runnable,
  };
}

/** Decodes a model file, turning "not protobuf" and "not a model" into one clear UserError. */
export function decodeOnnxFile(bytes: Uint8Array, path: string): OnnxModel {
  const notOnnx = (why: string) =>
    new UserError(
      `${path} is not a complete ONNX model: ${why}.`,
      path,
      'The file is truncated or is not ONNX. Re-export the model (for scikit-learn, with skl2onnx) and, if it is stored with Git LFS, make sure the checkout fetched the real file (actions/checkout with lfs: true).',
    );
  if (bytes.length === 0) throw notOnnx('the file is empty');
  if (looksLikeLfsPointer(bytes)) throw notOnnx('it is a Git LFS pointer, not the model itself');
  let model: OnnxModel;
  try {
    model = decodeModel(bytes);
  } catch (err) {
    if (err instanceof ProtoDecodeError) throw notOnnx(`its bytes end or break off mid-message (${err.message}; the file has ${bytes.length} bytes)`);
    throw err;
  }
  if (!model.irVersion || model.opsetImports.length === 0 || model.graph.outputs.length === 0) {
    throw notOnnx('it decodes, but has no IR version, opset or graph outputs');
  }
  return model;
}

function looksLikeLfsPointer(bytes: Uint8Array): boolean {
  const prefix = 'version https://git-lfs';
  return bytes.length < 1024 && Buffer.from(bytes.subarray(0, prefix.length)).toString('latin1') === prefix;
}
