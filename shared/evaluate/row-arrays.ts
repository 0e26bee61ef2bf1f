/**
 * Per-row figures a streamed evaluation keeps (encoded targets, slice codes): one typed array
 * that grows by half again when a stream outruns its first size, so that only these few bytes a
 * row outlive the batch they came in.
 */
type TypedArray = Int32Array | Float64Array | Float32Array | Uint8Array;

export class GrowingArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly Kind: new (length: number) => T,
    capacity: number,
  ) {
    this.data = new Kind(Math.max(16, capacity));
  }

  /** appends `values` (a batch's worth) */
  append(values: ArrayLike<number>): void {
    this.reserve(this.length + values.length);
    (this.data as Float64Array).set(values as ArrayLike<number>, this.length);
    this.length += values.length;
  }

  /** room for `rows` values; the array at `length` and on is then free to write */
  reserve(rows: number): T {
    if (rows > this.data.length) {
      const bigger = new this.Kind(Math.max(rows, Math.ceil(this.data.length * 1.5)));
      (bigger as Float64Array).set(this.data.subarray(0, this.length) as Float64Array);
      this.data = bigger;
    }
    return this.data;
  }

  /** the values so far (a view, no copy) */
  values(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
