import { UserError } from '../errors.js';
import type { ModelReference } from './types.js';

export const DEFAULT_STORE = './mlci-registry';

const NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const ALIAS = /^[A-Za-z0-9_-]{1,128}$/;
/** an OCI tag that starts with a digit or v+digit: `v1`, `3`, `1.2.0`, `v2.0.1-rc1` */
const VERSION = /^v?[0-9][A-Za-z0-9._-]{0,126}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

const REFERENCE_FORMS = '[STORE/]NAME[:VERSION | @ALIAS | @sha256:HEX], e.g. demo@champion, ./mlci-registry/demo:v3, oci://ghcr.io/OWNER/models/demo@champion';

/** The store a reference without one uses: the `registry` input or flag, MLCI_REGISTRY, else ./mlci-registry. */
export function defaultRegistryLocation(env: Readonly<Record<string, string | undefined>>, given?: string): string {
  return given?.trim() || env.MLCI_REGISTRY?.trim() || DEFAULT_STORE;
}

export function checkModelName(name: string, where?: string): string {
  if (!NAME.test(name) || name.length > 128) {
    throw new UserError(`"${name}" is not a valid model name.`, where, 'Use lower-case letters and digits, separated by single ".", "_" or "-" (e.g. "churn-model"), at most 128 characters.');
  }
  return name;
}

/** MLflow's alias rules: letters, digits, "_" and "-"; `latest` and `v<digits>` would read as versions. */
export function checkAlias(alias: string, where?: string): string {
  if (!ALIAS.test(alias)) {
    throw new UserError(`"${alias}" is not a valid alias.`, where, 'Use letters, digits, "_" and "-" only (e.g. "champion"), at most 128 characters.');
  }
  if (/^latest$/i.test(alias) || /^v\d+$/i.test(alias)) {
    throw new UserError(`The alias "${alias}" is reserved.`, where, '"latest" and "v<digits>" are reserved because they read as versions; choose another name such as "champion".');
  }
  return alias;
}

/** a tag that can be a version (aliases, mlci.aliases and sha256-… referrer tags cannot) */
export function isVersionTag(tag: string): boolean {
  return VERSION.test(tag);
}

export function checkVersion(version: string, where?: string): string {
  if (!VERSION.test(version)) {
    throw new UserError(`"${version}" is not a valid version.`, where, 'A version starts with a digit or "v" and a digit, then letters, digits, ".", "_" or "-" (e.g. "v3", "1.2.0"), at most 128 characters.');
  }
  return version;
}

function checkDigest(digest: string, where?: string): string {
  if (!DIGEST.test(digest)) {
    throw new UserError(`"${digest}" is not a sha256 digest.`, where, 'Write it as sha256: followed by 64 lower-case hex digits.');
  }
  return digest;
}

/**
 * Splits `[STORE/]NAME[:VERSION | @ALIAS | @sha256:HEX]`. The name is the last path segment; what
 * comes before it is the store: `oci://HOST[:PORT]/PATH` or a local directory.
 */
export function parseModelReference(text: string, defaultStore: string = DEFAULT_STORE): ModelReference {
  const where = `model reference "${text}"`;
  const trimmed = text.trim();
  if (!trimmed) throw new UserError('The model reference is empty.', undefined, `Write it as ${REFERENCE_FORMS}.`);
  const remote = trimmed.startsWith('oci://');
  const body = remote ? trimmed.slice('oci://'.length) : trimmed;
  const slash = body.lastIndexOf('/');
  let store = slash >= 0 ? body.slice(0, slash) : '';
  const last = slash >= 0 ? body.slice(slash + 1) : body;
  if (remote) {
    if (!store) throw new UserError('An oci:// reference needs a host before the model name.', where, 'Write it as oci://HOST[:PORT]/PATH/NAME@ALIAS, e.g. oci://ghcr.io/OWNER/models/demo@champion.');
    store = `oci://${store}`;
  } else if (slash === 0) {
    store = '/';
  }
  const ref: ModelReference = { store: store || defaultStore, name: '' };
  const at = last.indexOf('@');
  const colon = last.indexOf(':');
  if (at >= 0) {
    ref.name = last.slice(0, at);
    const target = last.slice(at + 1);
    if (target.startsWith('sha256:')) ref.digest = checkDigest(target, where);
    else ref.alias = checkAlias(target, where);
  } else if (colon >= 0) {
    ref.name = last.slice(0, colon);
    ref.version = checkVersion(last.slice(colon + 1), where);
  } else {
    ref.name = last;
  }
  if (!ref.name) throw new UserError('The model reference has no model name.', where, `Write it as ${REFERENCE_FORMS}.`);
  checkModelName(ref.name, where);
  return ref;
}

export function formatModelReference(ref: ModelReference): string {
  const store = ref.store.replace(/\/+$/, '');
  const prefix = ref.store.startsWith('/') && !store ? '/' : store ? `${store}/` : '';
  const suffix = ref.digest ? `@${ref.digest}` : ref.alias ? `@${ref.alias}` : ref.version ? `:${ref.version}` : '';
  return `${prefix}${ref.name}${suffix}`;
}

export function isRemoteStore(location: string): boolean {
  return location.startsWith('oci://');
}
