/**
 * One loaded, warmed-up model version as the server serves it: its OIP metadata, the check of a
 * request against it, and one session.run over OIP tensors. It runs through shared/model's
 * loadModel and batch runner: the same code (and the same ZipMap handling) evaluate-gate gates with.
 */
import { describeError } from '../errors.js';
import { mainThreadRunner, type BatchInput, type BatchRunner } from '../model/batch-runner.js';
import { NO_SPIN_OPTIONS, loadModel, type LoadedModel } from '../model/session.js';
import { planOutputs, type OutputPlan } from '../model/task.js';
import type { OrtModule } from '../runtime/ort-module.js';
import { allocateArray, oipDatatypeOf, ortTypeOf, type OipDatatype } from './datatypes.js';
import { badRequest } from './http-error.js';
import type { Tensor } from './tensor.js';

export interface MetadataTensor {
  name: string;
  datatype: OipDatatype;
  /** -1 for a dynamic dimension */
  shape: number[];
}

/** which model version this is, as the registry (or the file's bytes) names it */
export interface ModelIdentity {
  version: string;
  /** sha256:… of the OCI manifest; for a plain file, the file's */
  digest: string;
  /** sha256:… of the model.onnx bytes */
  modelDigest: string;
}

export interface ServedModel extends ModelIdentity {
  path: string;
  inputs: MetadataTensor[];
  outputs: MetadataTensor[];
  /** outputs whose values are per-class scores: output name → class labels */
  classLabels: Record<string, (number | string)[]>;
  /** names of the columns of a single [N, k] input, from the file's metadata */
  featureNames?: string[];
  /** what the outputs mean (classifier, regressor), when shared/model can tell */
  plan?: OutputPlan;
  /** true when the first dim of every input and output is the row dim, so requests can be stacked */
  batchable: boolean;
  loadSeconds: number;
  /** the rows a request carries, after checking its inputs against the metadata (400 otherwise) */
  check(inputs: Tensor[], where: string): number;
  /** every output, for the inputs as given */
  run(inputs: Tensor[]): Promise<Tensor[]>;
  release(): Promise<void>;
}

/**
 * onnxruntime threads per session.run; 0: onnxruntime's own choice, one per physical core of the
 * host. A server's parallelism is across requests (the batcher runs them together), and a run's
 * worker threads are woken and waited for on every batch: on this project's 2-core machine, where
 * onnxruntime's choice starts one worker thread, one thread was no worse for the bench's LR and
 * better for its MLP (17.5 → 17.2 and 19.1 → 17.6 µs of CPU a request, its 1,000-row request 0.53
 * → 0.49 and 0.60 → 0.53 ms; `node bench/serve.mjs --compare-threads=0,1`, docs/serve.md, "One
 * onnxruntime thread"). onnxruntime's choice
 * also counts the host's cores, not a container's CPU limit: a pod limited to 2 CPUs on a 64-core
 * node would run 64 threads. More threads help a large model's single request on an idle machine
 * (`--intra-op-threads`).
 */
export const DEFAULT_INTRA_OP_THREADS = 1;

export async function loadServedModel(path: string, identity: Partial<ModelIdentity>, ort: OrtModule, intraOpThreads = DEFAULT_INTRA_OP_THREADS): Promise<ServedModel> {
  const started = performance.now();
  const loaded = await loadModel(path, { ort, sessionOptions: intraOpThreads > 0 ? { ...NO_SPIN_OPTIONS, intraOpNumThreads: intraOpThreads } : NO_SPIN_OPTIONS });
  const modelDigest = `sha256:${loaded.sha256}`;
  const inputs = loaded.signature.inputs.map((i) => metadataTensor(i.name, i.type, i.shape, path));
  const outputs = loaded.signature.outputs.map((o) => (loaded.fetchNames[o.name] ? zipMapMetadata(o.name, loaded) : metadataTensor(o.name, o.type, o.shape, path)));
  const runner = mainThreadRunner(ort, loaded.session);
  // made once for the model: every answer shares it, so its JSON is made once too (encode-response.ts)
  const labelParameters = loaded.signature.classLabels ? Object.freeze({ class_labels: JSON.stringify(loaded.signature.classLabels) }) : undefined;
  const model: ServedModel = {
    version: identity.version ?? loaded.sha256.slice(0, 12),
    digest: identity.digest ?? modelDigest,
    modelDigest,
    path,
    inputs,
    outputs,
    classLabels: classLabelsOf(loaded),
    ...featureNamesOf(loaded),
    ...outputPlanOf(loaded),
    batchable: false,
    loadSeconds: 0,
    check: (tensors, where) => checkInputs(inputs, tensors, where),
    run: (tensors) => runOnce(runner, loaded, outputs, labelParameters, tensors),
    release: () => loaded.session.release(),
  };
  model.batchable = await warmUp(model);
  model.loadSeconds = (performance.now() - started) / 1000;
  return model;
}

function metadataTensor(name: string, type: string, shape: (number | string)[], path: string): MetadataTensor {
  const datatype = oipDatatypeOf(type);
  if (!datatype) throw new Error(`${path}: the tensor "${name}" has type ${type}, which the Open Inference Protocol cannot carry`);
  return { name, datatype, shape: shape.map((d) => (typeof d === 'number' && d >= 0 ? d : -1)) };
}

