import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  defaultRegistryLocation,
  openRegistry,
  parseModelReference
} from "./chunk-LXBRWPP7.mjs";
import "./chunk-Q4WQX3GU.mjs";
import "./chunk-Z4R5VC6V.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";

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
