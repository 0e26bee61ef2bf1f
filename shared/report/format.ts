/**
 * Number formatting for reports and gate messages: a fixed number of significant digits, so that
 * 0.97660818 and 1234.5678 both read well, without trailing zeros or scientific notation for
 * everyday magnitudes.
 */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9 || magnitude < 1e-6) return minus(value.toExponential(Math.max(0, digits - 1)));
  // Whole numbers with more digits than asked are shown whole: 12345 rather than 1.235e4.
  if (magnitude >= 10 ** digits) return minus(formatCount(value));
  const text = Number(value.toPrecision(digits)).toString();
  return minus(text.includes('e') ? value.toFixed(digits) : text);
}

/** A change with its sign always written: +0.117, −0.02, 0. */
export function formatSigned(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return '—';
  const text = formatNumber(value, digits);
  return value > 0 ? `+${text}` : text;
}

/** A fraction as a percentage: 0.1362 → "13.62%" (significant digits of the percentage). */
export function formatPercent(fraction: number | null | undefined, digits = 3, signed = false): string {
  if (fraction === null || fraction === undefined) return '—';
  const percent = fraction * 100;
  const text = formatNumber(percent, digits);
  return `${signed && percent > 0 ? '+' : ''}${text}%`;
}

/** Sizes in decimal units (1 MB = 1,000,000 bytes), the same unit as the policy's model_size_mb. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? String(Math.round(value)) : formatNumber(value, 3)} ${units[unit]}`;
}

/** Milliseconds, switching to µs below 1 ms and to s above 10 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return formatNumber(ms);
  if (ms !== 0 && Math.abs(ms) < 1) return `${formatNumber(ms * 1000, 3)} µs`;
  if (Math.abs(ms) >= 10000) return `${formatNumber(ms / 1000, 3)} s`;
  return `${formatNumber(ms, 3)} ms`;
}

/**
 * A whole number with its thousands set off by commas, as en-US writes it: 1,234,567. Not
 * toLocaleString, whose first call loads the locale's data (20 ms of a 0.5 s evaluation).
 */
export function formatCount(value: number): string {
  const whole = Math.round(value);
  if (!Number.isSafeInteger(whole)) return whole.toLocaleString('en-US');
  const digits = String(Math.abs(whole));
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return whole < 0 ? `-${text}` : text;
}

/** A typographic minus reads better in tables than a hyphen. */
function minus(text: string): string {
  return text.replace(/^-/, '−');
}
