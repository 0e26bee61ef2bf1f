/**
 * scikit-learn exporters end classifiers with a ZipMap: probabilities as a sequence of
 * {class: probability} maps, one per row. onnxruntime-node cannot return sequences of maps, so we
 * expose the float tensor that feeds the ZipMap as an extra graph output and fetch that instead.
 *
 * The rewrite appends bytes rather than re-encoding the model. Protobuf merges a message field
 * that appears twice, and concatenates repeated fields, so a trailing `graph { output { ... } }`
 * adds one output to the model's graph and leaves every other byte as the exporter wrote it:
 * fields our decoder does not model (training info, functions, sparse initializers, doc strings)
 * cannot be lost, and a model of hundreds of megabytes is not rebuilt.
 */
import { writeValueInfo } from '../onnx/build-model.js';
import { GraphField, ModelField } from '../onnx/fields.js';
import { attributeOf, type OnnxModel } from '../onnx/model-proto.js';
import { ProtoWriter } from '../onnx/wire.js';

export interface ZipMapExposure {
  /** the model's bytes with the ZipMaps' input tensors added as outputs (the same bytes if none) */
  bytes: Uint8Array;
  /** ZipMap output name → name of the tensor (rows × classes) to fetch in its place */
  replacements: Record<string, string>;
}

export function exposeZipMapInputs(bytes: Uint8Array, model: OnnxModel): ZipMapExposure {
  const graphOutputs = new Set(model.graph.outputs.map((o) => o.name));
  const replacements: Record<string, string> = {};
  const added = new ProtoWriter();
  for (const node of model.graph.nodes) {
    if (node.opType !== 'ZipMap' || node.domain !== 'ai.onnx.ml') continue;
    const output = node.outputs[0];
    const input = node.inputs[0];
    if (!output || !input || !graphOutputs.has(output)) continue;
    replacements[output] = input;
    if (graphOutputs.has(input)) continue;
    graphOutputs.add(input);
    const classes = (attributeOf(node, 'classlabels_int64s', 'ints') ?? attributeOf(node, 'classlabels_strings', 'strings'))?.length;
    // ZipMap accepts only float tensors; the row count stays unknown, the class count is declared.
    added.message(GraphField.output, (v) =>
      writeValueInfo(v, { name: input, type: { kind: 'tensor', elemType: 'float32', shape: [null, classes ?? null] } }),
    );
  }
  if (added.byteLength === 0) return { bytes, replacements };
  const graphPatch = new ProtoWriter().bytes(ModelField.graph, added.finish()).finish();
  const patched = new Uint8Array(bytes.length + graphPatch.length);
  patched.set(bytes);
  patched.set(graphPatch, bytes.length);
  return { bytes: patched, replacements };
}
