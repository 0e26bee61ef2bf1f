/**
 * The part of the model registry (shared/registry, CONTRACTS.md) that deploy uses. Declared here
 * by shape so that deploy builds and is tested on its own; the registry's ModelRegistry fits it.
 */
export interface DeployRegistry {
  readonly location: string;
  resolve(ref: { store: string; name: string; version?: string; alias?: string; digest?: string }): Promise<{ name: string; version: string; manifestDigest: string; modelDigest: string }>;
  aliases(name: string): Promise<Record<string, string>>;
  moveAlias(name: string, alias: string, version: string, why: MoveWhy): Promise<AliasMoveRecord>;
  rollbackAlias(name: string, alias: string, why: MoveWhy): Promise<AliasMoveRecord>;
  aliasHistory(name: string, alias?: string): Promise<AliasMoveRecord[]>;
}

export interface MoveWhy {
  actor?: string;
  runUrl?: string;
  reason?: string;
}

export interface AliasMoveRecord {
  name: string;
  alias: string;
  from: string | null;
  to: string | null;
  at: string;
  actor?: string;
  runUrl?: string;
  reason?: string;
}
