/**
 * Where a served model's versions come from: an .onnx file, or a registry reference. The server
 * asks a source what is current (cheap; polled to follow an alias or a changed file) and, for a
 * new version, for a local model file to load.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UserError, describeError } from '../errors.js';
import { sha256Bytes } from '../fs/digest.js';
import type { ModelIdentity } from './served-model.js';

export interface ModelSource {
  /** as the user wrote it */
  readonly reference: string;
  /** the name to serve it under unless the user gave one */
  readonly defaultName: string;
  /** true when the current version can change (an alias, a file): the server polls it */
  readonly follows: boolean;
  current(): Promise<ModelIdentity>;
  /** a local model.onnx holding that version */
  materialize(version: ModelIdentity): Promise<string>;
}

/** The part of shared/registry's ModelRegistry the server uses (CONTRACTS.md). */
export interface RegistryReference {
  store: string;
  name: string;
  version?: string;
  alias?: string;
  digest?: string;
}
export interface RegistryClient {
  resolve(ref: RegistryReference): Promise<{ name: string; version: string; manifestDigest: string; modelDigest: string }>;
  pull(ref: RegistryReference, dir: string): Promise<{ modelFile: string; version: string; manifestDigest: string; modelDigest: string }>;
}
export interface RegistryAccess {
  /** parseModelReference with the default store applied; a UserError on bad input */
  parse(text: string): RegistryReference;
  open(store: string): RegistryClient;
}

const NAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;

/** `NAME=REF` or `REF` → the sources it names: one, or one per .onnx file of a directory */
export async function modelSourcesFor(spec: string, options: { registry?: RegistryAccess; cacheDir: string }): Promise<{ name: string; source: ModelSource }[]> {
  const eq = spec.indexOf('=');
  const named = eq > 0 && NAME.test(spec.slice(0, eq)) ? spec.slice(0, eq) : undefined;
  const reference = named ? spec.slice(eq + 1) : spec;
  const info = await stat(reference).catch(() => undefined);
  if (info?.isDirectory()) {
    const files = (await readdir(reference)).filter((f) => f.endsWith('.onnx')).sort();
    if (files.length === 0) throw new UserError(`The directory ${reference} holds no .onnx files.`, `--model ${spec}`, 'Point --model at an .onnx file, a directory of them, or a registry reference such as demo@champion.');
    return files.map((f) => {
      const source = fileSource(join(reference, f));
      return { name: named && files.length === 1 ? named : source.defaultName, source };
    });
  }
  if (info?.isFile() || reference.endsWith('.onnx')) {
    const source = fileSource(reference);
    return [{ name: named ?? source.defaultName, source }];
  }
  if (!options.registry) {
    throw new UserError(
      `${reference} is neither an .onnx file nor a directory, and this build has no model registry to resolve it.`,
      `--model ${spec}`,
      'Pass the path of an .onnx file or a directory of them.',
    );
  }
  const source = registrySource(reference, options.registry, options.cacheDir);
  return [{ name: named ?? source.defaultName, source }];
}

export function fileSource(path: string): ModelSource {
  const full = resolve(path);
  const defaultName =
    basename(path, '.onnx')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[._-]+|[._-]+$/g, '') || 'model';
  // The file is hashed only when its stat changes (size, inode, modification and change times in
  // nanoseconds): a poll of an unchanged file costs one stat, not a read and a sha256 of the model.
  let known: { stamp: string; identity: ModelIdentity } | undefined;
  const unreadable = (err: unknown) => new UserError(`The model file ${path} cannot be read: ${describeError(err)}`, path, 'Check the path and that the file exists.');
  return {
    reference: path,
    defaultName,
    follows: true,
    async current() {
      const info = await stat(full, { bigint: true }).catch((err: unknown) => {
        throw unreadable(err);
      });
      const stamp = `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
      if (known?.stamp === stamp) return known.identity;
      const bytes = await readFile(full).catch((err: unknown) => {
        throw unreadable(err);
      });
      const hex = sha256Bytes(bytes);
      const identity = { version: hex.slice(0, 12), digest: `sha256:${hex}`, modelDigest: `sha256:${hex}` };
      known = { stamp, identity };
      return identity;
    },
    materialize: async () => full,
  };
}

function registrySource(reference: string, registry: RegistryAccess, cacheDir: string): ModelSource {
  const ref = registry.parse(reference);
  const client = registry.open(ref.store);
  return {
    reference,
    defaultName: ref.name,
    // a pinned version or digest never moves; an alias (or no version: latest) may
    follows: !ref.version && !ref.digest,
    async current() {
      const resolved = await client.resolve(ref);
      return { version: resolved.version, digest: resolved.manifestDigest, modelDigest: resolved.modelDigest };
    },
    async materialize(version) {
      const dir = join(cacheDir, ref.name, `${version.version}-${version.digest.replace(/^sha256:/, '').slice(0, 16)}`);
      const pulled = await client.pull({ store: ref.store, name: ref.name, digest: version.digest }, dir);
      if (pulled.modelDigest !== version.modelDigest) {
        throw new UserError(`The registry served ${pulled.modelDigest} for ${reference}, not ${version.modelDigest}.`, reference, 'Check the registry; the pulled model is not the resolved one.');
      }
      return pulled.modelFile;
    },
  };
}
