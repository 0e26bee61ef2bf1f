/**
 * POST …/infer: decode, route (stable, canary or an explicit version), check, batch, answer; then,
 * off the response's path, the prediction log record, the score metric and the shadow run.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError } from '../errors.js';
import { decodeInferRequest } from './decode-request.js';
import { encodeInferResponse, type ResponseBody, type ResponseOutput } from './encode-response.js';
import { HttpError, badRequest, notFound, unavailable } from './http-error.js';
import { readBody, sendBytes } from './http-io.js';
import { predictionRecord } from './log-record.js';
import { versionMetrics, type ServerMetrics } from './metrics.js';
import type { HistogramSeries } from './cheap-metrics.js';
import type { ActiveVersion, ModelSlot } from './model-slot.js';
import type { PredictionLog } from './prediction-log.js';
import type { ServedModel } from './served-model.js';
import type { InferRequest, Tensor } from './tensor.js';
import { chooseSlot, slotForVersion, type ModelRoute } from './traffic.js';

export interface InferContext {
  routes: Map<string, ModelRoute>;
  metrics: ServerMetrics;
  predictionLog?: PredictionLog;
  maxBodyBytes: number;
  now(): Date;
  log(record: Record<string, unknown>): void;
}

export async function handleInfer(ctx: InferContext, req: IncomingMessage, res: ServerResponse, modelName: string, version: string | undefined): Promise<void> {
  const started = performance.now();
  const route = ctx.routes.get(modelName);
  if (!route) throw unknownModel(ctx, modelName);
  let request: InferRequest;
  try {
    request = decodeInferRequest(await readBody(req, ctx.maxBodyBytes), headerLength(req));
  } catch (err) {
    // a bad body is counted against the stable version: it is what the client meant to call
    const stable = route.stable.current;
    if (stable) versionMetrics(ctx.metrics, modelName, stable.version, 'stable').requests(err instanceof HttpError ? err.status : 500).inc();
    throw err;
  }
  const headerId = req.headers['x-request-id'];
  await answerInfer(ctx, route, request, typeof headerId === 'string' ? headerId : undefined, version, started, (status, body, headers, id) => sendBytes(res, status, body, headers, id));
}

/** writes one response: status, body, its headers, and the request id header when there is one */
export type SendResponse = (status: number, body: ResponseBody, headers: Readonly<Record<string, string>>, requestId?: string) => void;

/**
 * A decoded request from here on, whichever HTTP path read it: route (stable, canary or the
 * version asked for), check, batch, answer through `send`, count, and then, off the response's
 * path, the prediction log, the score metric and the shadow run. An HttpError thrown is the
 * client's answer (counted already); `send` has not been called then. Resolves to true when the
 * request's tensors are still referred to after it (by a prediction log record or a shadow run):
 * the memory they lie in must not be reused yet.
 */
export async function answerInfer(ctx: InferContext, route: ModelRoute, request: InferRequest, headerId: string | undefined, version: string | undefined, started: number, send: SendResponse): Promise<boolean> {
  const modelName = route.name;
  const givenId = request.id ?? headerId;
  const requestId = givenId ?? randomUUID();
  const slot = version === undefined ? chooseSlot(route, givenId) : slotForVersion(route, version);
  if (!slot) throw notFound(`The model "${modelName}" has no version "${version}".`, `/v2/models/${modelName}/versions/${version}`, `Use a version GET /v2/models/${modelName} lists, or leave the version out.`);
  const active = slot.acquire();
  if (!active) throw unavailable(`The model "${modelName}" is not loaded yet.`, `/v2/models/${modelName}`, 'Retry when GET /v2/health/ready answers 200.');
  const counted = active.counted;
  counted.inflight.inc();
  let code = 500;
  try {
    const outputs = await runRequest(active, request, `model "${modelName}"`);
    const response = encodeInferResponse({ model_name: modelName, model_version: active.model.version, ...(request.id !== undefined ? { id: request.id } : {}), outputs: selectOutputs(request, outputs) });
    send(200, response.body, response.headers, requestId);
    code = 200;
    const latencyMs = performance.now() - started;
    counted.duration.observe(latencyMs / 1000);
    counted.rows.inc(request.inputs[0]?.shape[0] ?? 1);
    return afterResponse(ctx, route, slot, active, request, outputs, requestId, latencyMs, version === undefined);
  } catch (err) {
    code = err instanceof HttpError ? err.status : 500;
    throw err;
  } finally {
    counted.requests(code).inc();
    counted.inflight.dec();
    slot.release(active);
  }
}

/**
 * The fast lane's check before it takes a request (fast-lane.ts): a model it knows and a body that
 * decodes, with an "id" fit for the x-request-id header as it stands (the head's own headers are). undefined: node:http takes the request
 * and gives it every answer handleInfer gives (404, 400 and its count, …), exactly as it would.
 */
export function decodeForFastLane(ctx: InferContext, modelName: string, body: Buffer, jsonLength: number | undefined): { route: ModelRoute; request: InferRequest } | undefined {
  const route = ctx.routes.get(modelName);
  if (!route) return undefined;
  let request: InferRequest;
  try {
    request = decodeInferRequest(body, jsonLength);
  } catch {
    return undefined;
  }
  if (request.id !== undefined && !PLAIN_HEADER_VALUE.test(request.id)) return undefined;
  return { route, request };
}

/** what the lane writes into x-request-id unchanged: printable ASCII and tab, as node:http would send it */
const PLAIN_HEADER_VALUE = /^[\t\x20-\x7e]*$/;

function unknownModel(ctx: InferContext, name: string): HttpError {
  return notFound(`There is no model "${name}".`, `/v2/models/${name}`, `Use one of: ${[...ctx.routes.keys()].join(', ') || '(none loaded)'}.`);
}

