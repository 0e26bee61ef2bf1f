import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Clock } from './clock.js';
import type { DeploymentTracker } from './deploy-model.js';
import type { AliasMove, MoveReason } from '../registry/index.js';
import type { RegistryAccess } from './registry-access.js';
import { ServeClient } from './serve-client.js';
import type { RolloutResult } from './serve-rollout.js';
import { waitForStableDigest } from './serve-wait.js';

export interface ManualRollbackOptions {
  /** NAME, or a reference whose name is used */
  model: string;
  registryLocation: string;
  environment: string;
  serve?: { url: string; token?: string; servedName?: string; readyTimeoutMs: number; pollMs: number };
  registry: RegistryAccess;
  clock: Clock;
  logger: Logger;
  why: MoveReason;
  tracker?: DeploymentTracker;
}

/**
 * `mlci deploy --rollback`: the environment's alias back to where it pointed before (the
 * registry's alias history), then, with a server URL, a wait until the server serves it. On
 * GitHub it is recorded as a new deployment of that earlier model: GitHub has no rollback.
 */
export async function rollBackByHand(options: ManualRollbackOptions): Promise<{ move: AliasMove; model: { name: string; version: string; modelDigest: string }; result: RolloutResult }> {
  const ref = options.registry.parse(options.model, options.registryLocation);
  const registry = options.registry.open(ref.store);
  const current = (await registry.aliases(ref.name))[options.environment];
  if (!current) throw new UserError(`${ref.name}@${options.environment} points at nothing: there is nothing to roll back.`, 'input environment', `Check the environment name; the aliases of ${ref.name} are listed by mlci publish-model --list.`);
  const move = await registry.rollbackAlias(ref.name, options.environment, { ...options.why, reason: options.why.reason ?? 'rolled back by hand' });
  if (!move.to) throw new UserError(`The alias history of ${ref.name}@${options.environment} has no earlier version.`, 'input environment', 'Deploy a version explicitly instead: mlci deploy --model NAME:VERSION.');
  const resolved = await registry.resolve({ ...ref, version: move.to, alias: undefined, digest: undefined });
  const model = { name: resolved.name, version: resolved.version, modelDigest: resolved.modelDigest };
  await options.tracker?.started({ name: model.name, version: model.version, digest: model.modelDigest });
  const result: RolloutResult = { outcome: 'promoted', because: `Rolled ${options.environment} back from ${move.from ?? 'nothing'} to ${move.to}.`, failedRules: [], history: [], analyses: [], previousVersion: move.from, aliasMove: move, actions: [`Moved ${ref.name}@${options.environment} from ${move.from ?? 'nothing'} to ${move.to}.`] };
  if (options.serve?.url) {
    const client = new ServeClient(options.serve.url, options.serve.token ? { token: options.serve.token } : {});
    await waitForStableDigest(client, options.serve.servedName ?? ref.name, model, { clock: options.clock, timeoutMs: options.serve.readyTimeoutMs, pollMs: options.serve.pollMs });
    result.actions.push(`The server serves ${model.version} as stable.`);
  }
  options.logger.info(result.because!);
  await options.tracker?.finished(result);
  return { move, model, result };
}
