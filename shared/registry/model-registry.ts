import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { UserError } from '../errors.js';
import { sha256File } from '../fs/digest.js';
import type { FileDigestCache } from '../fs/digest-cache.js';
import type { Logger } from '../log.js';
import { ALIASES_TAG, aliasDocumentManifest, aliasStack, applyEntry, emptyAliasDocument, newEntry, parseAliasDocument, publicMove, rollbackTarget, type AliasDocument, type AliasEntry } from './aliases.js';
import { ANNOTATION_FILEPATH, DOC_FILES, MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, buildModelManifest, docLayer, readModelManifest, type DocFile, type ModelDescription } from './modelpack.js';
import type { BlobProgress, BlobSource, Descriptor, OciStore, StoredManifest } from './oci/types.js';
import { checkAlias, checkModelName, checkVersion, formatModelReference, isVersionTag } from './reference.js';
import { attachReferrer, listReferrers, type AttachedFile } from './referrers.js';
import { verified } from './oci/digest.js';
import { extractFileTar, extractTar, fileTarBlob, fileTarSize, hashingFileTar, knownFileTarBlob, startFileTarBlob } from './tar.js';
import type { AliasMove, ModelReference, ModelRegistry, MoveReason, PulledModel, ResolvedModel } from './types.js';

export interface PublishRequest {
  name: string;
  /** immutable; the next `v<n>` when absent */
  version?: string;
  modelFile: string;
  /** the sha256 of modelFile when the caller has hashed it already (a blessing check): saves a pass */
  modelDigest?: string;
  /** the documents to package; a function when they mention the version being published */
  docs?: Partial<Record<DocFile, Uint8Array>> | ((version: string) => Promise<Partial<Record<DocFile, Uint8Array>>>);
  about?: Omit<ModelDescription, 'name' | 'version' | 'created'>;
  created?: string;
  aliases?: string[];
  why?: MoveReason;
  progress?: BlobProgress;
}

export interface PublishResult extends ResolvedModel {
  /** `unchanged`: these model bytes were already that version, nothing was written */
  status: 'published' | 'unchanged';
  reference: string;
  aliasMoves: AliasMove[];
  blobsUploaded: number;
}

export interface VersionInfo extends ResolvedModel {
  created?: string;
  aliases: string[];
}

const READ_BACK_ATTEMPTS = 5;

/** Natural order of versions: v2 before v10, 1.2.0 before 1.10.0. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The model registry over any OCI store: versions are immutable tags holding ModelPack manifests,
 * aliases are a history document (plus a mirrored tag so plain OCI tools see them too).
 */
export class OciModelRegistry implements ModelRegistry {
  readonly location: string;

  constructor(
    private readonly store: OciStore,
    private readonly logger: Logger,
    private readonly settleMs = 0,
    /** file digests kept by stat identity: an unchanged model is not read again to find it is unchanged */
    private readonly digests?: FileDigestCache,
  ) {
    this.location = store.location;
  }

  names(): Promise<string[]> {
    return this.store.listNames();
  }

  private where(name: string): string {
    return formatModelReference({ store: this.location, name });
  }

  async versions(name: string): Promise<VersionInfo[]> {
    return (await this.versionsWithLayers(name)).map(({ weight: _weight, ...info }) => info);
  }

  /** the versions and each one's weight layer, which publishing matches new bytes against */
  private async versionsWithLayers(name: string): Promise<(VersionInfo & { weight: Descriptor })[]> {
    checkModelName(name);
    const doc = await this.readAliases(name);
    const byVersion = new Map<string, string[]>();
    for (const [alias, version] of Object.entries(doc.aliases)) byVersion.set(version, [...(byVersion.get(version) ?? []), alias]);
    const out: (VersionInfo & { weight: Descriptor })[] = [];
    for (const tag of await this.store.listTags(name)) {
      if (tag === ALIASES_TAG || tag in doc.aliases || !isVersionTag(tag)) continue;
      const stored = await this.store.getManifest(name, tag);
      if (!stored) continue;
      const parsed = readModelManifest(stored, `${this.where(name)}:${tag}`);
      if (parsed.version !== tag) continue;
      out.push({ name, version: tag, manifestDigest: stored.digest, modelDigest: parsed.modelDigest, created: parsed.created, aliases: (byVersion.get(tag) ?? []).sort(), weight: parsed.weight });
    }
    return out.sort((a, b) => compareVersions(a.version, b.version));
  }

