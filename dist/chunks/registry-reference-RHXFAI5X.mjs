import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/monitor/registry-reference.ts
function isRegistryReference(text) {
  return !text.trim().toLowerCase().endsWith(".json");
}
async function pullMonitoredModel(text, options) {
  const { defaultRegistryLocation, openRegistry, parseModelReference } = await import("./registry-ZVOBGJJG.mjs");
  const ref = parseModelReference(text, defaultRegistryLocation(options.env, options.registry));
  const pulled = await openRegistry(ref.store, { env: options.env, logger: options.logger }).pull(ref, options.dir);
  const statistics = pulled.files["statistics.json"];
  if (!statistics) {
    throw new UserError(
      `${text} (${pulled.name} ${pulled.version}) was published without statistics.json, so there is nothing to compare production with.`,
      "input reference",
      "Publish the model with the training data's statistics (publish-model's statistics input, from validate-data), or pass a statistics.json path as reference."
    );
  }
  options.logger.info(`Reference: ${text} is ${pulled.name} ${pulled.version} (${pulled.manifestDigest}).`);
  return { statistics, ...pulled.files["metrics.json"] ? { gatedMetrics: pulled.files["metrics.json"] } : {}, name: pulled.name, version: pulled.version };
}
export {
  isRegistryReference,
  pullMonitoredModel
};
