/**
 * Interleaving columns into a row-major matrix: the one per-row loop of inference, and for a
 * small model the largest cost outside onnxruntime. A loop over columns inside a loop over rows
 * re-reads the column list for every cell; a loop whose body names every column as its own
 * constant writes each row in one go, about twice as fast. JavaScript cannot declare a variable
 * number of constants, so that body is generated for the columns at hand.
 *
 * Measured and dropped (1M rows × 30 columns): the columns as arguments, or read from an array
 * into locals, never faster; tiles of rows × columns, slower; passes over groups of 15 columns
 * in blocks of 8,192 rows, 10% faster for some block sizes and 35% slower for others;
 * Float32Array.prototype.set per column, slower. The loop is bound by reading 240 MB of float64
 * columns, once each, in order.
 *
 * V8 compiles such a loop one of two ways, and one is half again as slow: when the first call
 * is a long one (a batch of 65,536 rows), V8 optimizes the loop while it runs (on-stack
 * replacement) and that code stays, at 43 ms per million rows of 30 columns; when the function
 * has been called a few hundred times first, it is optimized whole, at 29 ms. So a new copier
 * is first called on a few rows a thousand times (under 1 ms), into a target of the kind it
 * will fill. It is then kept per set of columns (weakly, by the first column) and reused by
 * every predict over them: a candidate and its baseline read the same table.
 *
 * The generated source holds only integers derived from the column count (offsets and parameter
 * indices): no column name or value ever reaches it.
 */
type NumericArray = Float32Array | Float64Array | Int32Array;

/** writes rows [start, start + count) of its columns into `target`, row-major from index 0 */
export type RowMajorCopier = (target: NumericArray, start: number, count: number) => void;

/** above this width a generated body gets large; the plain loop serves instead */
const MAX_GENERATED_WIDTH = 512;

/** what a copier writes into: the kind of array its target is (float32 unless the model says otherwise) */
export type TargetKind = new (length: number) => NumericArray;

const WARM_UP_CALLS = 1000;
const WARM_UP_ROWS = 4;

const copiers = new WeakMap<Float64Array, { columns: Float64Array[]; kind: TargetKind; copy: RowMajorCopier }[]>();

export function rowMajorCopier(columns: Float64Array[], kind: TargetKind = Float32Array): RowMajorCopier {
  const width = columns.length;
  if (width === 0 || width > MAX_GENERATED_WIDTH) return (target, start, count) => copyRowMajorLoop(target, columns, start, count);
  const known = copiers.get(columns[0]!) ?? [];
  const same = known.find((k) => k.kind === kind && k.columns.length === width && k.columns.every((column, c) => column === columns[c]));
  if (same) return same.copy;
  const copy = generateCopier(columns);
  const rows = Math.min(WARM_UP_ROWS, ...columns.map((column) => column.length));
  if (rows > 0) {
    const scratch = new kind(rows * width);
    for (let i = 0; i < WARM_UP_CALLS; i++) copy(scratch, 0, rows);
  }
  copiers.set(columns[0]!, [...known, { columns: [...columns], kind, copy }]);
  return copy;
}

function generateCopier(columns: Float64Array[]): RowMajorCopier {
  const width = columns.length;
  const params = Array.from({ length: width }, (_, c) => `c${c}`);
  const body = params.map((p, c) => `t[o + ${c}] = ${p}[i];`).join('\n');
  const source = `return (t, start, count) => {\nfor (let i = start, o = 0, end = start + count; i < end; i++, o += ${width}) {\n${body}\n}\n};`;
  return new Function(...params, source)(...columns) as RowMajorCopier;
}

export function copyRowMajorLoop(target: NumericArray, columns: Float64Array[], start: number, count: number): void {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c]!;
    for (let r = 0, o = c; r < count; r++, o += width) target[o] = column[start + r]!;
  }
}
