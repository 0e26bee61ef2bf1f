import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  releasingOutputDirs
} from "./chunk-RH5E52XH.mjs";

// shared/steps/run-step.ts
function runStep(step, host) {
  return releasingOutputDirs(() => step.run(host));
}

export {
  runStep
};
