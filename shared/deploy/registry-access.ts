import type { Logger } from '../log.js';
import type { ModelReference, ModelRegistry } from '../registry/index.js';

/** The registry's functions deploy calls, bound to the step's environment and logger. */
export interface RegistryAccess {
  parse(text: string, defaultStore?: string): ModelReference;
  defaultLocation(env: Readonly<Record<string, string | undefined>>, given?: string): string;
  open(location: string): ModelRegistry;
}

/**
 * The model registry (shared/registry, CONTRACTS.md), loaded when a deploy needs it so that
 * `mlci help` does not pay for it.
 */
export async function loadRegistryAccess(env: Readonly<Record<string, string | undefined>>, logger: Logger): Promise<RegistryAccess> {
  const registry = await import('../registry/index.js');
  return {
    parse: (text, defaultStore) => registry.parseModelReference(text, defaultStore),
    defaultLocation: (e, given) => registry.defaultRegistryLocation(e, given),
    open: (location) => registry.openRegistry(location, { env, logger }),
  };
}
