/**
 * Interleaving columns into a row-major matrix: the one per-row loop of inference, and for a
 * small model the largest cost outside onnxruntime. A loop over columns inside a loop over rows
 * re-reads the column list for every cell; a loop whose body names every column as its own
 * local writes each row in one go, about twice as fast. JavaScript cannot declare a variable
 * number of locals, so that body is generated, once per width.
 *
 * The generated source holds only integers derived from the width (offsets and parameter
 * indices): no column name or value ever reaches it.
 */
type NumericArray = Float32Array | Float64Array | Int32Array;
type Copier = (target: NumericArray, start: number, count: number, ...columns: Float64Array[]) => void;

const copiers = new Map<number, Copier>();
/** above this width a generated body gets large; the plain loop is used instead */
const MAX_GENERATED_WIDTH = 512;

/** Writes rows [start, start + count) of `columns` into `target`, row-major from index 0. */
export function copyRowMajor(target: NumericArray, columns: Float64Array[], start: number, count: number): void {
  const width = columns.length;
  if (width > MAX_GENERATED_WIDTH) return copyRowMajorLoop(target, columns, start, count);
  let copier = copiers.get(width);
  if (!copier) {
    copier = generateCopier(width);
    copiers.set(width, copier);
  }
  copier(target, start, count, ...columns);
}

function generateCopier(width: number): Copier {
  if (!Number.isInteger(width) || width < 0) throw new RangeError(`Bad width ${width}`);
  const params = Array.from({ length: width }, (_, c) => `c${c}`);
  const body = params.map((p, c) => `t[o + ${c}] = ${p}[i];`).join('\n');
  return new Function('t', 'start', 'count', ...params, `for (let i = start, o = 0, end = start + count; i < end; i++, o += ${width}) {\n${body}\n}`) as Copier;
}

export function copyRowMajorLoop(target: NumericArray, columns: Float64Array[], start: number, count: number): void {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c]!;
    for (let r = 0, o = c; r < count; r++, o += width) target[o] = column[start + r]!;
  }
}
