import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ServeClient,
  waitForStableDigest
} from "./chunk-GBQDFGN6.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/deploy/manual-rollback.ts
async function rollBackByHand(options) {
  const ref = options.registry.parse(options.model, options.registryLocation);
  const registry = options.registry.open(ref.store);
  const current = (await registry.aliases(ref.name))[options.environment];
  if (!current) throw new UserError(`${ref.name}@${options.environment} points at nothing: there is nothing to roll back.`, "input environment", `Check the environment name; the aliases of ${ref.name} are listed by mlci publish-model --list.`);
  const move = await registry.rollbackAlias(ref.name, options.environment, { ...options.why, reason: options.why.reason ?? "rolled back by hand" });
  if (!move.to) throw new UserError(`The alias history of ${ref.name}@${options.environment} has no earlier version.`, "input environment", "Deploy a version explicitly instead: mlci deploy --model NAME:VERSION.");
  const resolved = await registry.resolve({ ...ref, version: move.to, alias: void 0, digest: void 0 });
  const model = { name: resolved.name, version: resolved.version, modelDigest: resolved.modelDigest };
  await options.tracker?.started({ name: model.name, version: model.version, digest: model.modelDigest });
  const result = { outcome: "promoted", because: `Rolled ${options.environment} back from ${move.from ?? "nothing"} to ${move.to}.`, failedRules: [], history: [], analyses: [], previousVersion: move.from, aliasMove: move, actions: [`Moved ${ref.name}@${options.environment} from ${move.from ?? "nothing"} to ${move.to}.`] };
  if (options.serve?.url) {
    const client = new ServeClient(options.serve.url, options.serve.token ? { token: options.serve.token } : {});
    await waitForStableDigest(client, options.serve.servedName ?? ref.name, model, { clock: options.clock, timeoutMs: options.serve.readyTimeoutMs, pollMs: options.serve.pollMs });
    result.actions.push(`The server serves ${model.version} as stable.`);
  }
  options.logger.info(result.because);
  await options.tracker?.finished(result);
  return { move, model, result };
}
export {
  rollBackByHand
};
