/**
 * Traffic split for one model name: a stable version, optionally a canary that takes `weight`
 * percent of requests, and a shadow that sees every request after its response is sent. With a
 * request id the choice is a hash of it, so a retry lands on the same version; without one it is
 * random.
 */
import type { ModelSlot } from './model-slot.js';
import { fnv1a } from './prediction-log.js';

export interface ModelRoute {
  name: string;
  stable: ModelSlot;
  canary?: { slot: ModelSlot; weight: number };
  shadow?: ModelSlot;
}

export function chooseSlot(route: ModelRoute, requestId: string | undefined, random: () => number = Math.random): ModelSlot {
  const canary = route.canary;
  if (!canary || canary.weight <= 0 || !canary.slot.current) return route.stable;
  if (canary.weight >= 100) return canary.slot;
  const point = requestId === undefined ? random() * 100 : (fnv1a(requestId) % 10_000) / 100;
  return point < canary.weight ? canary.slot : route.stable;
}

/** the slot serving `version` of the route, for /versions/{v} requests */
export function slotForVersion(route: ModelRoute, version: string): ModelSlot | undefined {
  return [route.stable, route.canary?.slot, route.shadow].find((s) => s?.current?.version === version);
}

export function routeSlots(route: ModelRoute): ModelSlot[] {
  return [route.stable, ...(route.canary ? [route.canary.slot] : []), ...(route.shadow ? [route.shadow] : [])];
}
