/**
 * POST …/infer: decode, route (stable, canary or an explicit version), check, batch, answer; then,
 * off the response's path, the prediction log record, the score metric and the shadow run.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError } from '../errors.js';
import { decodeInferRequest } from './decode-request.js';
import { encodeInferResponse, type ResponseBody, type ResponseOutput } from './encode-response.js';
import { HttpError, badRequest, notFound, unavailable } from './http-error.js';
import { readBody, sendBytes } from './http-io.js';
import { predictionRecord } from './log-record.js';
import { newRequestId } from './request-id.js';
import { versionMetrics, type ServerMetrics } from './metrics.js';
import type { HistogramSeries } from './cheap-metrics.js';
import type { ActiveVersion, ModelSlot } from './model-slot.js';
import type { PredictionLog } from './prediction-log.js';
import type { ServedModel } from './served-model.js';
import type { InferRequest, Tensor } from './tensor.js';
import type { BatchWaiter } from './batcher.js';
import { chooseSlot, slotForVersion, type ModelRoute } from './traffic.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { performance } from 'node:perf_hooks';

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
  await new Promise<void>((resolve, reject) => {
    answerInfer(ctx, route, request, typeof headerId === 'string' ? headerId : undefined, version, started, (status, body, headers, id) => sendBytes(res, status, body, headers, id), (failure) =>
      failure ? reject(failure.error) : resolve(),
    );
  });
}

/** writes one response: status, body, its headers, and the request id header when there is one */
export type SendResponse = (status: number, body: ResponseBody, headers: Readonly<Record<string, string>>, requestId?: string) => void;

/**
 * Told once that a request is done with: answered through `send` (undefined), or failed with
 * `error`, which is then the client's answer (an HttpError, counted already) or an internal fault;
 * `send` has not been called then. Never before answerInfer has returned. `kept`: after an
 * answer, the request's tensors are still referred to (by a prediction log record or a shadow
 * run), so the memory they lie in must not be reused yet.
 */
export type InferDone = (failure: { error: unknown } | undefined, kept?: boolean) => void;

/**
 * A decoded request from here on, whichever HTTP path read it: route (stable, canary or the
 * version asked for), check, batch, answer through `send`, count, and then, off the response's
 * path, the prediction log, the score metric and the shadow run. No promise per request: the
 * batcher settles the request's InferCall when its run ends, and that answers and counts.
 */
export function answerInfer(ctx: InferContext, route: ModelRoute, request: InferRequest, headerId: string | undefined, version: string | undefined, started: number, send: SendResponse, done: InferDone): void {
  const modelName = route.name;
  const givenId = request.id ?? headerId;
  let slot: ModelSlot | undefined;
  let active: ActiveVersion | undefined;
  try {
    slot = version === undefined ? chooseSlot(route, givenId) : slotForVersion(route, version);
    if (!slot) throw notFound(`The model "${modelName}" has no version "${version}".`, `/v2/models/${modelName}/versions/${version}`, `Use a version GET /v2/models/${modelName} lists, or leave the version out.`);
    active = slot.acquire();
    if (!active) throw unavailable(`The model "${modelName}" is not loaded yet.`, `/v2/models/${modelName}`, 'Retry when GET /v2/health/ready answers 200.');
  } catch (error) {
    // not counted: no version took the request
    return void queueMicrotask(() => done({ error }));
  }
  active.counted.inflight.inc();
  const call = new InferCall(ctx, route, slot, active, request, givenId ?? newRequestId(), version === undefined, started, send, done);
  try {
    active.batcher.enqueue(request.inputs, checkRequest(active, request, `model "${modelName}"`), call);
  } catch (error) {
    queueMicrotask(() => call.finish(error));
  }
}

/** one request in the batcher's hands: answered, counted and released when its run ends */
class InferCall implements BatchWaiter {
  constructor(
    private readonly ctx: InferContext,
    private readonly route: ModelRoute,
    private readonly slot: ModelSlot,
    private readonly active: ActiveVersion,
    private readonly request: InferRequest,
    private readonly requestId: string,
    /** false for a request to an explicit version: the shadow does not see it */
    private readonly mirror: boolean,
    private readonly started: number,
    private readonly send: SendResponse,
    private readonly done: InferDone,
  ) {}

  settle(error: unknown, outputs: Tensor[] | undefined): void {
    if (outputs === undefined) return this.finish(runFailure(error, `model "${this.route.name}" version ${this.active.model.version}`));
    const { active, request, requestId } = this;
    const counted = active.counted;
    try {
      const response = encodeInferResponse(answerOf(this.route.name, active.model.version, request, outputs));
      this.send(200, response.body, response.headers, requestId);
    } catch (err) {
      return this.finish(err);
    }
    // answered: nothing after this may become a second response on the connection
    const latencyMs = performance.now() - this.started;
    counted.duration.observe(latencyMs / 1000);
    counted.rows.inc(request.inputs[0]?.shape[0] ?? 1);
    this.close(200);
    let kept = true;
    try {
      kept = afterResponse(this.ctx, this.route, this.slot, active, request, outputs, requestId, latencyMs, this.mirror);
    } catch (err) {
      // the log, the score metric or the shadow failed after the answer: logged, the tensors not reused
      this.ctx.log({ level: 'error', msg: 'work after the answer failed (prediction log, score metric or shadow)', model: this.route.name, version: active.model.version, request_id: requestId, error: describeError(err) });
    }
    this.done(undefined, kept);
  }

  /** the request failed before an answer was sent: the error is the client's answer */
  finish(error: unknown): void {
    this.close(error instanceof HttpError ? error.status : 500);
    this.done({ error });
  }

  private close(code: number): void {
    const counted = this.active.counted;
    counted.requests(code).inc();
    counted.inflight.dec();
    this.slot.release(this.active);
  }
}

function answerOf(modelName: string, version: string, request: InferRequest, outputs: Tensor[]): { model_name: string; model_version: string; id?: string; outputs: ResponseOutput[] } {
  const selected = selectOutputs(request, outputs);
  return request.id === undefined ? { model_name: modelName, model_version: version, outputs: selected } : { model_name: modelName, model_version: version, id: request.id, outputs: selected };
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

/** the request against the version: its inputs (the rows they carry) and the outputs it asks for */
function checkRequest(active: ActiveVersion, request: InferRequest, where: string): number {
  const rows = active.model.check(request.inputs, `${where} version ${active.model.version}`);
  if (request.outputs) {
    for (const o of request.outputs) {
      if (!active.model.outputs.some((m) => m.name === o.name)) {
        throw badRequest(`The model has no output "${o.name}".`, `${where}: outputs`, `Ask for outputs the model has: ${active.model.outputs.map((m) => m.name).join(', ')}.`);
      }
    }
  }
  return rows;
}

/** checks the request against the version's inputs, then runs it through the version's batcher */
async function runRequest(active: ActiveVersion, request: InferRequest, where: string): Promise<Tensor[]> {
  const rows = checkRequest(active, request, where);
  try {
    return await active.batcher.submit(request.inputs, rows);
  } catch (err) {
    throw runFailure(err, `${where} version ${active.model.version}`);
  }
}

/** a batcher's error as the client's answer: its own (503 queue full) or a 500 naming onnxruntime's first line */
function runFailure(err: unknown, where: string): HttpError {
  if (err instanceof HttpError) return err;
  return new HttpError(500, `onnxruntime could not run the request: ${describeError(err).split('\n')[0]}`, where, 'Check the input values against what the model was trained on; if they are right, report the model and request.');
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
