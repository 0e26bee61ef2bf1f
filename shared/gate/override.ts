import { UserError } from '../errors.js';
import type { GateVerdict } from '../evaluate/types.js';

export interface GateOverride {
  /** who forced the pass: a GitHub login, or the name of the label that did it */
  by: string;
  /** why, in the maintainer's words */
  reason: string;
}

/**
 * Forces a failed gate to pass, keeping every rule's own verdict so that the report still shows what
 * failed, and recording who did it and why. A verdict that passed already is returned unchanged.
 */
export function applyOverride(verdict: GateVerdict, override: GateOverride): GateVerdict {
  const by = override.by.trim();
  const reason = override.reason.trim();
  if (!by) throw new UserError('A gate override needs to say who made it.', 'override', 'Pass the login of the maintainer (or the label) that overrides the gate.');
  if (!reason) throw new UserError('A gate override needs a reason.', 'override', 'Say why the failing gate may be ignored, e.g. "accepted regression on slice X, tracked in #123".');
  if (verdict.passed) return verdict;
  return { ...verdict, passed: true, override: { by, reason } };
}
