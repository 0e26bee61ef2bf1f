/**
 * The onnxruntime-node module as the rest of mlci sees it. A type only: the module itself is
 * obtained at run time by loadOnnxRuntime (onnxruntime.ts), never imported statically, because the
 * bundled actions do not ship it.
 */
export type OrtModule = typeof import('onnxruntime-node');
export type OrtSession = import('onnxruntime-node').InferenceSession;
export type OrtTensor = import('onnxruntime-node').Tensor;
export type OrtSessionOptions = import('onnxruntime-node').InferenceSession.SessionOptions;
