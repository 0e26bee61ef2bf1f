import { mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describeError, isUserError, UserError } from '../errors.js';
import { resolveInside } from '../fs/safe-path.js';
import { listedFiles } from '../fs/output-manifest.js';
import type { StepHost } from './types.js';

/** An input that names a file inside an artifact instead of a path: `artifact:NAME/path/in/it`. */
export const ARTIFACT_PREFIX = 'artifact:';

const downloaded = new WeakMap<StepHost, Map<string, Promise<string>>>();

export function parseArtifactReference(value: string): { name: string; path: string } | undefined {
  if (!value.startsWith(ARTIFACT_PREFIX)) return undefined;
  const rest = value.slice(ARTIFACT_PREFIX.length);
  const slash = rest.indexOf('/');
  const name = slash < 0 ? rest : rest.slice(0, slash);
  if (!name) throw new UserError(`"${value}" names no artifact.`, undefined, `Write ${ARTIFACT_PREFIX}NAME/path/inside, e.g. ${ARTIFACT_PREFIX}mlci-train/model.onnx.`);
  return { name, path: slash < 0 ? '' : rest.slice(slash + 1) };
}

/**
 * The local path an input refers to: the value itself, or for `artifact:NAME/path` the file (or
 * directory) inside that artifact, fetched once per run and verified against its manifest.
 */
export async function resolveInputPath(host: StepHost, input: string, value: string): Promise<string> {
  const ref = parseArtifactReference(value);
  if (!ref) return value;
  const store = host.artifacts;
  if (!store) throw new UserError(`Input "${input}" names an artifact, but this host keeps none.`, `input ${input}`, 'Pass a path instead.');
  const target = resolveInside(join(host.tempDir, 'artifacts'), ref.name, 'artifact name');
  // refuse a path that climbs out of the artifact before fetching anything
  const file = resolveInside(target, ref.path, `path inside artifact ${ref.name}`);
  let byName = downloaded.get(host);
  if (!byName) downloaded.set(host, (byName = new Map()));
  let ready = byName.get(ref.name);
  if (!ready) {
    ready = mkdir(target, { recursive: true }).then(() => store.download(ref.name, target)).then(() => target);
    byName.set(ref.name, ready);
  }
  await ready;
  // the store verified every file the manifest lists; a file it does not list is unverified
  const wanted = relative(target, file).split(sep).join('/');
  if (wanted) {
    const listed = await listedFiles(target);
    if (!listed.some((p) => p === wanted || p.startsWith(`${wanted}/`))) {
      throw new UserError(`${wanted} is not listed in the artifact's manifest, so nothing vouches for it.`, `input ${input}`, `Name a file the step that uploaded artifact "${ref.name}" wrote (its manifest.json lists them).`);
    }
  }
  return file;
}

/**
 * Uploads a step's output directory when the `upload-artifact` input names an artifact. A store
 * that fails (a service outage) leaves the results in place and says so: nothing is lost.
 */
export async function publishOutputDir(host: StepHost<'upload-artifact' | (string & {}), string>, outputDir: string): Promise<{ name: string; id?: number } | undefined> {
  const name = host.input('upload-artifact').trim();
  if (!name) return undefined;
  if (!host.artifacts) {
    host.logger.warning(`upload-artifact is set but this host keeps no artifacts; the results stay in ${outputDir}.`);
    return undefined;
  }
  try {
    const uploaded = await host.artifacts.upload(name, outputDir);
    host.logger.info(`Stored ${outputDir} as ${host.artifacts.kind} "${name}".`);
    return uploaded;
  } catch (err) {
    if (isUserError(err)) throw err;
    host.logger.warning(`Could not store the artifact "${name}": ${describeError(err)}. The results are still in ${outputDir}.`);
    return undefined;
  }
}
