import { UserError } from '../errors.js';
import type { Clock } from './clock.js';
import type { ServeClient } from './serve-client.js';

/**
 * Waits until the server serves `modelDigest` as the stable version of `servedName`, ready, and its
 * metrics say the same (mlci_model_info): the server follows aliases by polling, so a moved alias
 * takes effect a poll interval later. A UserError after `timeoutMs`, naming what it serves instead.
 */
export async function waitForStableDigest(
  client: ServeClient,
  servedName: string,
  target: { version: string; modelDigest: string },
  timing: { clock: Clock; timeoutMs: number; pollMs: number },
): Promise<void> {
  const deadline = timing.clock.now() + timing.timeoutMs;
  for (;;) {
    const routes = await client.modelRoutes(servedName);
    const stable = routes.stable;
    if (stable.ready && stable.model_digest === target.modelDigest && (await infoNamesStable(client, servedName, target.modelDigest))) return;
    if (timing.clock.now() >= deadline) {
      throw new UserError(
        `The server did not serve ${target.version} within ${Math.round(timing.timeoutMs / 1000)} s; it serves ${stable.version || 'nothing'} (${stable.model_digest || 'no digest'}, ${stable.ready ? 'ready' : 'not ready'}).`,
        client.url,
        'Check the server\'s log (it may fail to load the model or not reach the registry), or raise ready-timeout.',
      );
    }
    await timing.clock.sleep(timing.pollMs);
  }
}

async function infoNamesStable(client: ServeClient, servedName: string, modelDigest: string): Promise<boolean> {
  const scrape = await client.metrics();
  return (scrape.get('mlci_model_info') ?? []).some((s) => s.value === 1 && s.labels.model === servedName && s.labels.role === 'stable' && s.labels.model_digest === modelDigest);
}
