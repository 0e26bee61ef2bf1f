/**
 * The model server: routes, limits, timeouts, readiness and the graceful stop. Everything that
 * touches the outside world comes in as an option (onnxruntime, the registry, the clock, the log
 * sink), so tests drive a real server on loopback with real models.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, describeError, isUserError } from '../errors.js';
import type { OrtModule } from '../runtime/ort-module.js';
import { putRoute, routesView, type AdminContext } from './admin.js';
import { HttpError, notFound, unavailable } from './http-error.js';
import { authorized, bearerMatches, errorResponse, sendError, sendJson } from './http-io.js';
import { answerInfer, decodeForFastLane, handleInfer, type InferContext, type SendResponse } from './infer.js';
import { FastLane, fastLaneListener } from './fast-lane.js';
import { BridgeSocket, bridgeRequest } from './http-bridge.js';
import type { FastHead } from './fast-head.js';
import { createServerMetrics } from './metrics.js';
import { modelSourcesFor, type RegistryAccess } from './model-source.js';
import { ModelSlot, type SlotDeps } from './model-slot.js';
import { PredictionLog } from './prediction-log.js';
import { routeSlots, slotForVersion, type ModelRoute } from './traffic.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { performance } from 'node:perf_hooks';

export const SERVER_NAME = 'mlci';
export const SERVER_VERSION = '0.1.0';
export const EXTENSIONS = ['binary_tensor_data'];

export interface ModelServerOptions {
  /** `--model` values: `[NAME=]REF`, REF an .onnx file, a directory of them or a registry reference */
  models: string[];
  ort: OrtModule;
  host?: string;
  /** 0: a free port */
  port?: number;
  registry?: RegistryAccess;
  /** where registry models are pulled to */
  cacheDir?: string;
  /** bearer token for inference, metadata and admin requests (health and /metrics stay open) */
  token?: string;
  /** JSON log sink: one object per event */
  log?: (record: Record<string, unknown>) => void;
  now?: () => Date;
  maxBodyBytes?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  maxBatchRows?: number;
  maxQueueDelayUs?: number;
  maxQueueRows?: number;
  /** onnxruntime threads per session.run (default 0: onnxruntime's choice, see served-model.ts) */
  intraOpThreads?: number;
  /** how often followed models (aliases, files) are checked; 0: never */
  pollIntervalMs?: number;
  drainTimeoutMs?: number;
  /**
   * true (the default): the common inference request is read and answered by the fast lane
   * (fast-lane.ts) and everything else by node:http; false: node:http answers everything
   */
  fastLane?: boolean;
  /** true (the default): the lane reads its connections through one shared buffer (shared-read-buffer.ts); false: node's 'data' events */
  sharedReadBuffer?: boolean;
  predictionLog?: { dir: string; sampleRate?: number; maxFileBytes?: number; maxFileAgeMs?: number; maxTotalBytes?: number; maxPending?: number };
}

export interface ModelServer {
  url: string;
  /** not ready, stop accepting, finish in-flight requests, flush the log, release the models */
  close(): Promise<void>;
  /** checks every followed model now (the poll timer does it every pollIntervalMs) */
  pollNow(): Promise<void>;
  metricsText(): Promise<string>;
}

