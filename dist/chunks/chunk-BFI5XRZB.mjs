import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/fs/safe-path.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function resolveInside(base, name, what = "path") {
  if (name.includes("\0")) throw new UserError(`The ${what} "${name}" contains a NUL byte.`, void 0, "Use a plain relative path.");
  const root = resolve(base);
  const target = resolve(root, name);
  const rel = relative(root, target);
  if (isAbsolute(name) || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UserError(`The ${what} "${name}" points outside ${root}.`, void 0, `Use a path relative to ${root} without "..".`);
  }
  return target;
}

export {
  resolveInside
};
