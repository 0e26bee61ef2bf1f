import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/deploy/prometheus-text.ts
function parsePrometheusText(text, source) {
  const scrape = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const sample = parseLine(line);
    if (!sample) {
      throw new UserError(`Line ${i + 1} of the metrics from ${source} is not in the Prometheus text format: ${line.slice(0, 120)}`, source, "Point the step at a Prometheus /metrics endpoint (mlci serve exposes one at /metrics).");
    }
    const list = scrape.get(sample.name);
    if (list) list.push(sample);
    else scrape.set(sample.name, [sample]);
  }
  return scrape;
}
var NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
function parseLine(line) {
  const name = NAME.exec(line)?.[0];
  if (!name) return void 0;
  let rest = line.slice(name.length);
  const labels = {};
  if (rest.startsWith("{")) {
    rest = rest.slice(1);
    for (; ; ) {
      rest = rest.trimStart();
      if (rest.startsWith("}")) break;
      const label = LABEL_NAME.exec(rest)?.[0];
      if (!label) return void 0;
      rest = rest.slice(label.length).trimStart();
      if (!rest.startsWith('="')) return void 0;
      const value2 = readQuoted(rest.slice(2));
      if (!value2) return void 0;
      labels[label] = value2.text;
      rest = value2.rest.trimStart();
      if (rest.startsWith(",")) rest = rest.slice(1);
      else if (!rest.startsWith("}")) return void 0;
    }
    rest = rest.slice(1);
  }
  const [valueText] = rest.trim().split(/\s+/);
  if (valueText === void 0 || valueText === "") return void 0;
  const value = parseValue(valueText);
  return value === void 0 ? void 0 : { name, labels, value };
}
function readQuoted(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return { text: out, rest: text.slice(i + 1) };
    if (c === "\\") {
      const next = text[++i];
      out += next === "n" ? "\n" : next ?? "";
    } else {
      out += c;
    }
  }
  return void 0;
}
function parseValue(text) {
  const word = text.toLowerCase();
  if (word === "+inf" || word === "inf") return Infinity;
  if (word === "-inf") return -Infinity;
  if (word === "nan") return NaN;
  const n = Number(text);
  return Number.isNaN(n) ? void 0 : n;
}

// shared/deploy/serve-client.ts
var ServerUnreachableError = class extends UserError {
};
var ServeClient = class {
  constructor(url, options = {}) {
    this.url = url;
    this.options = options;
  }
  url;
  options;
  async routes() {
    const body = await this.request("GET", "/v2/admin/routes");
    return body.models ?? {};
  }
  async modelRoutes(model) {
    const all = await this.routes();
    const routes = all[model];
    if (!routes) {
      throw new UserError(`The server at ${this.url} serves no model named "${model}" (it serves ${Object.keys(all).join(", ") || "nothing"}).`, "input served-model", "Set served-model to the name the server serves the model under (mlci serve --model NAME=REF).");
    }
    return routes;
  }
  /** changes a model's canary or shadow; the server answers once the new model is loaded and warmed up */
  async setRoute(model, change) {
    return await this.request("PUT", `/v2/admin/models/${encodeURIComponent(model)}/route`, change);
  }
  async metrics() {
    const url = this.options.metricsUrl ?? `${this.url.replace(/\/+$/, "")}/metrics`;
    const text = await this.request("GET", url, void 0, "text");
    return parsePrometheusText(text, url);
  }
  async infer(model, version, inputs, id) {
    return await this.request("POST", `/v2/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/infer`, { id, inputs });
  }
  async request(method, path, body, as = "json") {
    const target = /^https?:/.test(path) ? path : `${this.url.replace(/\/+$/, "")}${path}`;
    const headers = {};
    if (body !== void 0) headers["content-type"] = "application/json";
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    let response;
    try {
      response = await (this.options.fetch ?? fetch)(target, {
        method,
        headers,
        ...body !== void 0 ? { body: JSON.stringify(body) } : {},
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3e4)
      });
    } catch (err) {
      const cause = err.cause?.code ?? describeError(err);
      throw new ServerUnreachableError(`The model server at ${this.url} did not answer ${method} ${path.replace(this.url, "")} (${cause}).`, "input server-url", "Check that mlci serve is running there and reachable from this job (server-url), and that the URL is right.");
    }
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 500);
      try {
        message = String(JSON.parse(text).error ?? message);
      } catch {
      }
      const fix = response.status === 401 || response.status === 403 ? "Pass the server's token as MLCI_SERVE_TOKEN (a secret)." : "See the server's log for the cause.";
      throw new UserError(`The model server answered ${method} ${path} with ${response.status}: ${message}`, target, fix);
    }
    if (as === "text") return text;
    try {
      return JSON.parse(text);
    } catch {
      throw new UserError(`The model server's answer to ${method} ${path} is not JSON.`, target, "Check that server-url points at mlci serve.");
    }
  }
};

// shared/deploy/serve-wait.ts
async function waitForStableDigest(client, servedName, target, timing) {
  const deadline = timing.clock.now() + timing.timeoutMs;
  for (; ; ) {
    const routes = await client.modelRoutes(servedName);
    const stable = routes.stable;
    if (stable.ready && stable.model_digest === target.modelDigest && await infoNamesStable(client, servedName, target.modelDigest)) return;
    if (timing.clock.now() >= deadline) {
      throw new UserError(
        `The server did not serve ${target.version} within ${Math.round(timing.timeoutMs / 1e3)} s; it serves ${stable.version || "nothing"} (${stable.model_digest || "no digest"}, ${stable.ready ? "ready" : "not ready"}).`,
        client.url,
        "Check the server's log (it may fail to load the model or not reach the registry), or raise ready-timeout."
      );
    }
    await timing.clock.sleep(timing.pollMs);
  }
}
async function infoNamesStable(client, servedName, modelDigest) {
  const scrape = await client.metrics();
  return (scrape.get("mlci_model_info") ?? []).some((s) => s.value === 1 && s.labels.model === servedName && s.labels.role === "stable" && s.labels.model_digest === modelDigest);
}

export {
  ServerUnreachableError,
  ServeClient,
  waitForStableDigest
};
