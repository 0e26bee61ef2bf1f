import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/errors.ts
var UserError = class extends Error {
  constructor(what, where, fix, location) {
    super([what, where ? `(${where})` : "", fix ? `Fix: ${fix}` : ""].filter(Boolean).join(" "));
    this.what = what;
    this.where = where;
    this.fix = fix;
    this.location = location;
  }
  what;
  where;
  fix;
  location;
  name = "UserError";
};
function isUserError(err) {
  return err instanceof UserError;
}
function describeError(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

export {
  UserError,
  isUserError,
  describeError
};
