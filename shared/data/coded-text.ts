import type { TextColumn } from './table.js';

/**
 * A text column kept as codes into a dictionary (see TextColumn.codes): its `values` are made from
 * the codes only when a consumer first reads them, so that one counting codes never pays for an
 * array of strings per batch.
 */
export function codedTextColumn(name: string, codes: Int32Array, dictionary: readonly string[], firstNonNumericRow?: number): TextColumn {
  let values: (string | null)[] | undefined;
  const column: TextColumn = {
    kind: 'text',
    name,
    get values(): (string | null)[] {
      return (values ??= decodeCodes(codes, dictionary));
    },
    codes,
    dictionary,
  };
  if (firstNonNumericRow !== undefined) column.firstNonNumericRow = firstNonNumericRow;
  return column;
}

/** the texts of `codes` (null for -1) */
export function decodeCodes(codes: Int32Array, dictionary: readonly string[]): (string | null)[] {
  const values = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    values[i] = code < 0 ? null : dictionary[code]!;
  }
  return values;
}

/** one cell of a text column, read from its codes when it has them (without making `values`) */
export function textAt(column: TextColumn, row: number): string | null {
  const codes = column.codes;
  if (codes && column.dictionary) {
    const code = codes[row]!;
    return code < 0 ? null : column.dictionary[code]!;
  }
  return column.values[row]!;
}