function headerLength(req: IncomingMessage): number | undefined {
  const value = req.headers['inference-header-content-length'];
  if (value === undefined) return undefined;
  return /^\d+$/.test(String(value)) ? Number(value) : NaN;
}

/** checks the request against the version's inputs, then runs it through the version's batcher */
async function runRequest(active: ActiveVersion, request: InferRequest, where: string): Promise<Tensor[]> {
  const rows = active.model.check(request.inputs, `${where} version ${active.model.version}`);
  if (request.outputs) {
    for (const o of request.outputs) {
      if (!active.model.outputs.some((m) => m.name === o.name)) {
        throw badRequest(`The model has no output "${o.name}".`, `${where}: outputs`, `Ask for outputs the model has: ${active.model.outputs.map((m) => m.name).join(', ')}.`);
      }
    }
  }
  try {
    return await active.batcher.submit(request.inputs, rows);
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new HttpError(500, `onnxruntime could not run the request: ${describeError(err).split('\n')[0]}`, `${where} version ${active.model.version}`, 'Check the input values against what the model was trained on; if they are right, report the model and request.');
  }
}

function selectOutputs(request: InferRequest, outputs: Tensor[]): ResponseOutput[] {
  if (!request.outputs && !request.binaryOutputs) return outputs;
  if (!request.outputs) return outputs.map((o) => ({ ...o, binary: request.binaryOutputs }));
  return request.outputs.map((wanted) => ({ ...outputs.find((o) => o.name === wanted.name)!, binary: wanted.binary ?? request.binaryOutputs }));
}

/** true when the request's tensors are kept beyond this: a prediction log record or a shadow run */
function afterResponse(ctx: InferContext, route: ModelRoute, slot: ModelSlot, active: ActiveVersion, request: InferRequest, outputs: Tensor[], requestId: string, latencyMs: number, mirror: boolean): boolean {
  const model = active.model;
  observeScores(active.counted.score, model, outputs);
  const logged = ctx.predictionLog?.offer(requestId, () => predictionRecord(ctx.now(), requestId, route.name, slot.role, model, request.inputs, outputs, latencyMs)) ?? false;
  if (!mirror || !route.shadow || route.shadow === slot) return logged;
  void runShadow(ctx, route.name, route.shadow, model, request, outputs, requestId);
  return true;
}

/**
 * The shadow sees the request after the response is sent; its outputs are logged under the same
 * request id and compared with the response's (the label, or the values for a regressor).
 */
async function runShadow(ctx: InferContext, name: string, shadow: ModelSlot, served: ServedModel, request: InferRequest, served_outputs: Tensor[], requestId: string): Promise<void> {
  const active = shadow.acquire();
  if (!active) return;
  const started = performance.now();
  const counted = active.counted;
  let code = 200;
  try {
    const { outputs: _wanted, ...everything } = request;
    const outputs = await runRequest(active, everything, `shadow of model "${name}"`);
    const latencyMs = performance.now() - started;
    counted.duration.observe(latencyMs / 1000);
    counted.rows.inc(request.inputs[0]?.shape[0] ?? 1);
    observeScores(counted.score, active.model, outputs);
    ctx.predictionLog?.offer(requestId, () => predictionRecord(ctx.now(), requestId, name, 'shadow', active.model, request.inputs, outputs, latencyMs));
    const compared = { model: name, version: active.model.version };
    ctx.metrics.shadowComparisons.inc(compared);
    if (!agree(served, served_outputs, active.model, outputs)) ctx.metrics.shadowDisagreements.inc(compared);
  } catch (err) {
    code = err instanceof HttpError ? err.status : 500;
    ctx.log({ level: 'warning', msg: 'shadow run failed', model: name, version: active.model.version, request_id: requestId, error: describeError(err) });
  } finally {
    counted.requests(code).inc();
    shadow.release(active);
  }
}

/** same predicted labels (classifiers) or values within 1e-6 relative (regressors) */
function agree(a: ServedModel, aOut: Tensor[], b: ServedModel, bOut: Tensor[]): boolean {
  const pick = (model: ServedModel, outputs: Tensor[]) => {
    const name = model.plan?.label?.name ?? model.plan?.values?.name ?? outputs[0]?.name;
    return outputs.find((o) => o.name === name);
  };
  const x = pick(a, aOut);
  const y = pick(b, bOut);
  if (!x || !y || x.data.length !== y.data.length) return false;
  for (let i = 0; i < x.data.length; i++) {
    const p = x.data[i]!;
    const q = y.data[i]!;
    if (typeof p === 'number' && typeof q === 'number') {
      if (Math.abs(p - q) > 1e-6 * Math.max(1, Math.abs(p), Math.abs(q))) return false;
    } else if (p !== q) return false;
  }
  return true;
}

/** binary: the positive class's probability; multiclass: the predicted class's; regression: none */
function observeScores(series: HistogramSeries, model: ServedModel, outputs: Tensor[]): void {
  const plan = model.plan;
  if (!plan?.probabilities || plan.task === 'regression') return;
  const probabilities = outputs.find((o) => o.name === plan.probabilities!.name);
  if (!probabilities || Array.isArray(probabilities.data) || probabilities.shape.length !== 2) return;
  const [rows, width] = probabilities.shape as [number, number];
  const data = probabilities.data as Float32Array;
  for (let r = 0; r < rows; r++) {
    let score = data[r * width + width - 1]!;
    if (plan.task === 'multiclass') {
      score = -Infinity;
      for (let c = 0; c < width; c++) score = Math.max(score, data[r * width + c]!);
    }
    series.observe(score);
  }
}