  async aliases(name: string): Promise<Record<string, string>> {
    checkModelName(name);
    return { ...(await this.readAliases(name)).aliases };
  }

  async aliasHistory(name: string, alias?: string): Promise<AliasMove[]> {
    checkModelName(name);
    const doc = await this.readAliases(name);
    return doc.history.filter((e) => !alias || e.alias === alias).map(publicMove);
  }

  async resolve(ref: ModelReference): Promise<ResolvedModel> {
    const { name } = ref;
    checkModelName(name);
    const shown = formatModelReference({ ...ref, store: this.location });
    let tag: string;
    if (ref.digest) {
      const stored = await this.store.getManifest(name, ref.digest);
      if (stored) return this.resolvedOf(name, stored, shown);
      // a model.onnx digest (what a verdict names) finds its version too
      const match = (await this.versions(name)).find((v) => v.modelDigest === ref.digest);
      if (!match) throw absent(shown, `no version of ${name} has the digest ${ref.digest}`, name);
      tag = match.version;
    } else if (ref.alias) {
      const version = (await this.readAliases(name)).aliases[ref.alias];
      if (!version) throw absent(shown, `the alias "${ref.alias}" of ${name} is not set`, name);
      tag = version;
    } else if (ref.version) {
      tag = ref.version;
    } else {
      const all = await this.versions(name);
      if (all.length === 0) throw absent(shown, `${name} has no versions`, name);
      tag = all[all.length - 1]!.version;
    }
    const stored = await this.store.getManifest(name, tag);
    if (!stored) throw absent(shown, `${name} has no version ${tag}`, name);
    return this.resolvedOf(name, stored, shown);
  }

  private resolvedOf(name: string, stored: StoredManifest, where: string): ResolvedModel {
    const parsed = readModelManifest(stored, where);
    return { name, version: parsed.version, manifestDigest: stored.digest, modelDigest: parsed.modelDigest };
  }

