import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/gate/override.ts
function applyOverride(verdict, override) {
  const by = override.by.trim();
  const reason = override.reason.trim();
  if (!by) throw new UserError("A gate override needs to say who made it.", "override", "Pass the login of the maintainer (or the label) that overrides the gate.");
  if (!reason) throw new UserError("A gate override needs a reason.", "override", 'Say why the failing gate may be ignored, e.g. "accepted regression on slice X, tracked in #123".');
  if (verdict.passed) return verdict;
  return { ...verdict, passed: true, override: { by, reason } };
}

export {
  applyOverride
};
