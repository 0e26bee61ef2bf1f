import type { ModelRegistry } from '../registry/index.js';

/** The part of the model registry (shared/registry, CONTRACTS.md) that a rollout uses. */
export type DeployRegistry = Pick<ModelRegistry, 'location' | 'resolve' | 'aliases' | 'moveAlias' | 'rollbackAlias' | 'aliasHistory'>;
