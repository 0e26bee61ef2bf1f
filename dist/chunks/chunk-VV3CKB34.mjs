import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/steps/types.ts
function literalDefault(spec) {
  const value = spec?.default ?? "";
  return value.includes("${{") ? "" : value;
}

export {
  literalDefault
};
