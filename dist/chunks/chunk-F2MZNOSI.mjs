import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/steps/inputs.ts
function parseBooleanInput(name, raw, fallback) {
  const value = raw.trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new UserError(`Input "${name}" must be true or false, got "${raw}".`, `input ${name}`, `Set ${name}: true or ${name}: false.`);
}
function parseNumberInput(name, raw, fallback, range) {
  if (raw.trim() === "") return fallback;
  const value = Number(raw);
  const bad = !Number.isFinite(value) || range?.integer && !Number.isInteger(value) || range?.min !== void 0 && value < range.min || range?.max !== void 0 && value > range.max;
  if (bad) {
    const limits = [range?.integer ? "a whole number" : "a number", range?.min !== void 0 ? `\u2265 ${range.min}` : "", range?.max !== void 0 ? `\u2264 ${range.max}` : ""].filter(Boolean).join(" ");
    throw new UserError(`Input "${name}" must be ${limits}, got "${raw}".`, `input ${name}`, `Set ${name} to ${limits}.`);
  }
  return value;
}
function parseListInput(raw) {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function requireInput(name, raw, fix) {
  if (raw.trim() === "") throw new UserError(`Input "${name}" is required.`, `input ${name}`, fix);
  return raw.trim();
}

export {
  parseBooleanInput,
  parseNumberInput,
  parseListInput,
  requireInput
};
