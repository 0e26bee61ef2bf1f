// The registry's public surface (CONTRACTS.md). Other rooms import from here only.
import { UserError } from '../errors.js';
import { LayoutStore } from './oci/layout-store.js';
import { OciModelRegistry } from './model-registry.js';
import { isRemoteStore } from './reference.js';
import type { RegistryOptions } from './types.js';

export type { AliasMove, ModelReference, ModelRegistry, MoveReason, PulledModel, RegistryOptions, ResolvedModel } from './types.js';
export { DEFAULT_STORE, checkAlias, checkModelName, checkVersion, defaultRegistryLocation, formatModelReference, isRemoteStore, parseModelReference } from './reference.js';
export { OciModelRegistry, compareVersions, type PublishRequest, type PublishResult, type VersionInfo } from './model-registry.js';

/**
 * Opens a store: `oci://HOST[:PORT]/PATH` is a distribution-spec registry, anything else a local
 * folder of OCI image layouts. Nothing is read until the first call. The result is a ModelRegistry
 * (CONTRACTS.md) with publishing and listing on top.
 */
export function openRegistry(location: string, options: RegistryOptions): OciModelRegistry {
  if (isRemoteStore(location)) {
    throw new UserError(`Remote registries (${location}) are not supported yet in this build.`, location, 'Use a local registry folder for now.');
  }
  return new OciModelRegistry(new LayoutStore(location), options.logger);
}
