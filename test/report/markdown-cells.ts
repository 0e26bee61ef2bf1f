// Reads Markdown tables the way GitHub does: a pipe ends a cell unless a backslash escapes it.

/** The cells of one table line. */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  // a line "| a | b |" splits into ['', ' a ', ' b ', '']
  return cells.slice(1, -1);
}

/** Every table in the text, as arrays of lines (header, rule, rows). */
export function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      found.push(current);
      current = [];
    }
  }
  if (current.length) found.push(current);
  return found;
}

/** The data row of a table whose first cell contains `first`. */
export function rowStartingWith(markdown: string, first: string): string[] {
  for (const t of tables(markdown)) {
    for (const line of t.slice(2)) {
      const cells = tableCells(line);
      if (cells[0]?.includes(first)) return cells.map((c) => c.trim());
    }
  }
  throw new Error(`no table row starts with ${first}`);
}
