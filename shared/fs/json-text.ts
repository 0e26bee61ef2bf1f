/**
 * Pieces of JSON text exactly as `JSON.stringify(value, null, 2)` writes them nested inside a larger
 * value, for a writer that produces a large file's text piece by piece instead of building the
 * whole object first (statistics.json: see RowSample.jsonText).
 */

/** a number as JSON.stringify writes it: NaN and ±Infinity as null, -0 as 0 (as String(-0)) */
export function jsonNumber(value: number): string {
  return value - value === 0 ? String(value) : 'null';
}

/** the line break and indentation before a value `depth` levels deep (JSON.stringify's gap of 2 spaces) */
export function jsonBreak(depth: number): string {
  return `\n${'  '.repeat(depth)}`;
}

/** JSON.stringify's longest gap: a longer one is cut to this many characters */
const MAX_GAP = 10;

/**
 * The text of JSON.stringify(values, null, 2) for an array of numbers, strings and nulls as it reads
 * `depth` levels deep inside another value (its brackets at that depth; a hole reads null, as in
 * JSON.stringify).
 */
export function jsonArray(values: readonly (number | string | null | undefined)[], depth: number): string {
  const gap = '  '.repeat(depth + 1);
  // The elements' indentation is stringify's own gap (no second pass over the text to indent it),
  // and only the closing bracket moves, from column 0 to the depth's indentation.
  if (values.length > 0 && gap.length <= MAX_GAP) return `${JSON.stringify(values, null, gap).slice(0, -1)}${'  '.repeat(depth)}]`;
  return jsonIndented(values, depth);
}

/** the text of JSON.stringify(value, null, 2) as it reads nested `depth` levels deep inside another value */
export function jsonIndented(value: unknown, depth: number): string {
  // JSON.stringify escapes a line feed inside a string (\n), so each raw one is a break between values
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', jsonBreak(depth));
}