export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const now = options.now ?? (() => new Date());
  const sink = options.log ?? ((record) => process.stdout.write(`${JSON.stringify(record)}\n`));
  const log = (record: Record<string, unknown>) => sink({ time: now().toISOString(), ...record });
  const metrics = createServerMetrics();
  const cacheDir = options.cacheDir ?? join(tmpdir(), 'mlci-serve-cache');
  const slotDeps: SlotDeps = {
    ort: options.ort,
    metrics,
    log,
    batching: { maxBatchRows: options.maxBatchRows ?? 256, maxQueueDelayUs: options.maxQueueDelayUs ?? 0, maxQueueRows: options.maxQueueRows ?? 4096 },
    ...(options.intraOpThreads !== undefined ? { intraOpThreads: options.intraOpThreads } : {}),
  };
  const routes = await planRoutes(options, cacheDir, slotDeps);
  const predictionLog = options.predictionLog
    ? new PredictionLog({
        ...options.predictionLog,
        now,
        onWritten: (n) => metrics.logRecords.inc(n),
        onDropped: (n) => metrics.logDropped.inc(n),
        onError: (message) => log({ level: 'error', msg: message }),
      })
    : undefined;
  const inferCtx: InferContext = { routes, metrics, ...(predictionLog ? { predictionLog } : {}), maxBodyBytes: options.maxBodyBytes ?? 64 << 20, now, log };
  const adminCtx: AdminContext = { routes, slotDeps, ...(options.registry ? { registry: options.registry } : {}), cacheDir };
  const state = { ready: false, draining: false, active: 0 };

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout);
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? 5_000;
  // how often the timeouts are checked; Node's default (30 s) would let a slow client linger
  const checkInterval = Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4)));
  const server = createServer(
    { headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval: checkInterval },
    (req, res) => {
      if (req.socket instanceof BridgeSocket) req.socket.watch(res);
      state.active++;
      res.on('close', () => state.active--);
      dispatch(req, res).catch((err: unknown) => {
        const error = err instanceof HttpError ? err : internalError(err, log, req.url ?? '/');
        if (error.status === 413 || (error.status === 400 && req.readableAborted)) res.setHeader('connection', 'close');
        sendError(res, error);
      });
    },
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Node answers a header timeout with 408 itself when the socket is writable; anything else is closed.
    if (err.code !== 'ERR_HTTP_REQUEST_TIMEOUT' && socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  /** the fast lane's inference: the same answerInfer as node:http's path, after the same checks */
  function answerFast(head: FastHead, body: Buffer, reply: SendResponse, done: (released: boolean) => void): boolean {
    if (state.draining || !bearerMatches(head.authorization, options.token)) return false;
    const started = performance.now();
    const { model, version } = head.infer!;
    const decoded = decodeForFastLane(inferCtx, model, body, head.jsonLength);
    if (!decoded) return false;
    const route = decoded.route;
    state.active++;
    answerInfer(inferCtx, route, decoded.request, head.requestId, version, started, reply, (failure, kept) => {
      if (failure) {
        const error = failure.error instanceof HttpError ? failure.error : internalError(failure.error, log, `/v2/models/${route.name}${version === undefined ? '' : `/versions/${version}`}/infer`);
        const { body: text, headers } = errorResponse(error);
        reply(error.status, text, headers);
      }
      state.active--;
      // after an error the memory is not reused either: errors are rare, and this need not know how
      // far the request got (no shadow runs then: afterResponse runs only after an answer)
      done(!failure && !kept);
    });
    return true;
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    if (state.draining) {
      res.setHeader('connection', 'close');
      throw unavailable('The server is shutting down.', path, 'Retry on another replica.');
    }
    if (path === '/v2/health/live') return sendJson(res, 200, { live: true });
    if (path === '/v2/health/ready') return sendJson(res, state.ready ? 200 : 503, { ready: state.ready }, state.ready ? {} : { 'retry-after': '1' });
    if (path === '/metrics' && method === 'GET') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    if (!authorized(req, options.token)) {
      throw new HttpError(401, 'The request has no valid bearer token.', 'Authorization header', 'Send Authorization: Bearer <the server\'s MLCI_SERVE_TOKEN>.');
    }
    const parts = path.split('/').slice(1).map(decodeURIComponent);
    if (parts[0] !== 'v2') throw notFound(`No route ${path}.`, path, 'The Open Inference Protocol routes start with /v2.');
    if (parts.length === 1) return allow(method, 'GET', path) && sendJson(res, 200, { name: SERVER_NAME, version: SERVER_VERSION, extensions: EXTENSIONS });
    if (parts[1] === 'admin') {
      if (parts.length === 3 && parts[2] === 'routes' && allow(method, 'GET', path)) return sendJson(res, 200, routesView(routes));
      if (parts.length === 5 && parts[2] === 'models' && parts[4] === 'route' && allow(method, 'PUT', path)) return sendJson(res, 200, await putRoute(adminCtx, req, parts[3]!));
      throw notFound(`No admin route ${path}.`, path, 'The admin routes are GET /v2/admin/routes and PUT /v2/admin/models/NAME/route.');
    }
    if (parts[1] !== 'models' || parts.length < 3) throw notFound(`No route ${path}.`, path, 'See GET /v2/models/NAME, …/ready and POST …/infer.');
    const name = parts[2]!;
    let rest = parts.slice(3);
    let version: string | undefined;
    if (rest[0] === 'versions' && rest.length >= 2) {
      version = rest[1];
      rest = rest.slice(2);
    }
    const action = rest.join('/');
    if (action === 'infer') return allow(method, 'POST', path) && handleInfer(inferCtx, req, res, name, version);
    if (action !== '' && action !== 'ready') throw notFound(`No route ${path}.`, path, 'See GET /v2/models/NAME, …/ready and POST …/infer.');
    allow(method, 'GET', path);
    const route = routes.get(name);
    if (!route) throw notFound(`There is no model "${name}".`, path, `Use one of: ${[...routes.keys()].join(', ')}.`);
    const slot = version === undefined ? route.stable : slotForVersion(route, version);
    if (!slot) throw notFound(`The model "${name}" has no version "${version}".`, path, `Use a version GET /v2/models/${name} lists.`);
    const model = slot.current;
    if (action === 'ready') return sendJson(res, model ? 200 : 503, { name, ready: model !== undefined }, model ? {} : { 'retry-after': '1' });
    if (!model) throw unavailable(`The model "${name}" is not loaded yet.`, path, 'Retry when GET /v2/health/ready answers 200.');
    const versions = routeSlots(route)
      .map((s) => s.current?.version)
      .filter((v): v is string => v !== undefined);
    return sendJson(res, 200, { name, versions: [...new Set(versions)], platform: 'onnx_onnxv1', inputs: model.inputs, outputs: model.outputs.map((o) => ({ ...o, ...(model.classLabels[o.name] ? { parameters: { class_labels: JSON.stringify(model.classLabels[o.name]) } } : {}) })) });
  }

  let lane: FastLane | undefined;
  let listener: Server = server;
  if (options.fastLane !== false) {
    lane = new FastLane({
      maxBodyBytes: inferCtx.maxBodyBytes,
      headersTimeoutMs: headersTimeout,
      requestTimeoutMs: requestTimeout,
      keepAliveTimeoutMs: keepAliveTimeout,
      checkIntervalMs: checkInterval,
      answer: answerFast,
      bridge: (request, socket) => bridgeRequest(server, request, socket),
      handOver: (socket) => server.emit('connection', socket),
      counts: { answered: metrics.tallies.fastLane, bridged: metrics.tallies.bridged, handedOver: metrics.tallies.handovers },
      sharedReadBuffer: options.sharedReadBuffer,
    });
    listener = fastLaneListener(lane);
    // node:http starts tracking connections (and its header and request timeouts) on 'listening';
    // it never listens itself here, it gets its connections from the lane
    server.emit('listening');
  }
  await new Promise<void>((resolve, reject) => {
    listener.once('error', (err: NodeJS.ErrnoException) =>
      reject(new UserError(`The server cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 8080}: ${err.message}.`, '--host/--port', 'Choose a free port (--port 0 picks one) or stop the process holding it.')),
    );
    listener.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve);
  });
  const address = listener.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log({ level: 'info', msg: 'listening', url });

  const allSlots = () => [...routes.values()].flatMap(routeSlots);
  try {
    await Promise.all(allSlots().map((slot) => slot.start().catch((err: unknown) => Promise.reject(loadError(slot, err)))));
  } catch (err) {
    const closed = new Promise((resolve) => listener.close(resolve));
    lane?.destroyAll();
    if (lane) server.close();
    server.closeAllConnections();
    await closed;
    throw err;
  }
  state.ready = true;
  log({ level: 'info', msg: 'ready', models: [...routes.keys()] });

  const pollNow = async () => {
    await Promise.all(allSlots().filter((s) => s.source.follows).map((s) => s.poll()));
  };
  const pollMs = options.pollIntervalMs ?? 30_000;
  const poller = pollMs > 0 ? setInterval(() => void pollNow(), pollMs) : undefined;
  poller?.unref();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      state.ready = false;
      state.draining = true;
      clearInterval(poller);
      log({ level: 'info', msg: 'draining', inflight: state.active });
      const closed = new Promise((resolve) => listener.close(resolve));
      server.closeIdleConnections();
      lane?.drain();
      const deadline = Date.now() + (options.drainTimeoutMs ?? 30_000);
      while (state.active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      lane?.destroyAll();
      // node:http never listened beside the lane: close() only stops its timeout checks
      if (lane) server.close();
      server.closeAllConnections();
      await closed;
      await predictionLog?.close();
      await Promise.all(allSlots().map((s) => s.stop()));
      log({ level: 'info', msg: 'stopped' });
    })());

  return { url, close, pollNow, metricsText: () => metrics.registry.metrics() };
}

