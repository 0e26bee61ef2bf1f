import { EmbeddedWasm } from '../runtime/embedded-wasm.js';
import { BINARY_OUTPUTS_WASM } from './binary-outputs-wasm.js';

/** What assembly/binary-outputs.ts exports. */
interface BinaryOutputsExports {
  memory: { buffer: ArrayBuffer };
  capacity(): number;
  probabilitiesAt(): number;
  labelsAt(): number;
  positiveAt(): number;
  labelBytesAt(): number;
  heapBase(): number;
  keep(n: number, classes: number): number;
}

const binaryOutputs = new EmbeddedWasm(BINARY_OUTPUTS_WASM);

/**
 * Instances given back by finished passes, for the next: a fresh instance's 1.4 MB are pages the
 * kernel faults in one by one (about 0.8 ms here), as onnxruntime's own arena is reused run after
 * run. Two at most: evaluate-gate's candidate and baseline run side by side.
 */
const idle: BinaryBatch[] = [];
const MAX_IDLE = 2;

/**
 * Where onnxruntime writes a compact binary classifier's batch (its [n, 2] probabilities and [n]
 * int64 labels), in a WebAssembly module's memory, and the module's loop that keeps the common
 * rows (assembly/binary-outputs.ts): P(class 1) and the label byte, four rows a step.
 *
 * Why: evaluate-gate keeps a binary model's outputs compact, and the JavaScript loops that did
 * this (the complement check, the labels' BigInt halves) cost about 3 ms a million rows, an
 * eighth of onnxruntime's own runs of a logistic regression. output-collector.ts keeps those
 * loops for the rows the module stops at and for everything else.
 */
export class BinaryBatch {
  /** rows a batch may have */
  readonly capacity: number;
  /** [capacity, 2] float32: onnxruntime's target for the probabilities */
  readonly probabilities: Float32Array;
  /** [capacity] int64: onnxruntime's target for the labels */
  readonly labels: BigInt64Array;
  private readonly positive: Float32Array;
  private readonly labelBytes: Uint8Array;

  /** an idle instance, or a new one; null where WebAssembly (with SIMD) is not there. Give it back with release(). */
  static take(): BinaryBatch | null {
    const reused = idle.pop();
    if (reused) return reused;
    const module = binaryOutputs.instantiate<BinaryOutputsExports>();
    return module ? new BinaryBatch(module) : null;
  }

  /** for the next pass to take; nothing of this pass's may use it after */
  release(): void {
    if (idle.length < MAX_IDLE && !idle.includes(this)) idle.push(this);
  }

  private constructor(private readonly module: BinaryOutputsExports) {
    const buffer = module.memory.buffer;
    const capacity = (this.capacity = module.capacity());
    if (module.heapBase() > module.probabilitiesAt()) throw new Error('binary-outputs: the module data overlaps its layout');
    this.probabilities = new Float32Array(buffer, module.probabilitiesAt(), capacity * 2);
    this.labels = new BigInt64Array(buffer, module.labelsAt(), capacity);
    this.positive = new Float32Array(buffer, module.positiveAt(), capacity);
    this.labelBytes = new Uint8Array(buffer, module.labelBytesAt(), capacity);
  }

  /**
   * Keeps the batch's first rows of the `n` in `probabilities` and `labels` while each is a common
   * row, into `keptProbabilities` and `keptLabels` from `at`; returns how many it kept. `classes`
   * (at most 256): a label must be below it.
   */
  keep(n: number, classes: number, keptProbabilities: Float32Array, keptLabels: Uint8Array, at: number): number {
    const kept = this.module.keep(n, classes);
    keptProbabilities.set(this.positive.subarray(0, kept), at);
    keptLabels.set(this.labelBytes.subarray(0, kept), at);
    return kept;
  }
}
