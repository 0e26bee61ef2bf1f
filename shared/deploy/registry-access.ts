import type { Logger } from '../log.js';
import type { DeployRegistry } from './registry-port.js';

export interface ModelRef {
  store: string;
  name: string;
  version?: string;
  alias?: string;
  digest?: string;
}

export interface PulledFiles {
  modelFile: string;
  files: Record<string, string>;
}

export interface RegistryAccess {
  parse(text: string, defaultStore?: string): ModelRef;
  defaultLocation(env: Readonly<Record<string, string | undefined>>, given?: string): string;
  open(location: string): DeployRegistry & { pull(ref: ModelRef, dir: string): Promise<PulledFiles> };
}

/**
 * The model registry (shared/registry, CONTRACTS.md), loaded when a deploy needs it so that
 * `mlci help` does not pay for it.
 */
export async function loadRegistryAccess(env: Readonly<Record<string, string | undefined>>, logger: Logger): Promise<RegistryAccess> {
  // NOT YET: a literal import('../registry/index.js') once the registry branch is merged; the
  // indirection keeps this branch building before it is
  const specifier = '../registry/index.js';
  const registry = (await import(specifier)) as {
    parseModelReference(text: string, defaultStore?: string): ModelRef;
    defaultRegistryLocation(env: Readonly<Record<string, string | undefined>>, given?: string): string;
    openRegistry(location: string, options: { env: typeof env; logger: Logger }): ReturnType<RegistryAccess['open']>;
  };
  return {
    parse: (text, defaultStore) => registry.parseModelReference(text, defaultStore),
    defaultLocation: (e, given) => registry.defaultRegistryLocation(e, given),
    open: (location) => registry.openRegistry(location, { env, logger }),
  };
}
