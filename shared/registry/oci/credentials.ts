// Where a registry login comes from, in order: MLCI_REGISTRY_USERNAME/PASSWORD (or _TOKEN), then
// GITHUB_TOKEN for ghcr.io, then the Docker client's config (`docker login` writes it). The source
// is kept so that a refusal can say which login was refused.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Credential {
  username: string;
  password: string;
  /** for messages: "GITHUB_TOKEN", "/home/me/.docker/config.json" */
  source: string;
}

type Env = Readonly<Record<string, string | undefined>>;

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export function dockerConfigPath(env: Env): string {
  return join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json');
}

export async function findCredential(host: string, env: Env): Promise<Credential | undefined> {
  if (env.MLCI_REGISTRY_PASSWORD || env.MLCI_REGISTRY_TOKEN) {
    return { username: env.MLCI_REGISTRY_USERNAME || 'token', password: (env.MLCI_REGISTRY_PASSWORD || env.MLCI_REGISTRY_TOKEN)!, source: env.MLCI_REGISTRY_PASSWORD ? 'MLCI_REGISTRY_USERNAME/MLCI_REGISTRY_PASSWORD' : 'MLCI_REGISTRY_TOKEN' };
  }
  if (host === 'ghcr.io' && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || 'token', password: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
  const path = dockerConfigPath(env);
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(path, 'utf8')) as DockerConfig;
  } catch {
    return undefined;
  }
  const keys = [host, `https://${host}`, `http://${host}`, ...(host === 'docker.io' ? ['https://index.docker.io/v1/'] : [])];
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: path };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, source: path };
  }
  return undefined;
}

/** why no credential was found, for the message of a 401 */
export function credentialHint(host: string, env: Env): string {
  const helper = host === 'ghcr.io' ? 'set GITHUB_TOKEN (the workflow needs `permissions: packages: write`)' : 'run `docker login HOST` (it writes ~/.docker/config.json, or $DOCKER_CONFIG/config.json)';
  return `No credentials for ${host} were found in MLCI_REGISTRY_USERNAME/MLCI_REGISTRY_PASSWORD, ${host === 'ghcr.io' ? 'GITHUB_TOKEN, ' : ''}or ${dockerConfigPath(env)}: ${helper.replace('HOST', host)}. Credential helpers (credsStore) are not read.`;
}
