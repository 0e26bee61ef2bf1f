import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * A validator for InferenceService manifests from the CRD's own openAPIV3Schema
 * (test/fixtures/kserve, source named in its README). The API server prunes unknown fields
 * silently unless asked for strict field validation; we ask for it, so a misspelt field fails here.
 */
export function inferenceServiceValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/kserve/inferenceservice-v1beta1.openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const format of ['int32', 'int64']) ajv.addFormat(format, { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('date-time', true);
  return ajv.compile(strictFields(schema) as object);
}

function strictFields(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictFields);
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) copy[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, strictFields(s)])) : strictFields(v);
  if (copy.properties && copy.additionalProperties === undefined && !copy['x-kubernetes-preserve-unknown-fields']) copy.additionalProperties = false;
  return copy;
}
