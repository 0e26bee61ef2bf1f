import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  releasingOutputDirs
} from "./chunk-HVFF6HEQ.mjs";

// shared/steps/run-step.ts
function runStep(step, host) {
  return releasingOutputDirs((claims) => {
    host.outputClaims = claims;
    return step.run(host);
  });
}

export {
  runStep
};
