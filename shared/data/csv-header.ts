import { UserError } from '../errors.js';

const LIKELY_DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter as a byte, or a UserError for one the parser cannot use. */
export function delimiterByte(delimiter: string, source: string): number {
  const code = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  // Characters that can be part of a number (or a quote or line break) cannot also separate cells.
  if (code < 0 || code > 0x7f || /["\r\n0-9.+\-eE]/.test(delimiter)) {
    throw new UserError(`the delimiter ${JSON.stringify(delimiter)} cannot separate CSV cells`, source, "use one ASCII character that is not a quote, a line break or part of a number, such as ',', ';', '\\t' or '|'");
  }
  return code;
}

/** columns one file may have: far above real tables, far below what exhausts memory */
export const MAX_COLUMNS = 20_000;

/**
 * Checks a header row: every column named, no name twice, and not one lone column whose name holds
 * another likely delimiter (the file is separated by something else).
 */
export function checkHeader(names: string[], delimiter: string, source: string, line: number): void {
  const where = `${source}:${line}`;
  const location = { file: source, line };
  if (names.length > MAX_COLUMNS) {
    // every column costs a builder (and in validate-data a profile with sketches): bound it up front
    throw new UserError(`the header of ${source} has ${names.length} columns, more than the ${MAX_COLUMNS} mlci reads from one file`, where, 'select the columns you need into a narrower file (or reshape a very wide table into rows)', location);
  }
  if (names.some((name) => name.includes('\r'))) {
    throw new UserError(
      `the header of ${source} runs into the next line at a bare carriage return`,
      where,
      'the file seems to end its lines with CR alone (old Mac style); convert it to LF or CRLF line endings',
      location,
    );
  }
  if (names.length === 1) {
    const other = LIKELY_DELIMITERS.find((d) => d !== delimiter && names[0]!.includes(d));
    if (other) {
      throw new UserError(
        `${source} was read with delimiter ${JSON.stringify(delimiter)} and its header came out as one column, ${JSON.stringify(names[0]!.slice(0, 80))}`,
        where,
        `it looks like ${JSON.stringify(other)}-separated; pass delimiter: ${JSON.stringify(other)}`,
        location,
      );
    }
  }
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name.trim() === '') {
      throw new UserError(
        `column ${i + 1} of the header of ${source} has no name`,
        where,
        i === 0 ? 'name every column; an unnamed first column is usually a saved index (pandas: to_csv(..., index=False))' : 'name every column in the header line, or remove the trailing delimiter',
        location,
      );
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new UserError(`column name ${JSON.stringify(name)} appears twice in the header of ${source} (columns ${earlier + 1} and ${i + 1})`, where, 'give every column a distinct name', location);
    }
    seen.set(name, i);
  });
}

/** Where each requested column sits in the file, or a UserError naming one that is not there. */
export function selectColumns(names: string[], wanted: string[] | undefined, source: string): number[] {
  if (!wanted) return names.map((_, i) => i);
  return wanted.map((name) => {
    const index = names.indexOf(name);
    if (index < 0) {
      const shown = names.slice(0, 20).map((n) => JSON.stringify(n)).join(', ') + (names.length > 20 ? `, … (${names.length} in all)` : '');
      throw new UserError(`column ${JSON.stringify(name)} is not in ${source}`, source, `use one of its columns: ${shown}`, { file: source, line: 1 });
    }
    return index;
  });
}
