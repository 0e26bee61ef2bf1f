import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * GitHub's published OpenAPI description of api.github.com (from @octokit/openapi), indexed by
 * method and path template, so the fake server can reject any request the real API would reject.
 * The non-dereferenced file is used (13 MB instead of 73 MB): Ajv resolves its `$ref`s itself.
 */

type Json = Record<string, any>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathParamNames: string[];
  literalSegments: number;
  parameters: Parameter[];
  /** JSON pointer (inside the spec) of the application/json request body schema */
  bodyPointer?: string;
  bodyRequired: boolean;
  /** the body is raw bytes (application/octet-stream: release asset uploads), not JSON */
  binaryBody: boolean;
}

export interface MatchedOperation {
  operation: Operation;
  pathParams: Record<string, string>;
}

const SPEC_ID = 'github-openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

function pointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * OpenAPI 3.0's `nullable: true` next to `allOf`/`anyOf` but without `type` (common in the webhook
 * schemas) is rejected by Ajv; the same meaning in JSON Schema is "that, or null".
 */
export function normalizeNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNullable(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  for (const value of Object.values(obj)) normalizeNullable(value);
  if (obj.nullable === true && obj.type === undefined) {
    const inner: Json = {};
    for (const key of Object.keys(obj)) {
      if (key !== 'nullable' && key !== 'description') inner[key] = obj[key];
      if (key !== 'description') delete obj[key];
    }
    obj.anyOf = [inner, { type: 'null' }];
  }
}

export class OpenApiIndex {
  private readonly byMethod = new Map<string, Operation[]>();
  private readonly bodyAjv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Json) {
    normalizeNullable(spec);
    // strict: false because the description uses OpenAPI keywords (example, discriminator, x-*)
    // that are not JSON Schema; `nullable` is understood by Ajv natively.
    this.bodyAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: true });
    addFormats(this.bodyAjv);
    this.bodyAjv.addSchema(spec, SPEC_ID);
    // Query and path parameters arrive as text: coerce to the declared type before validating.
    this.paramAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true, validateSchema: false });
    addFormats(this.paramAjv);
    for (const [template, item] of Object.entries<Json>(spec.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => this.deref(p) as Parameter);
        const multi = new Set(parameters.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name));
        const pathParamNames: string[] = [];
        let literalSegments = 0;
        const source = template
          .split('/')
          .map((segment) =>
            segment.replace(/\{([^}]+)\}|[^{]+/g, (whole, name: string | undefined) => {
              if (name === undefined) {
                literalSegments++;
                return escapeRegExp(whole);
              }
              pathParamNames.push(name);
              return multi.has(name) ? '(.+)' : '([^/]+)';
            }),
          )
          .join('/');
        const content = op.requestBody ? this.deref(op.requestBody)?.content : undefined;
        const json = content?.['application/json'];
        const operation: Operation = {
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          pathParamNames,
          literalSegments,
          parameters,
          bodyPointer: json?.schema ? `#/paths/${pointerSegment(template)}/${method}/requestBody/content/application~1json/schema` : undefined,
          bodyRequired: Boolean(op.requestBody?.required),
          binaryBody: Boolean(content?.['application/octet-stream']),
        };
        const list = this.byMethod.get(operation.method) ?? [];
        list.push(operation);
        this.byMethod.set(operation.method, list);
      }
    }
    // The most specific template wins: /issues/comments/{id} before /issues/{issue_number}.
    for (const list of this.byMethod.values()) list.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** Follows a local `$ref` (one level is all the description uses for parameters and bodies). */
  private deref(node: Json | undefined): Json | undefined {
    let current = node;
    while (current && typeof current.$ref === 'string') {
      current = current.$ref
        .slice(2)
        .split('/')
        .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc: Json | undefined, key: string) => acc?.[key], this.spec);
    }
    return current;
  }

  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const operation of this.byMethod.get(method.toUpperCase()) ?? []) {
      const m = operation.pattern.exec(pathname);
      if (!m) continue;
      const pathParams: Record<string, string> = {};
      operation.pathParamNames.forEach((name, i) => (pathParams[name] = decodeURIComponent(m[i + 1]!)));
      return { operation, pathParams };
    }
    return undefined;
  }

  /** A validator for one of the description's component schemas (webhook payloads, for fixtures). */
  componentValidator(name: string): ValidateFunction {
    return this.validator(`component:${name}`, () => this.bodyAjv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` }));
  }

  findByOperationId(operationId: string): Operation | undefined {
    for (const list of this.byMethod.values()) {
      const found = list.find((o) => o.operationId === operationId);
      if (found) return found;
    }
    return undefined;
  }

  private validator(key: string, make: () => ValidateFunction): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = make();
      this.validators.set(key, v);
    }
    return v;
  }

  /** Every way the request departs from the description; empty when the real API would accept it. */
  validate(matched: MatchedOperation, query: URLSearchParams, body: unknown, hasBody: boolean): string[] {
    const { operation, pathParams } = matched;
    const problems: string[] = [];
    const declared = new Set<string>();
    for (const param of operation.parameters) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      if (param.in === 'query') declared.add(param.name);
      const raw = param.in === 'path' ? pathParams[param.name] : (query.getAll(param.name).length > 1 ? query.getAll(param.name) : query.get(param.name));
      if (raw === null || raw === undefined) {
        if (param.required) problems.push(`missing required ${param.in} parameter "${param.name}"`);
        continue;
      }
      if (!param.schema) continue;
      const validate = this.validator(`${operation.operationId}:${param.in}:${param.name}`, () => this.paramAjv.compile({ type: 'object', properties: { value: param.schema } }));
      const holder = { value: raw };
      if (!validate(holder)) problems.push(`${param.in} parameter "${param.name}"=${JSON.stringify(raw)}: ${this.paramAjv.errorsText(validate.errors)}`);
    }
    for (const name of query.keys()) {
      if (!declared.has(name)) problems.push(`unknown query parameter "${name}"`);
    }
    if (!operation.bodyPointer) {
      if (hasBody) problems.push('a request body was sent, but the operation takes none');
      return problems;
    }
    if (!hasBody) {
      if (operation.bodyRequired) problems.push('missing required request body');
      return problems;
    }
    const validate = this.validator(`${operation.operationId}:body`, () => this.bodyAjv.compile({ $ref: `${SPEC_ID}${operation.bodyPointer}` }));
    if (!validate(body)) problems.push(`request body: ${this.bodyAjv.errorsText(validate.errors, { dataVar: 'body' })}`);
    // The description rarely says additionalProperties: false, but a misspelt field is still a bug
    // on our side (GitHub silently ignores it): flag top-level fields the operation does not know.
    const schema = this.deref(this.deref({ $ref: operation.bodyPointer }));
    if (schema?.properties && body && typeof body === 'object' && !Array.isArray(body)) {
      for (const key of Object.keys(body)) if (!(key in schema.properties)) problems.push(`request body: unknown field "${key}"`);
    }
    return problems;
  }
}

// ajv-formats is CommonJS: under native ESM its default export is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (ajv: Ajv) => Ajv;

let loaded: OpenApiIndex | undefined;

/** Loads and indexes the description once per test file (module instance). */
export function githubOpenApi(): OpenApiIndex {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    loaded = new OpenApiIndex(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
