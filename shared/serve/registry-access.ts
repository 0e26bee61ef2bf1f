/**
 * The registry as the server sees it (model-source.ts's RegistryAccess), over shared/registry:
 * references parsed with the default store applied, stores opened with the host's environment
 * (credentials for oci:// stores come from it). Imported lazily by `mlci serve`.
 */
import type { Logger } from '../log.js';
import { defaultRegistryLocation, openRegistry, parseModelReference } from '../registry/index.js';
import type { RegistryAccess } from './model-source.js';

export function registryAccess(env: Readonly<Record<string, string | undefined>>, given: string | undefined, logger: Logger): RegistryAccess {
  const location = defaultRegistryLocation(env, given);
  return {
    parse: (text) => parseModelReference(text, location),
    open: (store) => openRegistry(store, { env, logger }),
  };
}
