import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isYamlProblem,
  parseGuardedYaml
} from "./chunk-OTA34LXD.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/train/params.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
async function readParamsFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UserError(`The params file ${path} cannot be read (${describeError(err)}).`, path, "Check the params input: a YAML or JSON file relative to the working directory.");
  }
  const parsed = parseGuardedYaml(text);
  if (isYamlProblem(parsed)) throw new UserError(`The params file ${path} is not usable: ${parsed.message}`, `${path}:${parsed.line}`, parsed.fix ?? "Fix its YAML or JSON syntax at that line.", { file: path, line: parsed.line });
  const value = parsed.value;
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`The params file ${path} must hold a mapping (name: value), not a ${Array.isArray(value) ? "list" : typeof value}.`, path, "Write one name: value per line.");
  }
  return value;
}
function applyParamOverrides(params, overrides) {
  const out = { ...params };
  for (const item of overrides) {
    const eq = item.indexOf("=");
    const name = item.slice(0, eq).trim();
    if (eq <= 0 || !name) throw new UserError(`The parameter override "${item}" is not name=value.`, "input set-params", "Write one name=value per line, e.g. learning_rate=0.1.");
    const text = item.slice(eq + 1).trim();
    let value;
    try {
      value = (0, import_yaml.parse)(text);
    } catch {
      value = text;
    }
    out[name] = value ?? "";
  }
  return out;
}
function paramEnvironmentName(name) {
  return `MLCI_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
function paramEnvironmentValue(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

// shared/train/run-command.ts
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

// shared/train/process-tree.ts
import { readdirSync, readFileSync } from "node:fs";
function readProcess(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), start: fields[19] };
  } catch {
    return void 0;
  }
}
var ProcessTree = class {
  constructor(root, intervalMs = 250) {
    this.root = root;
    if (process.platform !== "linux" || root === void 0) return;
    this.scan();
    this.timer = setInterval(() => this.scan(), intervalMs);
    this.timer.unref();
  }
  root;
  seen = /* @__PURE__ */ new Map();
  timer;
  /** adds every current descendant of the root (or of one seen before) */
  scan() {
    if (this.root === void 0 || process.platform !== "linux") return;
    let pids;
    try {
      pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n)).map(Number);
    } catch {
      return;
    }
    const children = /* @__PURE__ */ new Map();
    for (const pid of pids) {
      const entry = readProcess(pid);
      if (!entry) continue;
      const list = children.get(entry.ppid) ?? [];
      list.push({ pid, start: entry.start });
      children.set(entry.ppid, list);
    }
    const queue = [this.root, ...this.seen.keys()];
    while (queue.length > 0) {
      for (const child of children.get(queue.pop()) ?? []) {
        if (this.seen.get(child.pid) === child.start) continue;
        this.seen.set(child.pid, child.start);
        queue.push(child.pid);
      }
    }
  }
  /** sends `signal` to every remembered descendant that is still the same process */
  kill(signal) {
    this.scan();
    for (const [pid, start] of this.seen) {
      if (readProcess(pid)?.start !== start) continue;
      try {
        process.kill(pid, signal);
      } catch {
      }
    }
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
};

// shared/train/training-progress.ts
var MAX_SHOWN = 160;
function finalRedraw(line) {
  const parts = line.split("\r");
  let shown = "";
  for (let i = parts.length - 1; i >= 0 && !shown; i--) shown = parts[i];
  return shown.replace(/\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x1f\x7f]/g, "").trim();
}
var TrainingProgress = class {
  constructor(logger, options = {}) {
    this.logger = logger;
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.lastShown = this.started;
  }
  logger;
  options;
  now;
  started;
  lastShown;
  lastOutputAt;
  lastOutput = "";
  live = false;
  /** the command printed (or redrew) `line` */
  output(line) {
    const shown = finalRedraw(line);
    if (!shown) return;
    this.lastOutput = shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}\u2026` : shown;
    this.lastOutputAt = this.now();
    this.live = false;
  }
  line() {
    const t = this.now();
    const last = this.lastOutputAt === void 0 ? "no output yet" : `last output ${formatDuration(t - this.lastOutputAt)} ago: ${this.lastOutput}`;
    return `Training: ${formatDuration(t - this.started)} elapsed; ${last}`;
  }
  tick() {
    const t = this.now();
    if (this.logger.progress) {
      if (t - (this.lastOutputAt ?? this.started) < (this.options.quietMs ?? 2e3)) return;
      this.logger.progress(this.line());
      this.live = true;
      return;
    }
    if (t - this.lastShown < (this.options.everyMs ?? 3e4)) return;
    this.lastShown = t;
    this.logger.info(this.line());
  }
  /** ends a live line */
  finish() {
    if (this.live) this.logger.progress?.(this.line(), true);
    this.live = false;
  }
};

