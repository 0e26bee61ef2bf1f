// A jest environment in which onnxruntime-node's outputs pass onnxruntime-common's own checks.
// Jest runs each test file in a separate V8 context with its own Float32Array & co; the native
// binding creates output arrays in Node's main context, so `data instanceof Float32Array` fails
// inside onnxruntime-common ("A float32 tensor's data must be type of function Float32Array()").
// Sharing the main context's typed-array constructors with the test context removes the mismatch.
// Use per file with the docblock `@jest-environment ./test/runtime/ort-environment.js`, or
// globally with `testEnvironment` in jest.config.js.
import { TestEnvironment } from 'jest-environment-node';

const SHARED = [
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

export default class OrtEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) if (globalThis[name]) this.global[name] = globalThis[name];
  }
}
