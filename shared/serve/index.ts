/** mlci serve: an Open Inference Protocol model server (docs/serve.md). */
export { startModelServer, type ModelServer, type ModelServerOptions } from './server.js';
export type { RegistryAccess, RegistryClient, RegistryReference } from './model-source.js';
