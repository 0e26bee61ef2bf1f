import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import "./chunk-TLFW3MUB.mjs";

// shared/deploy/registry-access.ts
async function loadRegistryAccess(env, logger) {
  const registry = await import("./registry-Y4IWDA54.mjs");
  return {
    parse: (text, defaultStore) => registry.parseModelReference(text, defaultStore),
    defaultLocation: (e, given) => registry.defaultRegistryLocation(e, given),
    open: (location) => registry.openRegistry(location, { env, logger })
  };
}
export {
  loadRegistryAccess
};
