import { DOT, MINUS, PLUS, SPACE, TAB, ZERO } from './bytes.js';

/**
 * Reads a decimal number straight from bytes, without making a string: the hot path of every
 * numeric CSV cell. The result always equals `Number(text)`: the fast path is taken only when the
 * answer is one correctly rounded IEEE operation on exact operands (at most 2^53 for the digits and
 * 10^22 for the power of ten, Clinger's fast path); anything else goes through `Number()` itself.
 *
 * Grammar: optional spaces, optional sign, digits with an optional `.` (at least one digit), an
 * optional exponent, optional spaces; or `Infinity` with an optional sign. Hex, binary, `NaN` and
 * `1_000` are not numbers here even where `Number()` would take them. Returns NaN for "not a number".
 */
export const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const MAX_EXACT = 9007199254740992; // 2^53
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const UPPER_I = 0x49;

export function parseDecimal(buf: Buffer, start: number, end: number): number {
  let i = start;
  if (buf[i] === SPACE || buf[i] === TAB) {
    while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
    if (i === end) return NaN;
  }
  if (buf[end - 1] === SPACE || buf[end - 1] === TAB) {
    while (buf[end - 1] === SPACE || buf[end - 1] === TAB) end--;
  }
  const first = i;
  let negative = false;
  if (buf[i] === MINUS) {
    negative = true;
    i++;
  } else if (buf[i] === PLUS) i++;
  if (buf[i] === UPPER_I) return parseInfinity(buf, negative, i, end);

  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let d = 0;
  while (i < end && (d = buf[i]! - ZERO) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    digits++;
    i++;
  }
  if (i < end && buf[i] === DOT) {
    i++;
    while (i < end && (d = buf[i]! - ZERO) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      scale--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return NaN;

  let exponent = 0;
  if (i < end && (buf[i] === LOWER_E || buf[i] === UPPER_E)) {
    i++;
    let exponentNegative = false;
    if (i < end && buf[i] === MINUS) {
      exponentNegative = true;
      i++;
    } else if (i < end && buf[i] === PLUS) i++;
    const exponentStart = i;
    while (i < end && (d = buf[i]! - ZERO) >= 0 && d <= 9) {
      if (exponent < 100_000) exponent = exponent * 10 + d;
      i++;
    }
    if (i === exponentStart) return NaN;
    if (exponentNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;

  const power = scale + exponent;
  if (mantissa === 0) return negative ? -0 : 0;
  // The digits only grow the mantissa, so a final value under 2^53 means every step was exact.
  if (mantissa < MAX_EXACT) {
    let value: number | undefined;
    if (power === 0) value = mantissa;
    else if (power > 0 && power <= 22) value = mantissa * POW10[power]!;
    else if (power < 0 && power >= -22) value = mantissa / POW10[-power]!;
    else if (power > 22 && power <= 22 + 15) {
      // 123e30 = (123e8 exact) * 1e22, as long as the first product is still exact
      const scaled = mantissa * POW10[power - 22]!;
      if (scaled < MAX_EXACT) value = scaled * 1e22;
    }
    if (value !== undefined) return negative ? -value : value;
  }
  return Number(buf.toString('latin1', first, end));
}

function parseInfinity(buf: Buffer, negative: boolean, at: number, end: number): number {
  if (end - at !== 8 || buf.toString('latin1', at, end) !== 'Infinity') return NaN;
  return negative ? -Infinity : Infinity;
}

/** parseDecimal's grammar over text: spaces and tabs around, sign, digits with one optional dot, exponent; or Infinity */
const DECIMAL_TEXT = /^[ \t]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)[ \t]*$/;

/**
 * The same grammar as parseDecimal for a cell already decoded to text (validate-data's statistics
 * and rules, the schema): undefined where parseDecimal gives NaN, so that "0x10" or "inf" is text
 * in every step, never a number in one and text in the next.
 */
export function parseDecimalText(text: string): number | undefined {
  return DECIMAL_TEXT.test(text) ? Number(text) : undefined;
}

/** True when the bytes are only spaces and tabs: such a cell is missing, not zero. */
export function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== SPACE && buf[i] !== TAB) return false;
  return true;
}
