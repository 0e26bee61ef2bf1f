import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  defaultRegistryLocation,
  openRegistry,
  parseModelReference
} from "./chunk-27P5OVY4.mjs";
import "./chunk-CD26EGYZ.mjs";
import "./chunk-EJIIICSG.mjs";
import "./chunk-BUZWYCFG.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/serve/registry-access.ts
function registryAccess(env, given, logger) {
  const location = defaultRegistryLocation(env, given);
  return {
    parse: (text) => parseModelReference(text, location),
    open: (store) => openRegistry(store, { env, logger })
  };
}
export {
  registryAccess
};
