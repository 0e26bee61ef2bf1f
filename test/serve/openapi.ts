// Validates responses against the Open Inference Protocol's own OpenAPI document
// (test/fixtures/serve/open_inference_rest.yaml, from kserve/open-inference-protocol). The spec writes
// its paths with ${MODEL_NAME} placeholders and lists only versioned model paths; both are patched
// here so every route the server answers has its schema.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: { $ref: string } }> }> };
const spec = parse(readFileSync(new URL('../fixtures/serve/open_inference_rest.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const paths = new Map<string, Record<string, Operation>>();
for (const [template, item] of Object.entries(spec.paths)) {
  const patched = template.replace(/\$\{(\w+)\}/g, '{$1}').replace(/\/$/, '');
  paths.set(patched, item);
  if (patched.includes('/versions/{MODEL_VERSION}')) paths.set(patched.replace('/versions/{MODEL_VERSION}', ''), item);
}
// Server metadata and model metadata without a version are in the prose spec (inference_rest.md).
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'oip', components: spec.components });

function templateOf(path: string): string | undefined {
  const segments = path.split('/');
  for (const template of paths.keys()) {
    const parts = template.split('/');
    if (parts.length === segments.length && parts.every((p, i) => p.startsWith('{') || p === segments[i])) return template;
  }
  return undefined;
}

/** throws unless `body` is what the spec allows for this path, method and status */
export function checkAgainstSpec(method: string, path: string, status: number, body: unknown): void {
  const template = templateOf(path);
  if (!template) throw new Error(`${path} is not an Open Inference Protocol path`);
  const operation = paths.get(template)![method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${template} is not in the spec`);
  const declared = operation.responses?.[String(status)]?.content?.['application/json']?.schema?.$ref;
  // Error statuses the spec does not list (404, 413, 503) carry the same error object as its 400s.
  const ref = declared ?? (status >= 400 ? '#/components/schemas/inference_error_response' : undefined);
  if (!ref) {
    if (status >= 400 && !(typeof body === 'object' && body !== null && 'error' in body)) throw new Error(`error response without "error": ${JSON.stringify(body)}`);
    return;
  }
  const validate = ajv.getSchema(`oip${ref}`)!;
  if (!validate(body)) throw new Error(`${method} ${path} ${status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 300)}`);
  if (status >= 400 && typeof (body as { error?: unknown }).error !== 'string') throw new Error('error body without an "error" string');
}
