/** A text cell as a number, or undefined when it is not one ('' and words are not; ' 1e3 ' is). */
export function parseNumber(text: string): number | undefined {
  const v = Number(text);
  if (v !== v || text.trim() === '') return undefined;
  return v;
}

/** The canonical text of a numeric value used as a category ("1", not "1.0"). */
export function numberAsCategory(value: number): string {
  return String(value === 0 ? 0 : value);
}

export function isMissingText(text: string | null): text is null {
  return text === null || text === '';
}
