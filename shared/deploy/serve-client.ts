import { describeError, UserError } from '../errors.js';
import { parsePrometheusText, type PromScrape } from './prometheus-text.js';

/** One of a model's routes as `GET /v2/admin/routes` shows it (CONTRACTS.md). */
export interface ServedRoute {
  reference: string;
  version: string;
  digest: string;
  model_digest: string;
  ready: boolean;
}

export interface ModelRoutes {
  stable: ServedRoute;
  canary?: ServedRoute & { weight: number };
  shadow?: ServedRoute;
}

export interface RouteChange {
  canary?: { reference: string; weight: number } | null;
  shadow?: { reference: string } | null;
}

/** An OIP tensor as sent and received over JSON. */
export interface OipTensor {
  name: string;
  datatype: string;
  shape: number[];
  data: unknown[];
  parameters?: Record<string, unknown>;
}

/** Thrown when the server cannot be reached at all (as opposed to answering with an error). */
export class ServerUnreachableError extends UserError {}

/**
 * The parts of mlci serve deploy talks to: the admin routes, /metrics and inference by version.
 * Every call has a timeout; the bearer token (MLCI_SERVE_TOKEN) is sent when there is one.
 */
export class ServeClient {
  constructor(
    readonly url: string,
    private readonly options: { token?: string; timeoutMs?: number; fetch?: typeof fetch; metricsUrl?: string } = {},
  ) {}

  async routes(): Promise<Record<string, ModelRoutes>> {
    const body = (await this.request('GET', '/v2/admin/routes')) as { models?: Record<string, ModelRoutes> };
    return body.models ?? {};
  }

  async modelRoutes(model: string): Promise<ModelRoutes> {
    const all = await this.routes();
    const routes = all[model];
    if (!routes) {
      throw new UserError(`The server at ${this.url} serves no model named "${model}" (it serves ${Object.keys(all).join(', ') || 'nothing'}).`, 'input served-model', 'Set served-model to the name the server serves the model under (mlci serve --model NAME=REF).');
    }
    return routes;
  }

  /** changes a model's canary or shadow; the server answers once the new model is loaded and warmed up */
  async setRoute(model: string, change: RouteChange): Promise<ModelRoutes> {
    return (await this.request('PUT', `/v2/admin/models/${encodeURIComponent(model)}/route`, change)) as ModelRoutes;
  }

  async metrics(): Promise<PromScrape> {
    const url = this.options.metricsUrl ?? `${this.url.replace(/\/+$/, '')}/metrics`;
    const text = await this.request('GET', url, undefined, 'text');
    return parsePrometheusText(text as string, url);
  }

  async infer(model: string, version: string, inputs: OipTensor[], id: string): Promise<{ outputs: OipTensor[]; model_version?: string }> {
    return (await this.request('POST', `/v2/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/infer`, { id, inputs })) as { outputs: OipTensor[]; model_version?: string };
  }

  private async request(method: string, path: string, body?: unknown, as: 'json' | 'text' = 'json'): Promise<unknown> {
    const target = /^https?:/.test(path) ? path : `${this.url.replace(/\/+$/, '')}${path}`;
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(target, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? describeError(err);
      throw new ServerUnreachableError(`The model server at ${this.url} did not answer ${method} ${path.replace(this.url, '')} (${cause}).`, 'input server-url', 'Check that mlci serve is running there and reachable from this job (server-url), and that the URL is right.');
    }
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 500);
      try {
        message = String((JSON.parse(text) as { error?: unknown }).error ?? message);
      } catch {
        // not JSON: keep the text
      }
      const fix = response.status === 401 || response.status === 403 ? 'Pass the server\'s token as MLCI_SERVE_TOKEN (a secret).' : 'See the server\'s log for the cause.';
      throw new UserError(`The model server answered ${method} ${path} with ${response.status}: ${message}`, target, fix);
    }
    if (as === 'text') return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UserError(`The model server's answer to ${method} ${path} is not JSON.`, target, 'Check that server-url points at mlci serve.');
    }
  }
}
