// The registry contract every CD room codes against (see CONTRACTS.md): names and shapes are fixed.
import type { Logger } from '../log.js';

export interface ModelReference {
  store: string;
  name: string;
  version?: string;
  alias?: string;
  digest?: string;
}

export interface ResolvedModel {
  name: string;
  version: string;
  /** sha256:… of the OCI manifest */
  manifestDigest: string;
  /** sha256:… of the model.onnx bytes (what verdict.json's sha256 names) */
  modelDigest: string;
}

export interface PulledModel extends ResolvedModel {
  dir: string;
  modelFile: string;
  /** 'metrics.json', 'verdict.json', 'statistics.json', 'lineage.json', 'model-card.md' → path on disk */
  files: Record<string, string>;
}

export interface AliasMove {
  name: string;
  alias: string;
  from: string | null;
  to: string | null;
  at: string;
  actor?: string;
  runUrl?: string;
  reason?: string;
}

export interface MoveReason {
  actor?: string;
  runUrl?: string;
  reason?: string;
}

export interface ModelRegistry {
  readonly location: string;
  resolve(ref: ModelReference): Promise<ResolvedModel>;
  pull(ref: ModelReference, dir: string): Promise<PulledModel>;
  versions(name: string): Promise<ResolvedModel[]>;
  aliases(name: string): Promise<Record<string, string>>;
  moveAlias(name: string, alias: string, version: string, why: MoveReason): Promise<AliasMove>;
  rollbackAlias(name: string, alias: string, why: MoveReason): Promise<AliasMove>;
  aliasHistory(name: string, alias?: string): Promise<AliasMove[]>;
}

export interface RegistryOptions {
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  fetch?: typeof fetch;
}
