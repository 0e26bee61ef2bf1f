import { parseDecimalText } from '../../data/decimal.js';

/**
 * A text cell as a number, or undefined when it is not one ('' and words are not; ' 1e3 ' is):
 * the readers' grammar (data/decimal.ts), so hex or "inf" is text here as it is to evaluate-gate.
 */
export function parseNumber(text: string): number | undefined {
  return parseDecimalText(text);
}

/** The canonical text of a numeric value used as a category ("1", not "1.0"). */
export function numberAsCategory(value: number): string {
  return String(value === 0 ? 0 : value);
}

export function isMissingText(text: string | null): text is null {
  return text === null || text === '';
}
