/**
 * The admin API (CONTRACTS.md): GET /v2/admin/routes, and PUT /v2/admin/models/{name}/route to set
 * a model's canary (by weight) and shadow. A new reference is loaded and warmed up before the
 * route changes; if it cannot be, the answer is an error and the old route keeps serving.
 */
import type { IncomingMessage } from 'node:http';
import { describeError, isUserError } from '../errors.js';
import { HttpError, badRequest, notFound } from './http-error.js';
import { readBody } from './http-io.js';
import { modelSourcesFor, type RegistryAccess } from './model-source.js';
import { ModelSlot, type SlotDeps } from './model-slot.js';
import type { Role } from './metrics.js';
import type { ModelRoute } from './traffic.js';

export interface AdminContext {
  routes: Map<string, ModelRoute>;
  slotDeps: SlotDeps;
  registry?: RegistryAccess;
  cacheDir: string;
}

interface RouteView {
  reference: string;
  version: string;
  digest: string;
  model_digest: string;
  ready: boolean;
}

export function routesView(routes: Map<string, ModelRoute>) {
  const models: Record<string, { stable: RouteView; canary?: RouteView & { weight: number }; shadow?: RouteView }> = {};
  for (const [name, route] of routes) models[name] = modelRouteView(route);
  return { models };
}

export function modelRouteView(route: ModelRoute) {
  return {
    stable: slotView(route.stable),
    ...(route.canary ? { canary: { ...slotView(route.canary.slot), weight: route.canary.weight } } : {}),
    ...(route.shadow ? { shadow: slotView(route.shadow) } : {}),
  };
}

function slotView(slot: ModelSlot): RouteView {
  const model = slot.current;
  return { reference: slot.source.reference, version: model?.version ?? '', digest: model?.digest ?? '', model_digest: model?.modelDigest ?? '', ready: model !== undefined };
}

export async function putRoute(ctx: AdminContext, req: IncomingMessage, name: string) {
  const route = ctx.routes.get(name);
  const where = `PUT /v2/admin/models/${name}/route`;
  if (!route) throw notFound(`There is no model "${name}".`, where, `Set routes of a served model: ${[...ctx.routes.keys()].join(', ')}.`);
  const body = parseBody(await readBody(req, 1 << 20), where);
  const canary = body.canary;
  const shadow = body.shadow;
  // Load first, change the route after: a failure leaves the route as it was.
  const newCanary = canary && canary.reference !== route.canary?.slot.source.reference ? await loadSlot(ctx, name, 'canary', canary.reference, where) : undefined;
  let newShadow: ModelSlot | undefined;
  try {
    newShadow = shadow && shadow.reference !== route.shadow?.source.reference ? await loadSlot(ctx, name, 'shadow', shadow.reference, where) : undefined;
  } catch (err) {
    await newCanary?.stop();
    throw err;
  }
  if (canary === null && route.canary) {
    await route.canary.slot.stop();
    delete route.canary;
  } else if (canary) {
    if (newCanary) {
      await route.canary?.slot.stop();
      route.canary = { slot: newCanary, weight: canary.weight };
    } else route.canary!.weight = canary.weight;
  }
  if (shadow === null && route.shadow) {
    await route.shadow.stop();
    delete route.shadow;
  } else if (newShadow) {
    await route.shadow?.stop();
    route.shadow = newShadow;
  }
  return modelRouteView(route);
}

async function loadSlot(ctx: AdminContext, name: string, role: Role, reference: string, where: string): Promise<ModelSlot> {
  let sources;
  try {
    sources = await modelSourcesFor(reference, { ...(ctx.registry ? { registry: ctx.registry } : {}), cacheDir: ctx.cacheDir });
  } catch (err) {
    throw badRequest(`The ${role} reference "${reference}" cannot be used: ${describeError(err)}`, where, 'Give an .onnx file or a registry reference such as demo:v3.');
  }
  if (sources.length !== 1) throw badRequest(`The ${role} reference "${reference}" names ${sources.length} models.`, where, 'Give one model: an .onnx file or a registry reference.');
  const slot = new ModelSlot(name, role, sources[0]!.source, ctx.slotDeps);
  try {
    await slot.start();
  } catch (err) {
    ctx.slotDeps.metrics.loadFailures.inc({ model: name });
    const status = isUserError(err) ? 400 : 500;
    throw new HttpError(status, `The ${role} model ${reference} failed to load: ${describeError(err)}`, where, 'Check the reference and that the model loads with onnxruntime; the route is unchanged.');
  }
  return slot;
}

interface RouteChange {
  canary?: { reference: string; weight: number } | null;
  shadow?: { reference: string } | null;
}

function parseBody(body: Buffer, where: string): RouteChange {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw badRequest(`The body is not JSON: ${describeError(err)}.`, where, 'Send {"canary": {"reference", "weight"} | null, "shadow": {"reference"} | null}.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw badRequest('The body is not a JSON object.', where, 'Send {"canary": …, "shadow": …}.');
  const { canary, shadow, ...rest } = json as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw badRequest(`Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}.`, where, 'Send only "canary" and "shadow".');
  const change: RouteChange = {};
  if (canary !== undefined) {
    if (canary === null) change.canary = null;
    else {
      const c = canary as Record<string, unknown>;
      if (typeof c !== 'object' || typeof c.reference !== 'string' || typeof c.weight !== 'number' || !(c.weight >= 0 && c.weight <= 100)) {
        throw badRequest('"canary" must be {"reference": string, "weight": 0..100} or null.', `${where}: canary`, 'Send a model reference and a weight in percent.');
      }
      change.canary = { reference: c.reference, weight: c.weight };
    }
  }
  if (shadow !== undefined) {
    if (shadow === null) change.shadow = null;
    else {
      const s = shadow as Record<string, unknown>;
      if (typeof s !== 'object' || typeof s.reference !== 'string') throw badRequest('"shadow" must be {"reference": string} or null.', `${where}: shadow`, 'Send a model reference.');
      change.shadow = { reference: s.reference };
    }
  }
  return change;
}