function allow(method: string, expected: string, path: string): true {
  if (method !== expected) throw new HttpError(405, `${path} takes ${expected}, not ${method}.`, path, `Use ${expected}.`);
  return true;
}

function internalError(err: unknown, log: (r: Record<string, unknown>) => void, path: string): HttpError {
  log({ level: 'error', msg: 'internal error', path, error: describeError(err), stack: (err as Error)?.stack });
  return new HttpError(500, 'The server failed on this request.', path, 'Retry; if it persists, report it with the server log.');
}

function loadError(slot: ModelSlot, err: unknown): UserError {
  if (isUserError(err)) return err;
  return new UserError(`The model "${slot.name}" (${slot.source.reference}) failed to load: ${describeError(err)}`, slot.source.reference, 'Check that the model loads and runs with onnxruntime (its warm-up runs one row of zeros).');
}

async function planRoutes(options: ModelServerOptions, cacheDir: string, deps: SlotDeps): Promise<Map<string, ModelRoute>> {
  if (options.models.length === 0) throw new UserError('No model to serve.', '--model', 'Pass --model with an .onnx file, a directory of them, or a registry reference such as demo@champion.');
  const routes = new Map<string, ModelRoute>();
  for (const spec of options.models) {
    for (const { name, source } of await modelSourcesFor(spec, { ...(options.registry ? { registry: options.registry } : {}), cacheDir })) {
      if (routes.has(name)) throw new UserError(`Two models are named "${name}".`, `--model ${spec}`, 'Name them apart: --model NAME=REF.');
      routes.set(name, { name, stable: new ModelSlot(name, 'stable', source, deps) });
    }
  }
  return routes;
}
