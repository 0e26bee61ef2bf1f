import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/fs/node-crypto.ts
import { createRequire as createNodeRequire } from "node:module";
var nodeCrypto = createNodeRequire(import.meta.url)("node:crypto");

export {
  nodeCrypto
};
