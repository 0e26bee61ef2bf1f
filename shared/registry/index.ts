// The registry's public surface (CONTRACTS.md). Other rooms import from here only.
import { digestCacheFor } from '../fs/digest-cache.js';
import { LayoutStore } from './oci/layout-store.js';
import { RemoteStore } from './oci/remote-store.js';

const REMOTE_SETTLE_MS = 300;
import { OciModelRegistry } from './model-registry.js';
import { isRemoteStore } from './reference.js';
import type { RegistryOptions } from './types.js';

export type { AliasMove, ModelReference, ModelRegistry, MoveReason, PulledModel, RegistryOptions, ResolvedModel } from './types.js';
export { DEFAULT_STORE, checkAlias, checkModelName, checkVersion, defaultRegistryLocation, formatModelReference, isRemoteStore, parseModelReference } from './reference.js';
export { RemoteStore, type RemoteStoreOptions } from './oci/remote-store.js';
export { LayoutStore } from './oci/layout-store.js';
export { OciModelRegistry, compareVersions, type PublishRequest, type PublishResult, type VersionInfo } from './model-registry.js';

/**
 * Opens a store: `oci://HOST[:PORT]/PATH` is a distribution-spec registry, anything else a local
 * folder of OCI image layouts. Nothing is read until the first call. The result is a ModelRegistry
 * (CONTRACTS.md) with publishing and listing on top.
 */
export function openRegistry(location: string, options: RegistryOptions): OciModelRegistry {
  const digests = digestCacheFor(options.env);
  if (isRemoteStore(location)) {
    // no lock on a registry: alias writes are read back after a short settle, so a concurrent
    // writer's last-write-wins is seen and the change applied again on top
    return new OciModelRegistry(new RemoteStore(location, { env: options.env, logger: options.logger, fetch: options.fetch }), options.logger, REMOTE_SETTLE_MS, digests);
  }
  return new OciModelRegistry(new LayoutStore(location), options.logger, 0, digests);
}
