import { rowMajorCopier } from '../../shared/model/row-major.js';

const copyRowMajor = (target: Float32Array | Float64Array | Int32Array, columns: Float64Array[], start: number, count: number) => rowMajorCopier(columns)(target, start, count);

function columnsOf(width: number, rows: number): Float64Array[] {
  return Array.from({ length: width }, (_, c) => Float64Array.from({ length: rows }, (_, r) => c * 1000 + r + 0.5));
}

test.each([1, 3, 30, 600])('width %i: rows [start, start+count) interleaved row-major', (width) => {
  const columns = columnsOf(width, 50);
  const target = new Float64Array(20 * width).fill(-1);
  copyRowMajor(target, columns, 17, 20);
  for (let r = 0; r < 20; r++) for (let c = 0; c < width; c++) expect(target[r * width + c]).toBe(c * 1000 + 17 + r + 0.5);
});

test('converts into float32 and int32 targets, leaving the rest of a larger buffer alone', () => {
  const columns = columnsOf(2, 5);
  const f32 = new Float32Array(10).fill(-1);
  copyRowMajor(f32, columns, 0, 3);
  expect(Array.from(f32)).toEqual([0.5, 1000.5, 1.5, 1001.5, 2.5, 1002.5, -1, -1, -1, -1]);
  const i32 = new Int32Array(4);
  copyRowMajor(i32, columns, 3, 2);
  expect(Array.from(i32)).toEqual([3, 1003, 4, 1004]);
});

test('the same columns get the same copier back (kept, so V8 keeps its optimized code); others a new one', () => {
  const columns = columnsOf(3, 10);
  const first = rowMajorCopier(columns);
  expect(rowMajorCopier([...columns])).toBe(first);
  const other = rowMajorCopier([columns[0]!, columns[2]!, columns[1]!]);
  expect(other).not.toBe(first);
  const target = new Float64Array(6);
  other(target, 4, 2);
  expect(Array.from(target)).toEqual([4.5, 2004.5, 1004.5, 5.5, 2005.5, 1005.5]);
  first(target, 4, 2);
  expect(Array.from(target)).toEqual([4.5, 1004.5, 2004.5, 5.5, 1005.5, 2005.5]);
});
