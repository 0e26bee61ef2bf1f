import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  listedFiles
} from "./chunk-HVFF6HEQ.mjs";
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  UserError,
  describeError,
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/steps/artifact-inputs.ts
import { mkdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var ARTIFACT_PREFIX = "artifact:";
var downloaded = /* @__PURE__ */ new WeakMap();
function parseArtifactReference(value) {
  if (!value.startsWith(ARTIFACT_PREFIX)) return void 0;
  const rest = value.slice(ARTIFACT_PREFIX.length);
  const slash = rest.indexOf("/");
  const name = slash < 0 ? rest : rest.slice(0, slash);
  if (!name) throw new UserError(`"${value}" names no artifact.`, void 0, `Write ${ARTIFACT_PREFIX}NAME/path/inside, e.g. ${ARTIFACT_PREFIX}mlci-train/model.onnx.`);
  return { name, path: slash < 0 ? "" : rest.slice(slash + 1) };
}
async function resolveInputPath(host, input, value) {
  const ref = parseArtifactReference(value);
  if (!ref) return value;
  const store = host.artifacts;
  if (!store) throw new UserError(`Input "${input}" names an artifact, but this host keeps none.`, `input ${input}`, "Pass a path instead.");
  const target = resolveInside(join(host.tempDir, "artifacts"), ref.name, "artifact name");
  const file = resolveInside(target, ref.path, `path inside artifact ${ref.name}`);
  let byName = downloaded.get(host);
  if (!byName) downloaded.set(host, byName = /* @__PURE__ */ new Map());
  let ready = byName.get(ref.name);
  if (!ready) {
    ready = mkdir(target, { recursive: true }).then(() => store.download(ref.name, target)).then(() => target);
    byName.set(ref.name, ready);
  }
  await ready;
  const wanted = relative(target, file).split(sep).join("/");
  if (wanted) {
    const listed = await listedFiles(target);
    if (!listed.some((p) => p === wanted || p.startsWith(`${wanted}/`))) {
      throw new UserError(`${wanted} is not listed in the artifact's manifest, so nothing vouches for it.`, `input ${input}`, `Name a file the step that uploaded artifact "${ref.name}" wrote (its manifest.json lists them).`);
    }
  }
  return file;
}
async function publishOutputDir(host, outputDir) {
  const name = host.input("upload-artifact").trim();
  if (!name) return void 0;
  if (!host.artifacts) {
    host.logger.warning(`upload-artifact is set but this host keeps no artifacts; the results stay in ${outputDir}.`);
    return void 0;
  }
  try {
    const uploaded = await host.artifacts.upload(name, outputDir);
    host.logger.info(`Stored ${outputDir} as ${host.artifacts.kind} "${name}".`);
    return uploaded;
  } catch (err) {
    if (isUserError(err)) throw err;
    host.logger.warning(`Could not store the artifact "${name}": ${describeError(err)}. The results are still in ${outputDir}.`);
    return void 0;
  }
}

export {
  ARTIFACT_PREFIX,
  parseArtifactReference,
  resolveInputPath,
  publishOutputDir
};
