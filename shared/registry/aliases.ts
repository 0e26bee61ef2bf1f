// Aliases and their append-only history, kept in the store itself (an OCI artifact tagged
// `mlci.aliases` in the model's repository), so any machine that can read the store sees the same
// history. Every write carries the whole history; earlier documents stay as blobs.
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { bytesBlob, descriptorOf, storedManifest } from './oci/digest.js';
import { MEDIA_TYPE_EMPTY, MEDIA_TYPE_MANIFEST, type ImageManifest } from './oci/types.js';
import type { AliasMove } from './types.js';

export const ALIASES_TAG = 'mlci.aliases';
export const ARTIFACT_TYPE_ALIASES = 'application/vnd.mlci.aliases.v1+json';

export interface AliasEntry extends AliasMove {
  id: string;
  kind: 'move' | 'rollback';
}

export interface AliasDocument {
  schema: 'mlci/aliases@1';
  name: string;
  aliases: Record<string, string>;
  history: AliasEntry[];
}

export function emptyAliasDocument(name: string): AliasDocument {
  return { schema: 'mlci/aliases@1', name, aliases: {}, history: [] };
}

export function newEntry(move: Omit<AliasEntry, 'id'>): AliasEntry {
  return { id: randomBytes(8).toString('hex'), ...move };
}

/** a new document: the old history plus one entry, with the alias table updated */
export function applyEntry(doc: AliasDocument, entry: AliasEntry): AliasDocument {
  const aliases = { ...doc.aliases };
  if (entry.to === null) delete aliases[entry.alias];
  else aliases[entry.alias] = entry.to;
  return { ...doc, aliases, history: [...doc.history, entry] };
}

/**
 * The versions an alias has held, minus those rolled back: v1→v2→v3 then a rollback gives
 * [v1, v2]; a second rollback gives [v1]. The last element is the current target.
 */
export function aliasStack(doc: AliasDocument, alias: string): string[] {
  const stack: string[] = [];
  for (const e of doc.history) {
    if (e.alias !== alias) continue;
    if (e.kind === 'rollback') stack.pop();
    else if (e.to !== null) stack.push(e.to);
  }
  return stack;
}

export function rollbackTarget(doc: AliasDocument, alias: string): string {
  const stack = aliasStack(doc, alias);
  if (!doc.aliases[alias]) throw new UserError(`The alias "${alias}" of ${doc.name} is not set.`, undefined, `Set it first: mlci registry promote ${doc.name} VERSION --alias ${alias}.`);
  if (stack.length < 2) throw new UserError(`The alias "${alias}" of ${doc.name} has no earlier version to roll back to.`, undefined, `Move it explicitly: mlci registry promote ${doc.name} VERSION --alias ${alias}.`);
  return stack[stack.length - 2]!;
}

export function aliasDocumentManifest(doc: AliasDocument) {
  const layer = bytesBlob(ARTIFACT_TYPE_ALIASES, Buffer.from(`${JSON.stringify(doc, null, 1)}\n`));
  const config = bytesBlob(MEDIA_TYPE_EMPTY, Buffer.from('{}'));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE_ALIASES,
    config: descriptorOf(config),
    layers: [descriptorOf(layer)],
    annotations: { 'org.opencontainers.image.title': `aliases of ${doc.name}` },
  };
  return { config, layer, manifest: storedManifest(manifest, MEDIA_TYPE_MANIFEST) };
}

export function parseAliasDocument(bytes: Uint8Array, name: string, where: string): AliasDocument {
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as AliasDocument;
    if (doc.schema !== 'mlci/aliases@1' || typeof doc.aliases !== 'object' || !Array.isArray(doc.history)) throw new Error('shape');
    return doc;
  } catch {
    throw new UserError(`The alias history of ${name} is not an mlci/aliases@1 document.`, where, 'Restore the registry from a copy; the alias history must not be edited by hand.');
  }
}

export function publicMove(e: AliasEntry): AliasMove & { kind: AliasEntry['kind'] } {
  const move: AliasMove & { kind: AliasEntry['kind'] } = { name: e.name, alias: e.alias, from: e.from, to: e.to, at: e.at, kind: e.kind };
  if (e.actor) move.actor = e.actor;
  if (e.runUrl) move.runUrl = e.runUrl;
  if (e.reason) move.reason = e.reason;
  return move;
}