  /**
   * Pulls every layer, verifying each blob as it streams, into `dir` (files replaced only when all
   * verified). `layerDigests`: hash the weight layer as well, not only its file (an audit, `mlci
   * registry verify`; a pull checks every byte either way, see extractFileTar).
   */
  async pull(ref: ModelReference, dir: string, options: { layerDigests?: boolean } = {}): Promise<PulledModel> {
    const resolved = await this.resolve(ref);
    const stored = (await this.store.getManifest(ref.name, resolved.manifestDigest))!;
    const where = formatModelReference({ store: this.location, name: ref.name, version: resolved.version });
    const parsed = readModelManifest(stored, where);
    const target = resolvePath(dir);
    await mkdir(target, { recursive: true });
    const staging = await mkdtemp(join(target, '.pull-'));
    try {
      const digests = new Map<string, string>();
      for (const layer of [parsed.weight, ...parsed.docs]) {
        const layerWhere = `${where} layer ${layer.annotations?.[ANNOTATION_FILEPATH] ?? layer.digest}`;
        const general = (chunks: AsyncIterable<Uint8Array>) => extractTar(verified(chunks, layer, layerWhere), staging, layerWhere);
        // the weight as mlci tars it is checked byte for byte with one hash, not two (see extractFileTar)
        const extracted =
          layer === parsed.weight && !options.layerDigests
            ? await extractFileTar(this.store.openBlob(ref.name, layer), staging, { layer, entryName: MODEL_FILE, fileDigest: parsed.modelDigest }, layerWhere, general)
            : await general(this.store.openBlob(ref.name, layer));
        for (const [file, digest] of extracted) digests.set(file, digest);
      }
      const names = [...digests.keys()];
      if (!digests.has(MODEL_FILE)) throw new UserError(`${where} has no ${MODEL_FILE} in its weight layer.`, where, 'Publish the model with mlci publish-model.');
      // the layer digest is verified already; this checks the publisher's annotation, in the same pass
      const actual = digests.get(MODEL_FILE);
      if (actual !== parsed.modelDigest) {
        throw new UserError(`${MODEL_FILE} of ${where} has the digest ${actual}, not the ${parsed.modelDigest} its manifest names.`, where, 'The version was altered; publish the model again.');
      }
      const files: Record<string, string> = {};
      for (const name of names) {
        await mkdir(join(target, name, '..'), { recursive: true });
        await rename(join(staging, name), join(target, name));
        if (name !== MODEL_FILE) files[name] = join(target, name);
      }
      return { ...resolved, dir: target, modelFile: join(target, MODEL_FILE), files };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async publish(request: PublishRequest): Promise<PublishResult> {
    const name = checkModelName(request.name, 'input "name"');
    if (request.version !== undefined) checkVersion(request.version, 'input "version"');
    for (const alias of request.aliases ?? []) checkAlias(alias, 'input "aliases"');
    const unreadable = unreadableModel(request.modelFile);
    const { size } = await stat(request.modelFile).catch(unreadable);
    // A first look without the lock: unchanged bytes stop here, refused ones before any upload, and
    // the large weight blob goes up before the lock is taken (it does not depend on the version),
    // so the lock is held for seconds, never for a gigabyte's upload.
    const existing = await this.versionsWithLayers(name);
    const aliasDoc = await this.readAliases(name);
    // Two digests of the model bytes are needed: the file's (is it published already?) and the tar
    // layer's. When no version's layer has this size the bytes cannot be unchanged: the layer goes up
    // at once and both digests come from the bytes as they are sent (one read, no pass of its own).
    const mayBeUnchanged = existing.some((v) => v.weight.size === fileTarSize(size));
    const cached = await this.digests?.lookup(request.modelFile).catch(() => undefined);
    if (mayBeUnchanged && cached?.digest && (!request.modelDigest || request.modelDigest === cached.digest)) {
      // only the "already published" answer is taken from the cache; anything uploaded is hashed as it goes
      const decided = decideVersion(name, request.version, cached.digest, existing, aliasDoc);
      if ('unchanged' in decided) return await this.publishWith(request, name, cached.digest, undefined, 0);
    }
    const versionTaken = request.version !== undefined && (request.version in aliasDoc.aliases || existing.some((v) => v.version === request.version));
    if (!mayBeUnchanged && !versionTaken) {
      const streamed = await hashingFileTar(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable);
      const layerDigest = await this.store.pushUnhashed(name, streamed, request.progress);
      if (layerDigest) {
        const modelDigest = streamed.fileDigest()!;
        if (request.modelDigest && request.modelDigest !== modelDigest) throw changedMeanwhile(request.modelFile, request.modelDigest, modelDigest);
        if (cached) await this.digests!.remember(request.modelFile, cached.key, modelDigest);
        const weight = await knownFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, layerDigest, size);
        return await this.publishWith(request, name, modelDigest, weight, 1);
      }
      // not streamed (a blob of this size may be mountable, or the pass failed): hash, then push
    }
    // otherwise the file's digest comes first, and usually ends the publish (the layer is never hashed);
    // when it cannot, the layer is hashed on the other core at the same time
    const pending = mayBeUnchanged ? undefined : await startFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable);
    try {
      // read for real even when the cache had an answer: that answer did not end the publish
      const modelDigest = request.modelDigest ?? (await sha256File(request.modelFile).then((hex) => `sha256:${hex}`, unreadable));
      if (cached && !request.modelDigest) await this.digests!.remember(request.modelFile, cached.key, modelDigest);
      const first = decideVersion(name, request.version, modelDigest, existing, aliasDoc);
      let weight: BlobSource | undefined;
      if (!('unchanged' in first)) {
        // the same bytes under another version: its layer is this one (the tar is reproducible)
        const known = existing.find((v) => v.modelDigest === modelDigest)?.weight;
        if (known) weight = await knownFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, known.digest, size);
        else weight = await (pending ?? (await startFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable))).blob();
      }
      return await this.publishWith(request, name, modelDigest, weight, 0);
    } finally {
      pending?.cancel();
    }
  }

  /** `uploaded`: blobs sent already (the weight, when it went up while it was hashed) */
  private async publishWith(request: PublishRequest, name: string, modelDigest: string, weight: BlobSource | undefined, uploaded: number): Promise<PublishResult> {
    if (weight && (await this.store.pushBlob(name, weight, request.progress)) === 'uploaded') uploaded++;

    const result = await this.store.exclusive(name, async () => {
      for (let attempt = 1; ; attempt++) {
        const existing = await this.versions(name);
        const aliasDoc = await this.readAliases(name);
        const decided = decideVersion(name, request.version, modelDigest, existing, aliasDoc);
        if ('unchanged' in decided) {
          this.logger.info(`${name}:${decided.unchanged.version} already holds these model bytes (${modelDigest}); nothing was uploaded.`);
          return { ...decided.unchanged, status: 'unchanged' as const, blobsUploaded: 0 };
        }
        const version = decided.version;
        weight ??= await fileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile);
        const docsGiven = typeof request.docs === 'function' ? await request.docs(version) : (request.docs ?? {});
        const docs = DOC_FILES.filter((f) => docsGiven[f]).map((file) => ({ file, blob: docLayer(file, docsGiven[file]!) }));
        const created = request.created ?? new Date().toISOString();
        const built = buildModelManifest({ ...request.about, name, version, created }, weight, modelDigest, docs);
        // blobs first, the manifest last: an interrupted publish never leaves a tag without its blobs
        for (const blob of [weight, ...docs.map((d) => d.blob), built.config]) {
          const outcome = await this.store.pushBlob(name, blob, blob === weight ? request.progress : undefined);
          if (outcome === 'uploaded') uploaded++;
        }
        if (await this.store.getManifest(name, version)) {
          if (request.version || attempt >= READ_BACK_ATTEMPTS) throw raced(name, version);
          continue;
        }
        await this.store.putManifest(name, version, built.manifest);
        const back = await this.store.getManifest(name, version);
        if (back?.digest !== built.manifest.digest) {
          if (request.version || attempt >= READ_BACK_ATTEMPTS) throw raced(name, version);
          this.logger.warning(`Another publish took ${name}:${version} at the same moment; trying the next version.`);
          continue;
        }
        this.logger.info(`Published ${name}:${version} (${built.manifest.digest}), ${uploaded} blob(s) uploaded.`);
        return { name, version, manifestDigest: built.manifest.digest, modelDigest, status: 'published' as const, blobsUploaded: uploaded };
      }
    });
    const aliasMoves: AliasMove[] = [];
    for (const alias of request.aliases ?? []) aliasMoves.push(await this.moveAlias(name, alias, result.version, request.why ?? {}));
    return { ...result, aliasMoves, reference: formatModelReference({ store: this.location, name, digest: result.manifestDigest }) };
  }

  async moveAlias(name: string, alias: string, version: string, why: MoveReason): Promise<AliasMove> {
    checkModelName(name);
    checkAlias(alias, 'alias');
    checkVersion(version, 'version');
    return this.changeAlias(name, alias, async (doc) => {
      const target = await this.store.getManifest(name, version);
      if (!target || readModelManifest(target, `${this.where(name)}:${version}`).version !== version) {
        throw absent(`${this.where(name)}:${version}`, `${name} has no version ${version}`, name);
      }
      const from = doc.aliases[alias] ?? null;
      return from === version ? undefined : newEntry({ kind: 'move', name, alias, from, to: version, at: new Date().toISOString(), ...why });
    });
  }

  async rollbackAlias(name: string, alias: string, why: MoveReason): Promise<AliasMove> {
    checkModelName(name);
    checkAlias(alias, 'alias');
    return this.changeAlias(name, alias, async (doc) => {
      const to = rollbackTarget(doc, alias);
      return newEntry({ kind: 'rollback', name, alias, from: doc.aliases[alias] ?? null, to, at: new Date().toISOString(), ...why });
    });
  }

  /**
   * Appends one entry to the alias history. The local folder locks; a registry cannot, so the write
   * is read back (after `settleMs`) and the entry must be in the history that won, or the change is
   * made again on top of the other writer's — a concurrent promotion is never silently lost.
   */
  private async changeAlias(name: string, alias: string, decide: (doc: AliasDocument) => Promise<AliasEntry | undefined>): Promise<AliasMove> {
    for (let attempt = 1; attempt <= READ_BACK_ATTEMPTS; attempt++) {
      const entry = await this.store.exclusive(name, async () => {
        const { doc, digest } = await this.readAliasesAt(name);
        const e = await decide(doc);
        if (!e) return undefined;
        // someone wrote since we read: decide again on top of theirs (narrows the window a registry leaves)
        if ((await this.store.getManifest(name, ALIASES_TAG))?.digest !== digest) return 'stale' as const;
        await this.writeAliases(name, applyEntry(doc, e));
        return e;
      });
      if (entry === 'stale') {
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 200));
        continue;
      }
      if (!entry) {
        const version = (await this.readAliases(name)).aliases[alias]!;
        this.logger.info(`${name}@${alias} already points at ${version}; nothing changed.`);
        return { name, alias, from: version, to: version, at: new Date().toISOString() };
      }
      if (this.settleMs > 0) await new Promise((r) => setTimeout(r, this.settleMs));
      const after = await this.readAliases(name);
      if (after.history.some((e) => e.id === entry.id)) {
        if (entry.to) await this.mirrorAliasTag(name, alias, entry.to);
        this.logger.info(`${name}@${alias}: ${entry.from ?? '(unset)'} → ${entry.to}${entry.kind === 'rollback' ? ' (rollback)' : ''}.`);
        return publicMove(entry);
      }
      this.logger.warning(`Another change to the aliases of ${name} landed at the same moment; applying ${alias} again on top of it (attempt ${attempt}).`);
    }
    throw new UserError(`The aliases of ${name} kept changing under this update (${READ_BACK_ATTEMPTS} attempts).`, this.where(name), 'Another workflow is moving aliases of this model at the same time; serialize them (a GitHub concurrency group) and run this again.');
  }

  /** the alias as a plain tag too, so `skopeo inspect oci:DIR:champion` and other OCI tools see it */
  private async mirrorAliasTag(name: string, alias: string, version: string): Promise<void> {
    const stored = await this.store.getManifest(name, version);
    if (stored) await this.store.putManifest(name, alias, stored);
  }

  private async readAliases(name: string): Promise<AliasDocument> {
    return (await this.readAliasesAt(name)).doc;
  }

  /** the alias document and the digest of the manifest it was read from (undefined: none yet) */
  private async readAliasesAt(name: string): Promise<{ doc: AliasDocument; digest?: string }> {
    const stored = await this.store.getManifest(name, ALIASES_TAG);
    if (!stored) return { doc: emptyAliasDocument(name) };
    const digest = stored.digest;
    const where = `${this.where(name)} (tag ${ALIASES_TAG})`;
    const manifest = JSON.parse(stored.bytes.toString('utf8')) as { layers?: { mediaType: string; digest: string; size: number }[] };
    const layer = manifest.layers?.[0];
    if (!layer) return { doc: emptyAliasDocument(name), digest };
    const chunks: Buffer[] = [];
    for await (const chunk of this.store.readBlob(name, layer)) chunks.push(Buffer.from(chunk));
    return { doc: parseAliasDocument(Buffer.concat(chunks), name, where), digest };
  }

  private async writeAliases(name: string, doc: AliasDocument): Promise<void> {
    const built = aliasDocumentManifest(doc);
    await this.store.pushBlob(name, built.layer);
    await this.store.pushBlob(name, built.config);
    await this.store.putManifest(name, ALIASES_TAG, built.manifest);
  }

  /**
   * Attaches files (the in-toto statements) to a version as an OCI referrer; 'skipped' on GHCR,
   * which has no referrers API and shows fallback tags as clutter.
   */
  async attach(name: string, version: string, artifactType: string, files: AttachedFile[]) {
    const subject = await this.store.getManifest(name, version);
    if (!subject) throw absent(`${this.where(name)}:${version}`, `${name} has no version ${version}`, name);
    return attachReferrer(this.store, name, subject, artifactType, files, new Date().toISOString());
  }

  /** what is attached to a version, each with its files' bytes (verified) */
  async attachments(name: string, version: string): Promise<{ digest: string; artifactType?: string; files: { name: string; bytes: Buffer }[] }[]> {
    const subject = await this.resolve({ store: this.location, name, version });
    const out = [];
    for (const descriptor of await listReferrers(this.store, name, subject.manifestDigest)) {
      const stored = await this.store.getManifest(name, descriptor.digest);
      if (!stored) continue;
      const manifest = JSON.parse(stored.bytes.toString('utf8')) as { artifactType?: string; layers?: { mediaType: string; digest: string; size: number; annotations?: Record<string, string> }[]; subject?: { digest: string } };
      if (manifest.subject?.digest !== subject.manifestDigest) continue;
      const files = [];
      for (const layer of manifest.layers ?? []) {
        const chunks: Buffer[] = [];
        for await (const chunk of this.store.readBlob(name, layer)) chunks.push(Buffer.from(chunk));
        files.push({ name: layer.annotations?.['org.opencontainers.image.title'] ?? layer.digest, bytes: Buffer.concat(chunks) });
      }
      out.push({ digest: stored.digest, artifactType: manifest.artifactType, files });
    }
    return out;
  }

  /** the versions an alias has held, oldest first, without those rolled back */
  async aliasTargets(name: string, alias: string): Promise<string[]> {
    return aliasStack(await this.readAliases(name), alias);
  }
}

