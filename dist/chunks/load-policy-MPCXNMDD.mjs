import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  PERCENT_PATTERN,
  SHORTHAND_PATTERN,
  gatePolicySchema
} from "./chunk-ZN75DQCL.mjs";
import {
  BUILTIN_METRICS,
  isBuiltinMetric
} from "./chunk-GVED242L.mjs";
import {
  schemaError
} from "./chunk-6OODKWHZ.mjs";
import {
  didYouMean,
  readConfigFile
} from "./chunk-43IUD2SB.mjs";
import {
  parseYamlConfig
} from "./chunk-ZKCPA3OA.mjs";
import "./chunk-OTA34LXD.mjs";
import {
  configError
} from "./chunk-3S52KM2R.mjs";
import {
  require_ajv
} from "./chunk-BLYFCIPT.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/gate/load-policy.ts
var import_ajv = __toESM(require_ajv(), 1);
async function loadGatePolicy(path) {
  const text = await readConfigFile(path, { what: "gate policy", input: "policy", fix: "Set policy to the path of your policy file relative to the repository root (e.g. .mlci/gate.yml), or leave it empty to gate nothing." });
  return parseGatePolicy(text, path);
}
function parseGatePolicy(text, file) {
  const { raw, locator } = parseYamlConfig(text, file, {
    what: "gate policy",
    emptyFix: "Add rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.",
    // YAML reads a bare ">" as the start of a folded block: the commonest slip with the shorthand
    syntaxFix: (line) => /:\s*>=?\s*[-+.\d]/.test(line) ? 'Quote the shorthand, as in accuracy: ">= 0.9" (YAML takes an unquoted > for the start of a block of text).' : void 0
  });
  const validate = policyValidator();
  if (!validate(raw)) throw schemaError(validate.errors ?? [], file, locator, GATE_POLICY_WORDS);
  return new PolicyBuilder(file, locator).build(raw);
}
var GATE_POLICY_WORDS = {
  what: "gate policy",
  docs: "docs/gate-policy.md",
  keyNames: { what: "a metric name", fix: "Metric names are letters, digits and underscores, as scikit-learn names them (accuracy, f1_macro, log_loss, ...)." },
  patternFix: 'Write a shorthand such as ">= 0.9" or "<= 0.2" (only >= and <=), or a mapping such as { min: 0.9, max_drop: 0.01 }.',
  requiredFix: (key) => key === "column" ? "Name the slice column, e.g. column: region (the same as the slice-column input of evaluate-gate)." : void 0,
  rangeFix: (key) => {
    if (key === "significance") return "Use a significance level (alpha) between 0 and 1, such as 0.05.";
    if (key === "max_drop" || key === "min_gain") return "Write the amount as a positive number: the metric's direction decides which way is worse.";
    if (key === "min_rows") return "Use a whole number of rows, 0 or more.";
    return "Budgets are positive numbers: milliseconds, megabytes (1 MB = 1,000,000 bytes) or rows per second.";
  }
};
var compiled;
function policyValidator() {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(gatePolicySchema);
  return compiled;
}
var CHANGE_KEYS = ["max_drop", "max_relative_drop", "min_gain", "min_relative_gain"];
var RELATIVE_KEYS = ["max_relative_drop", "min_relative_gain"];
var PolicyBuilder = class {
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  file;
  locator;
  directions = {};
  directionLines = {};
  build(raw) {
    this.collectDirections(raw.metrics, ["metrics"]);
    this.collectDirections(raw.slices?.every_slice, ["slices", "every_slice"]);
    for (const [value, map] of Object.entries(raw.slices?.values ?? {})) this.collectDirections(map, ["slices", "values", value]);
    const policy = {
      file: this.file,
      significance: raw.significance ?? null,
      failOnMissingMetric: raw.fail_on_missing_metric ?? true,
      directions: this.directions,
      metrics: this.ruleSets(raw.metrics, ["metrics"]),
      budgets: this.budgets(raw.budgets),
      slices: this.slices(raw.slices)
    };
    const ruleCount = policy.metrics.length + policy.budgets.length + (policy.slices ? policy.slices.everySlice.length + policy.slices.values.reduce((n, v) => n + v.rules.length, 0) : 0);
    if (ruleCount === 0) {
      throw configError(this.file, 1, "The gate policy sets no rules.", "Add metrics, budgets or slices rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.");
    }
    return policy;
  }
  collectDirections(map, path) {
    for (const [metric, rules] of Object.entries(map ?? {})) {
      if (typeof rules !== "object" || rules.direction === void 0) continue;
      const direction = rules.direction;
      const line = this.locator.valueLine([...path, metric, "direction"]);
      const earlier = this.directions[metric];
      if (earlier && earlier !== direction) {
        throw configError(this.file, line, `The direction of ${metric} is "${direction}" here but "${earlier}" at line ${this.directionLines[metric]}.`, "A metric improves one way only: give it the same direction everywhere, or only once.");
      }
      this.directions[metric] = direction;
      this.directionLines[metric] = line;
    }
  }
  ruleSets(map, path) {
    return Object.entries(map ?? {}).map(([metric, rules]) => this.ruleSet(metric, rules, [...path, metric]));
  }
  ruleSet(metric, rules, path) {
    const line = this.locator.keyLine(path);
    if (!isBuiltinMetric(metric) && !this.directions[metric]) {
      throw configError(
        this.file,
        line,
        `Unknown metric "${metric}" in "${path.slice(0, -1).join(".")}".${didYouMean(metric, BUILTIN_METRICS)}`,
        `Use a metric mlci computes (${BUILTIN_METRICS.join(", ")}), or give a custom metric its direction: ${metric}: { direction: higher, min: ... }.`
      );
    }
    const set = { metric, line, thresholds: [], changes: [] };
    if (typeof rules === "string") {
      const [, op, number] = new RegExp(SHORTHAND_PATTERN).exec(rules);
      set.thresholds.push({ kind: "threshold", bound: op === ">=" || op === "\u2265" ? "min" : "max", limit: Number(number), line: this.locator.valueLine(path) });
      return set;
    }
    for (const bound of ["min", "max"]) {
      if (typeof rules[bound] === "number") set.thresholds.push({ kind: "threshold", bound, limit: rules[bound], line: this.locator.keyLine([...path, bound]) });
    }
    this.checkMinBelowMax(set.thresholds, path);
    for (const limitType of CHANGE_KEYS) {
      const value = rules[limitType];
      if (value === void 0) continue;
      const keyPath = [...path, limitType];
      const limit = RELATIVE_KEYS.includes(limitType) ? this.relativeLimit(value, keyPath) : value;
      set.changes.push({ kind: "change", limitType, limit, line: this.locator.keyLine(keyPath) });
    }
    if (typeof rules.significance === "number") set.significance = rules.significance;
    if (set.thresholds.length + set.changes.length === 0) {
      throw configError(this.file, line, `"${path.join(".")}" sets no rule, only ${Object.keys(rules).join(" and ")}.`, "Add a rule such as min, max, max_drop or min_gain, or remove the entry.");
    }
    return set;
  }
  checkMinBelowMax(thresholds, path) {
    const min = thresholds.find((t) => t.bound === "min");
    const max = thresholds.find((t) => t.bound === "max");
    if (min && max && min.limit > max.limit) {
      throw configError(this.file, max.line, `"${path.join(".")}" has min ${min.limit} above max ${max.limit}: no value can pass.`, "Swap them, or fix the one that is wrong.");
    }
  }
  /** "5%" → 0.05; a bare number is a fraction, and one of 1 or more is most likely a percentage. */
  relativeLimit(value, path) {
    if (typeof value === "string") {
      if (!new RegExp(PERCENT_PATTERN).test(value)) throw new Error(`schema let through relative limit ${value}`);
      return Number(value.replace("%", "").trim()) / 100;
    }
    if (value >= 1) {
      throw configError(
        this.file,
        this.locator.valueLine(path),
        `"${path.join(".")}" is ${value}, which as a fraction means ${value * 100}%.`,
        `Relative limits are fractions (0.05 = 5%). Write "${value}%" for ${value} percent, or "${value * 100}%" if you really mean ${value * 100} percent.`
      );
    }
    return value;
  }
  budgets(raw) {
    return Object.entries(raw ?? {}).map(([budget, limit]) => ({ budget, limit, line: this.locator.keyLine(["budgets", budget]) }));
  }
  slices(raw) {
    if (!raw) return null;
    return {
      column: raw.column,
      minRows: raw.min_rows ?? 0,
      correction: raw.correction ?? "holm",
      line: this.locator.keyLine(["slices"]),
      everySlice: this.ruleSets(raw.every_slice, ["slices", "every_slice"]),
      values: Object.entries(raw.values ?? {}).map(([value, map]) => ({
        value,
        line: this.locator.keyLine(["slices", "values", value]),
        rules: this.ruleSets(map, ["slices", "values", value])
      }))
    };
  }
};
export {
  loadGatePolicy,
  parseGatePolicy
};