/** a ZipMap output is served as the [N, C] float tensor that feeds it */
function zipMapMetadata(name: string, loaded: LoadedModel): MetadataTensor {
  const classes = loaded.signature.classLabels?.length;
  return { name, datatype: 'FP32', shape: [-1, classes ?? -1] };
}

function classLabelsOf(loaded: LoadedModel): Record<string, (number | string)[]> {
  const labels = loaded.signature.classLabels;
  if (!labels) return {};
  const out: Record<string, (number | string)[]> = {};
  for (const name of Object.keys(loaded.fetchNames)) out[name] = labels;
  return out;
}

function featureNamesOf(loaded: LoadedModel): { featureNames?: string[] } {
  try {
    const names: unknown = JSON.parse(loaded.metadata['mlci.feature_names'] ?? 'null');
    return Array.isArray(names) && names.every((n) => typeof n === 'string') ? { featureNames: names } : {};
  } catch {
    return {};
  }
}

function outputPlanOf(loaded: LoadedModel): { plan?: OutputPlan } {
  try {
    return { plan: planOutputs(loaded.signature) };
  } catch {
    // a model whose outputs are neither a classifier's nor a regressor's is served all the same
    return {};
  }
}

function checkInputs(declared: MetadataTensor[], tensors: Tensor[], where: string): number {
  if (declared.length === 1 && tensors.length === 1) {
    // the common case, checked without building anything; a mismatch takes the full path below for its error
    const [spec, tensor] = [declared[0]!, tensors[0]!];
    if (tensor.name === spec.name && tensor.datatype === spec.datatype && fitsShape(spec.shape, tensor.shape)) return tensor.shape[0] ?? 1;
  }
  const names = declared.map((d) => d.name).join(', ');
  const seen = new Set<string>();
  let rows: number | undefined;
  for (const tensor of tensors) {
    const spec = declared.find((d) => d.name === tensor.name);
    const at = `${where}: input "${tensor.name}"`;
    if (!spec) throw badRequest(`The model has no input "${tensor.name}".`, at, `Send the model's inputs: ${names}.`);
    if (seen.has(tensor.name)) throw badRequest(`The input "${tensor.name}" is sent twice.`, at, 'Send each input once.');
    seen.add(tensor.name);
    if (tensor.datatype !== spec.datatype) throw badRequest(`The input "${tensor.name}" is ${spec.datatype}, and the request sends ${tensor.datatype}.`, at, `Send it as ${spec.datatype}.`);
    if (!fitsShape(spec.shape, tensor.shape)) {
      throw badRequest(
        `The input "${tensor.name}" has shape [${spec.shape.join(', ')}] (-1: any size), and the request sends [${tensor.shape.join(', ')}].`,
        at,
        'Send the shape the model metadata lists, with the number of rows first.',
      );
    }
    const n = tensor.shape[0] ?? 1;
    if (rows !== undefined && n !== rows) throw badRequest(`The inputs have different numbers of rows (${rows} and ${n}).`, at, 'Send the same rows in every input.');
    rows = n;
  }
  const missing = declared.filter((d) => !seen.has(d.name)).map((d) => d.name);
  if (missing.length > 0) throw badRequest(`The request lacks the input${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.`, where, `Send the model's inputs: ${names}.`);
  return rows ?? 1;
}

function fitsShape(declared: number[], shape: number[]): boolean {
  if (shape.length !== declared.length) return false;
  for (let i = 0; i < declared.length; i++) if (declared[i] !== -1 && declared[i] !== shape[i]) return false;
  return true;
}

/** `labelParameters`: the class labels, given on the outputs a ZipMap fed */
async function runOnce(runner: BatchRunner, loaded: LoadedModel, outputs: MetadataTensor[], labelParameters: Readonly<Record<string, unknown>> | undefined, tensors: Tensor[]): Promise<Tensor[]> {
  const inputs: BatchInput[] = tensors.map((t) => ({ name: t.name, type: ortTypeOf(t.datatype), data: t.data as BatchInput['data'], dims: t.shape }));
  const fetches = outputs.map((o) => loaded.fetchNames[o.name] ?? o.name);
  const result = await runner.run(inputs, fetches);
  return outputs.map((o, i) => {
    const out = result.outputs[fetches[i]!]!;
    const tensor: Tensor = { name: o.name, datatype: o.datatype, shape: [...out.dims], data: out.data };
    if (labelParameters && loaded.fetchNames[o.name]) tensor.parameters = labelParameters;
    return tensor;
  });
}

/**
 * Runs one row of zeros, then two: the first run takes onnxruntime's one-time costs before the
 * model is ready, the second tells whether requests can be stacked (every output has a row each).
 */
async function warmUp(model: ServedModel): Promise<boolean> {
  const sample = (rows: number): Tensor[] =>
    model.inputs.map((i) => {
      const shape = i.shape.map((d, k) => (k === 0 && d === -1 ? rows : d === -1 ? 1 : d));
      return { name: i.name, datatype: i.datatype, shape, data: allocateArray(i.datatype, shape.reduce((a, b) => a * b, 1)) };
    });
  try {
    await model.run(sample(1));
  } catch (err) {
    throw new Error(`the warm-up run on one row of zeros failed: ${describeError(err)}`);
  }
  if (!model.inputs.every((i) => i.shape.length > 0 && i.shape[0] === -1)) return false;
  try {
    const outputs = await model.run(sample(2));
    return outputs.every((o) => o.shape[0] === 2);
  } catch {
    return false;
  }
}
