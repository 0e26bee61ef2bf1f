import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseBooleanInput,
  parseNumberInput,
  requireInput
} from "./chunk-F2MZNOSI.mjs";

// shared/serve/step.ts
import { join } from "node:path";
var serveStep = {
  name: "serve",
  description: "Serves ONNX models over the Open Inference Protocol (KServe V2 REST) with dynamic batching, canary/shadow routes, /metrics and a prediction log.",
  inputs: {
    model: { description: "A model to serve, repeatable: [NAME=]REF, REF an .onnx file, a directory of them, or a registry reference (demo@champion follows the alias).", required: true },
    host: { description: "Address to bind; 0.0.0.0 exposes the server beyond this machine.", default: "127.0.0.1" },
    port: { description: 'Port; 0 picks a free one (the "listening" log line gives the URL).', default: "8080" },
    registry: { description: "Default model store for registry references (else MLCI_REGISTRY, else ./mlci-registry).", default: "" },
    "max-batch-size": { description: "Most rows the dynamic batcher puts in one session.run.", default: "256" },
    "max-queue-delay": { description: "Microseconds a request may wait for others to share its run (0: none; requests arriving during a run share the next).", default: "0" },
    "max-queue-rows": { description: "Rows that may wait per model version; beyond it requests get 503 with Retry-After.", default: "4096" },
    "max-body-bytes": { description: "Largest request body; larger gets 413.", default: "67108864" },
    "headers-timeout": { description: "Milliseconds a client has to send the request headers (slow clients are cut off).", default: "10000" },
    "request-timeout": { description: "Milliseconds a client has to send the whole request.", default: "30000" },
    "fast-lane": { description: "true: plain keep-alive inference requests are read and answered by the server's own HTTP/1.1 fast lane, everything else by node:http; false: node:http answers everything.", default: "true" },
    "intra-op-threads": { description: "onnxruntime threads per session.run. 1 (the default) suits a server, whose parallelism is across requests; more helps a large model's single request on an idle machine; 0: onnxruntime's own choice, one per physical core of the host (not of a container's CPU limit).", default: "1" },
    "poll-interval": { description: "Seconds between checks of followed models (aliases, changed files) for a new version; 0: never.", default: "30" },
    "log-dir": { description: "Directory for the prediction log (JSON Lines, gzip-rotated); empty: no log.", default: "" },
    "log-sample-rate": { description: "Fraction of requests logged, 0 to 1 (by request id).", default: "1" },
    "log-max-file-bytes": { description: "Rotate the prediction log file at this size.", default: "67108864" },
    "log-max-file-age": { description: "Rotate the prediction log file after this many seconds.", default: "3600" },
    "log-max-total-bytes": { description: "Delete the oldest rotated files beyond this total.", default: "1073741824" }
  },
  outputs: { url: { description: "The URL the server listened on." } },
  async run(host) {
    const models = requireInput("model", host.input("model"), "Pass --model with an .onnx file, a directory of them, or a registry reference.").split("\n").map((m) => m.trim()).filter(Boolean);
    const num = (name, min, max = Number.MAX_SAFE_INTEGER, integer = true) => parseNumberInput(name, host.input(name), 0, { min, max, integer });
    const logDir = host.input("log-dir").trim();
    const [{ startModelServer }, { loadOnnxRuntime }, { registryAccess }] = await Promise.all([import("./server-4UGRVKBY.mjs"), import("./onnxruntime-WXYL7PRE.mjs"), import("./registry-access-7SBKNG72.mjs")]);
    const ort = await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: host.onRunner });
    const server = await startModelServer({
      models,
      ort,
      host: host.input("host").trim() || "127.0.0.1",
      port: num("port", 0, 65535),
      ...host.env.MLCI_SERVE_TOKEN ? { token: host.env.MLCI_SERVE_TOKEN } : {},
      registry: registryAccess(host.env, host.input("registry"), host.logger),
      cacheDir: join(host.toolCacheDir, "mlci-serve-models"),
      maxBatchRows: num("max-batch-size", 1),
      maxQueueDelayUs: num("max-queue-delay", 0, 1e7),
      maxQueueRows: num("max-queue-rows", 1),
      maxBodyBytes: num("max-body-bytes", 1024),
      headersTimeoutMs: num("headers-timeout", 100),
      requestTimeoutMs: num("request-timeout", 100),
      fastLane: parseBooleanInput("fast-lane", host.input("fast-lane"), true),
      intraOpThreads: num("intra-op-threads", 0, 256),
      pollIntervalMs: num("poll-interval", 0, 86400, false) * 1e3,
      ...logDir ? {
        predictionLog: {
          dir: logDir,
          sampleRate: num("log-sample-rate", 0, 1, false),
          maxFileBytes: num("log-max-file-bytes", 1024),
          maxFileAgeMs: num("log-max-file-age", 1, 86400 * 30, false) * 1e3,
          maxTotalBytes: num("log-max-total-bytes", 1024)
        }
      } : {}
    });
    host.setOutput("url", server.url);
    await new Promise((resolve) => {
      const stop = () => {
        process.off("SIGTERM", stop);
        process.off("SIGINT", stop);
        void server.close().then(resolve);
      };
      process.on("SIGTERM", stop);
      process.on("SIGINT", stop);
    });
    return {};
  }
};

export {
  serveStep
};
