import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import "./chunk-AR3GCIHW.mjs";

// shared/deploy/registry-access.ts
async function loadRegistryAccess(env, logger) {
  const registry = await import("./registry-WUDL4UQU.mjs");
  return {
    parse: (text, defaultStore) => registry.parseModelReference(text, defaultStore),
    defaultLocation: (e, given) => registry.defaultRegistryLocation(e, given),
    open: (location) => registry.openRegistry(location, { env, logger })
  };
}
export {
  loadRegistryAccess
};
