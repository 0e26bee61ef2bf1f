import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/report/format.ts
function formatNumber(value, digits = 4) {
  if (value === null || value === void 0) return "\u2014";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : "\u2212\u221E";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9 || magnitude < 1e-6) return minus(value.toExponential(Math.max(0, digits - 1)));
  if (magnitude >= 10 ** digits) return minus(formatCount(value));
  const text = Number(value.toPrecision(digits)).toString();
  return minus(text.includes("e") ? value.toFixed(digits) : text);
}
function formatSigned(value, digits = 4) {
  if (value === null || value === void 0) return "\u2014";
  const text = formatNumber(value, digits);
  return value > 0 ? `+${text}` : text;
}
function formatPercent(fraction, digits = 3, signed = false) {
  if (fraction === null || fraction === void 0) return "\u2014";
  const percent = fraction * 100;
  const text = formatNumber(percent, digits);
  return `${signed && percent > 0 ? "+" : ""}${text}%`;
}
function formatBytes(bytes) {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${unit === 0 ? String(Math.round(value)) : formatNumber(value, 3)} ${units[unit]}`;
}
function formatMs(ms) {
  if (!Number.isFinite(ms)) return formatNumber(ms);
  if (ms !== 0 && Math.abs(ms) < 1) return `${formatNumber(ms * 1e3, 3)} \xB5s`;
  if (Math.abs(ms) >= 1e4) return `${formatNumber(ms / 1e3, 3)} s`;
  return `${formatNumber(ms, 3)} ms`;
}
function formatCount(value) {
  const whole = Math.round(value);
  if (!Number.isSafeInteger(whole)) return whole.toLocaleString("en-US");
  const digits = String(Math.abs(whole));
  let text = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return whole < 0 ? `-${text}` : text;
}
function minus(text) {
  return text.replace(/^-/, "\u2212");
}

export {
  formatNumber,
  formatSigned,
  formatPercent,
  formatBytes,
  formatMs,
  formatCount
};
