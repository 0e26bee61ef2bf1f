// A jest environment in which onnxruntime-node's outputs pass onnxruntime-common's own checks.
// Jest runs each test file in a separate V8 context with its own Float32Array & co; the native
// binding creates output arrays in Node's main context, so `data instanceof Float32Array` fails
// inside onnxruntime-common ("A float32 tensor's data must be type of function Float32Array()").
// Sharing the main context's typed-array constructors with the test context removes the mismatch.
// Use per file with the docblock `@jest-environment ./test/runtime/ort-environment.js`, or
// globally with `testEnvironment` in jest.config.js.
//
// With MLCI_TRACE_HANDLES=1 it also names, per test file, the handles (servers, sockets, workers,
// children, timers) the file opened and left open: on 2 cores every file runs in one process, and
// one such handle keeps the whole run from exiting.
import { createRequire } from 'node:module';
import { TestEnvironment } from 'jest-environment-node';

const { describeHandles } = createRequire(import.meta.url)('../support/open-handles.cjs');

const SHARED = [
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

const TRACE = process.env.MLCI_TRACE_HANDLES === '1';
// Sockets a test destroyed close on a later tick; handles still there after this were left open.
const SETTLE_MS = 50;

export default class OrtEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    for (const name of SHARED) if (globalThis[name]) this.global[name] = globalThis[name];
  }

  async setup() {
    await super.setup();
    if (TRACE) this.handlesBefore = new Set(process._getActiveHandles());
  }

  async teardown() {
    if (TRACE) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const left = process._getActiveHandles().filter((handle) => !this.handlesBefore.has(handle));
      const lines = describeHandles(left).filter((line) => !line.startsWith('resource kinds'));
      if (lines.length > 0) {
        process.stderr.write(`handles left open by ${this.testPath}:\n${lines.map((line) => `  - ${line}\n`).join('')}`);
      }
    }
    await super.teardown();
  }
}
