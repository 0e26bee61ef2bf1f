import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  claimOutputDir
} from "./chunk-HVFF6HEQ.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/steps/output-dir.ts
import { join, relative, resolve, isAbsolute } from "node:path";
async function resolveOutputDir(host, step) {
  const given = host.input("output-dir").trim();
  const dir = given ? resolve(given) : host.onRunner ? join(host.tempDir, "mlci", step) : resolve("mlci-output", step);
  await claimOutputDir(dir, host.logger, host.outputClaims);
  return dir;
}
var inside = (dir, path) => {
  const rel = relative(dir, resolve(path));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
function refuseInputsInside(outputDir, inputs) {
  for (const [name, path] of Object.entries(inputs)) {
    if (!path || !inside(outputDir, path)) continue;
    throw new UserError(
      `The output directory ${outputDir} holds the input "${name}" (${resolve(path)}); the step writes there and could overwrite or remove it.`,
      `input output-dir`,
      "Set output-dir to a folder of its own (a new or empty one, e.g. mlci-output/<step>), or move the input out of it."
    );
  }
}

export {
  resolveOutputDir,
  refuseInputsInside
};
