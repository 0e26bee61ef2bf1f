import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-4NDXX6IS.mjs";

// shared/deploy/registry-access.ts
async function loadRegistryAccess(env, logger) {
  const registry = await import("./registry-ZVOBGJJG.mjs");
  return {
    parse: (text, defaultStore) => registry.parseModelReference(text, defaultStore),
    defaultLocation: (e, given) => registry.defaultRegistryLocation(e, given),
    open: (location) => registry.openRegistry(location, { env, logger })
  };
}
export {
  loadRegistryAccess
};
