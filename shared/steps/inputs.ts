import { UserError } from '../errors.js';

/** Reads a yes/no input the way action authors expect: true/false, yes/no, 1/0, case-insensitive. */
export function parseBooleanInput(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new UserError(`Input "${name}" must be true or false, got "${raw}".`, `input ${name}`, `Set ${name}: true or ${name}: false.`);
}

export function parseNumberInput(name: string, raw: string, fallback: number, range?: { min?: number; max?: number; integer?: boolean }): number {
  if (raw.trim() === '') return fallback;
  const value = Number(raw);
  const bad =
    !Number.isFinite(value) ||
    (range?.integer && !Number.isInteger(value)) ||
    (range?.min !== undefined && value < range.min) ||
    (range?.max !== undefined && value > range.max);
  if (bad) {
    const limits = [range?.integer ? 'a whole number' : 'a number', range?.min !== undefined ? `≥ ${range.min}` : '', range?.max !== undefined ? `≤ ${range.max}` : ''].filter(Boolean).join(' ');
    throw new UserError(`Input "${name}" must be ${limits}, got "${raw}".`, `input ${name}`, `Set ${name} to ${limits}.`);
  }
  return value;
}

/** A list input: one item per line or separated by commas; blanks dropped. */
export function parseListInput(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function requireInput(name: string, raw: string, fix: string): string {
  if (raw.trim() === '') throw new UserError(`Input "${name}" is required.`, `input ${name}`, fix);
  return raw.trim();
}
