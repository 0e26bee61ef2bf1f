/**
 * Interleaving columns into a row-major matrix: the one per-row loop of inference, and for a
 * small model the largest cost outside onnxruntime. A loop over columns inside a loop over rows
 * re-reads the column list for every cell; a loop whose body names every column as its own
 * constant writes each row in one go, about twice as fast. JavaScript cannot declare a variable
 * number of constants, so that body is generated for the columns at hand.
 *
 * Measured and dropped (1M rows × 30 columns): the columns as arguments, or read from an array
 * into locals, never faster and in some runs 45% slower; tiles of rows × columns and groups of
 * columns per pass, no faster or slower; Float32Array.prototype.set per column, slower. The
 * loop is bound by reading 240 MB of float64 columns, once each, in order. A body generated
 * afresh per predict call costs nothing extra after the first: V8 reuses the code compiled for
 * the same source.
 *
 * The generated source holds only integers derived from the column count (offsets and parameter
 * indices): no column name or value ever reaches it.
 */
type NumericArray = Float32Array | Float64Array | Int32Array;

/** writes rows [start, start + count) of its columns into `target`, row-major from index 0 */
export type RowMajorCopier = (target: NumericArray, start: number, count: number) => void;

/** above this width a generated body gets large; the plain loop serves instead */
const MAX_GENERATED_WIDTH = 512;

export function rowMajorCopier(columns: Float64Array[]): RowMajorCopier {
  const width = columns.length;
  if (width > MAX_GENERATED_WIDTH) return (target, start, count) => copyRowMajorLoop(target, columns, start, count);
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
