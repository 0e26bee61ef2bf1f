// AssemblyScript, compiled by scripts/build-wasm.mjs into shared/model/binary-outputs-wasm.ts.
// A binary classifier's batch as predict keeps it compact (shared/model/binary-batch.ts drives it):
// onnxruntime writes the batch's two probability columns (f32) and its int64 labels straight into
// this module's memory; `keep` reads each row once, four rows a step, and writes P(class 1) and the
// label as a byte while the row is the common case: P(class 0) is P(class 1)'s float32 complement,
// P(class 1) lies in [0, 1] (so the row is a probability distribution) and the label is a class
// index below `classes`. It stops at the first row that is not, and JavaScript takes that row and
// the rest (output-collector.ts), which also says what is wrong with it.
// The memory is laid out at fixed offsets above the module's own data; nothing is allocated.

/** most rows a batch may have here (a longer one takes the JavaScript path) */
const CAPACITY: i32 = 65536;
const PROBABILITIES: usize = 65536;
const LABELS: usize = PROBABILITIES + (<usize>CAPACITY << 3);
const POSITIVE: usize = LABELS + (<usize>CAPACITY << 3);
const LABEL_BYTES: usize = POSITIVE + (<usize>CAPACITY << 2);

export function capacity(): i32 {
  return CAPACITY;
}
/** the batch's probabilities, row-major [n, 2] f32, as onnxruntime writes them */
export function probabilitiesAt(): usize {
  return PROBABILITIES;
}
/** the batch's labels, [n] i64 */
export function labelsAt(): usize {
  return LABELS;
}
/** what `keep` writes: P(class 1) per row, f32 */
export function positiveAt(): usize {
  return POSITIVE;
}
/** what `keep` writes: the label per row, u8 */
export function labelBytesAt(): usize {
  return LABEL_BYTES;
}
export function heapBase(): usize {
  return __heap_base;
}

/** whether row `r` is the common case (see above), one row at a time */
function commonRow(r: i32, classes: u32): bool {
  const at = <usize>r << 3;
  const positive = load<f32>(PROBABILITIES + at + 4);
  const ok = load<f32>(PROBABILITIES + at) == <f32>1.0 - positive && positive >= 0 && positive <= 1;
  return ok && load<u32>(LABELS + at + 4) == 0 && load<u32>(LABELS + at) < classes;
}

/** copies row `r`'s P(class 1) and label out; the row is a common one */
function keepRow(r: i32): void {
  const at = <usize>r << 3;
  store<f32>(POSITIVE + (<usize>r << 2), load<f32>(PROBABILITIES + at + 4));
  store<u8>(LABEL_BYTES + <usize>r, <u8>load<u32>(LABELS + at));
}

/**
 * Keeps rows [0, n) while each is the common case; returns how many were kept (the first row that
 * is not, or n). `classes` is at most 256, so a label fits its byte.
 */
export function keep(n: i32, classes: u32): i32 {
  const one = f32x4.splat(1.0);
  const zero = f32x4.splat(0.0);
  const limit = i32x4.splat(classes);
  const noHigh = i32x4.splat(0);
  let r: i32 = 0;
  for (; r + 4 <= n; r += 4) {
    const at = <usize>r << 3;
    const first = v128.load(PROBABILITIES + at);
    const second = v128.load(PROBABILITIES + at + 16);
    const negative = v128.shuffle<f32>(first, second, 0, 2, 4, 6);
    const positive = v128.shuffle<f32>(first, second, 1, 3, 5, 7);
    // f32 arithmetic: 1 − p rounded once to float32, which is what Math.fround(1 − p) gives
    let ok = f32x4.eq(negative, f32x4.sub(one, positive));
    ok = v128.and(ok, v128.and(f32x4.ge(positive, zero), f32x4.le(positive, one)));
    const labelsFirst = v128.load(LABELS + at);
    const labelsSecond = v128.load(LABELS + at + 16);
    const low = v128.shuffle<i32>(labelsFirst, labelsSecond, 0, 2, 4, 6);
    const high = v128.shuffle<i32>(labelsFirst, labelsSecond, 1, 3, 5, 7);
    ok = v128.and(ok, v128.and(i32x4.eq(high, noHigh), i32x4.lt_u(low, limit)));
    if (!v128.all_true<i32>(ok)) break;
    v128.store(POSITIVE + (<usize>r << 2), positive);
    const words = i16x8.narrow_i32x4_u(low, low);
    store<i32>(LABEL_BYTES + <usize>r, i32x4.extract_lane(i8x16.narrow_i16x8_u(words, words), 0));
  }
  for (; r < n; r++) {
    if (!commonRow(r, classes)) return r;
    keepRow(r);
  }
  return n;
}
