// A real server on loopback with real models, and a client that checks every answer against the
// Open Inference Protocol's OpenAPI schemas.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { startModelServer, type ModelServer, type ModelServerOptions } from '../../shared/serve/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { checkAgainstSpec } from './openapi.js';

export const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
export const fixtureModel = (name: string) => new URL(`../fixtures/models/${name}`, import.meta.url).pathname;

export interface Logged {
  records: Record<string, unknown>[];
}

export async function startTestServer(models: string[], options: Partial<ModelServerOptions> = {}): Promise<ModelServer & Logged> {
  const records: Record<string, unknown>[] = [];
  const server = await startModelServer({ models, ort, port: 0, pollIntervalMs: 0, log: (r) => records.push(r), ...options });
  return Object.assign(server, { records });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** a request whose answer is JSON, checked against the spec (OIP paths) */
export async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (path.startsWith('/v2') && !path.startsWith('/v2/admin')) checkAgainstSpec(method, path, response.status, parsed);
  if (response.status >= 400) {
    expect(typeof parsed.error).toBe('string');
    expect(parsed.error).not.toMatch(/\n\s+at /);
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** the breast-cancer test rows' 30 features, as numbers */
export function breastCancerRows(count: number): number[][] {
  const lines = readFileSync(new URL('../fixtures/data/breast_cancer_test.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  return lines.slice(0, count).map((line) => line.split(',').slice(0, 30).map(Number));
}

/** the same rows through onnxruntime-node directly: the reference the server must equal */
export async function runLocally(model: string, input: Float32Array, rows: number, width: number): Promise<Record<string, { dims: readonly number[]; data: unknown }>> {
  const session = await ort.InferenceSession.create(model);
  try {
    const result = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [rows, width]) });
    return Object.fromEntries(Object.entries(result).map(([k, t]) => [k, { dims: t.dims, data: t.data }]));
  } finally {
    await session.release();
  }
}