function decideVersion(name: string, given: string | undefined, modelDigest: string, existing: ResolvedModel[], doc: AliasDocument): { version: string } | { unchanged: ResolvedModel } {
  if (given) {
    if (given in doc.aliases) throw new UserError(`"${given}" is an alias of ${name}, so it cannot be a version too.`, 'input "version"', 'Choose another version.');
    const same = existing.find((v) => v.version === given);
    if (same) {
      if (same.modelDigest === modelDigest) return { unchanged: same };
      throw new UserError(
        `${name}:${given} already exists with different model bytes (${same.modelDigest}, this file is ${modelDigest}); versions are immutable.`,
        'input "version"',
        'Publish under a new version (leave "version" empty for the next v<n>), and move an alias to it.',
      );
    }
    return { version: given };
  }
  const same = existing.filter((v) => v.modelDigest === modelDigest);
  if (same.length > 0) return { unchanged: same[same.length - 1]! };
  const numbers = existing.map((v) => /^v(\d+)$/.exec(v.version)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  return { version: `v${Math.max(0, ...numbers) + 1}` };
}

function unreadableModel(file: string): (err: NodeJS.ErrnoException) => never {
  return (err) => {
    throw new UserError(`The model ${file} cannot be read (${err.code ?? err.message}).`, 'input model', 'Point it at the .onnx file to publish.');
  };
}

function changedMeanwhile(file: string, before: string, after: string): UserError {
  return new UserError(`The model ${file} changed while it was being published: it was ${before} when checked and ${after} when uploaded.`, 'input model', 'Publish it again once nothing writes to it; the uploaded layer is not tagged.');
}

function absent(reference: string, what: string, name: string): UserError {
  return new UserError(`${reference} cannot be resolved: ${what}.`, reference, `List what exists with: mlci registry versions ${name}`);
}

function raced(name: string, version: string): UserError {
  return new UserError(`${name}:${version} was published by someone else at the same moment.`, 'input "version"', 'Run the publish again: it takes the next free version.');
}