// shared/train/run-command.ts
var TAIL_LINES = 20;
async function runTrainingCommand(options) {
  const { argv, logger } = options;
  const paramsFile = join(options.scratchDir, "mlci-params.json");
  await writeJsonAtomic(paramsFile, options.params);
  const environment = { MLCI_PARAMS_FILE: paramsFile, MLCI_OUTPUT_DIR: options.outputDir };
  for (const [name, value] of Object.entries(options.params)) environment[paramEnvironmentName(name)] = paramEnvironmentValue(value);
  for (const [name, value] of Object.entries(options.inputs)) environment[`MLCI_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`] = value;
  const env = {};
  for (const [name, value] of Object.entries(options.env)) if (value !== void 0 && !name.startsWith("INPUT_")) env[name] = value;
  Object.assign(env, environment);
  const shown = argv.map((a) => /^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a)).join(" ");
  const started = performance.now();
  await logger.group(`Training: ${shown}`, () => runProcess(options, env, shown));
  return { durationMs: performance.now() - started, environment };
}
function runProcess(options, env, shown) {
  const { argv, logger } = options;
  const windows = process.platform === "win32";
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, env, shell: false, stdio: ["ignore", "pipe", "pipe"], detached: !windows, windowsHide: true });
    const stderrTail = [];
    const stdoutTail = [];
    const progress = new TrainingProgress(logger);
    const ticking = setInterval(() => progress.tick(), 1e3);
    ticking.unref();
    logLines(child.stdout, logger, stdoutTail, progress);
    logLines(child.stderr, logger, stderrTail, progress);
    const tree = new ProcessTree(child.pid);
    const killAll = (signal) => {
      tree.kill(signal);
      killTree(child.pid, signal);
    };
    const passOn = (signal) => {
      logger.warning(`Received ${signal}: stopping the training command.`);
      killAll(signal);
    };
    const forwarded = windows ? [] : ["SIGINT", "SIGTERM"];
    for (const signal of forwarded) process.on(signal, passOn);
    const stopForwarding = () => forwarded.forEach((signal) => process.off(signal, passOn));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      logger.warning(`The training command ran longer than ${formatDuration(options.timeoutMs)}; stopping it and its child processes.`);
      killAll("SIGTERM");
      setTimeout(() => killAll("SIGKILL"), options.killGraceMs ?? 5e3).unref();
    }, options.timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      clearInterval(ticking);
      progress.finish();
      tree.stop();
      stopForwarding();
      if (err.code === "ENOENT" && !existsSync(options.cwd)) {
        reject(new UserError(`The working directory ${options.cwd} does not exist.`, "input working-directory", "Set working-directory to a folder of the repository (relative to where mlci runs), or check out the code first."));
        return;
      }
      reject(
        err.code === "ENOENT" ? new UserError(`The training program "${argv[0]}" was not found.`, `command ${shown} (in ${options.cwd})`, "Install it on the runner (e.g. with actions/setup-python) or give its full path.") : new UserError(`The training command could not start: ${err.message}.`, `command ${shown}`, "Check that the program exists and is executable.")
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(ticking);
      progress.finish();
      stopForwarding();
      if (timedOut) killAll("SIGKILL");
      tree.stop();
      const tail = (stderrTail.length ? stderrTail : stdoutTail).slice(-10).join("\n");
      const last = tail ? `
Last lines of its ${stderrTail.length ? "stderr" : "output"}:
${tail}` : "";
      if (timedOut) {
        reject(new UserError(`The training command timed out after ${formatDuration(options.timeoutMs)}.${last}`, `command ${shown}`, "Raise timeout-minutes, or make training faster (fewer epochs, a sample of the data)."));
      } else if (code !== 0) {
        const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new UserError(`The training command ${how}.${last}`, `command ${shown}`, "Fix the error in the training script shown above; run it locally with the same MLCI_* variables to reproduce."));
      } else {
        resolvePromise();
      }
    });
  });
}
var MAX_PENDING = 64 * 1024;
function logLines(stream, logger, tail, progress) {
  let pending = "";
  const emit = (raw) => {
    const line = raw.includes("\r") ? finalRedraw(raw) : raw;
    progress?.output(line);
    logger.info(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop();
    lines.forEach(emit);
    if (pending.includes("\r")) {
      progress?.output(pending);
      if (pending.length > MAX_PENDING) pending = `\r${finalRedraw(pending)}`;
    }
  });
  stream.on("end", () => pending && emit(pending));
}
function killTree(pid, signal) {
  if (pid === void 0) return;
  if (process.platform === "win32") {
    execFile("taskkill", ["/pid", String(pid), "/T", "/F"], () => {
    });
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds = ms / 1e3;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

export {
  readParamsFile,
  applyParamOverrides,
  runTrainingCommand,
  formatDuration
};
