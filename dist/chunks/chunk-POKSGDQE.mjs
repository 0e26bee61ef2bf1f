import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/steps/types.ts
function literalDefault(spec) {
  const value = spec?.default ?? "";
  return value.includes("${{") ? "" : value;
}

export {
  literalDefault
};
