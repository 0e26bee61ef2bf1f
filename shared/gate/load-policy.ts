import { readConfigFile } from '../config/read-config-file.js';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Direction } from '../evaluate/types.js';
import { BUILTIN_METRICS, isBuiltinMetric } from './directions.js';
import { policyError } from './policy-error.js';
import { gatePolicySchema, PERCENT_PATTERN, SHORTHAND_PATTERN } from './policy-schema.js';
import type { BudgetName, BudgetRule, ChangeLimit, ChangeRule, GatePolicy, MetricRuleSet, MultipleTesting, SlicePolicy, ThresholdRule } from './policy-types.js';
import { schemaError, type ConfigVocabulary } from '../config/schema-errors.js';
import { parseYamlConfig } from '../config/yaml-config.js';
import { didYouMean } from '../config/suggest.js';
import type { YamlLocator } from '../config/yaml-locations.js';

/** Reads, parses and checks a gate policy file (YAML). Every mistake is a UserError at its line. */
export async function loadGatePolicy(path: string): Promise<GatePolicy> {
  const text = await readConfigFile(path, { what: 'gate policy', input: 'policy', fix: 'Set policy to the path of your policy file relative to the repository root (e.g. .mlci/gate.yml), or leave it empty to gate nothing.' });
  return parseGatePolicy(text, path);
}

/** Parses and checks the text of a gate policy; `file` is used in messages and verdicts. */
export function parseGatePolicy(text: string, file: string): GatePolicy {
  const { raw, locator } = parseYamlConfig(text, file, {
    what: 'gate policy',
    emptyFix: 'Add rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.',
    // YAML reads a bare ">" as the start of a folded block: the commonest slip with the shorthand
    syntaxFix: (line) => (/:\s*>=?\s*[-+.\d]/.test(line) ? 'Quote the shorthand, as in accuracy: ">= 0.9" (YAML takes an unquoted > for the start of a block of text).' : undefined),
  });
  const validate = policyValidator();
  if (!validate(raw)) throw schemaError(validate.errors ?? [], file, locator, GATE_POLICY_WORDS);
  return new PolicyBuilder(file, locator).build(raw as RawPolicy);
}

const GATE_POLICY_WORDS: ConfigVocabulary = {
  what: 'gate policy',
  docs: 'docs/gate-policy.md',
  keyNames: { what: 'a metric name', fix: 'Metric names are letters, digits and underscores, as scikit-learn names them (accuracy, f1_macro, log_loss, ...).' },
  patternFix: 'Write a shorthand such as ">= 0.9" or "<= 0.2" (only >= and <=), or a mapping such as { min: 0.9, max_drop: 0.01 }.',
  requiredFix: (key) => (key === 'column' ? 'Name the slice column, e.g. column: region (the same as the slice-column input of evaluate-gate).' : undefined),
  rangeFix: (key) => {
    if (key === 'significance') return 'Use a significance level (alpha) between 0 and 1, such as 0.05.';
    if (key === 'max_drop' || key === 'min_gain') return 'Write the amount as a positive number: the metric\'s direction decides which way is worse.';
    if (key === 'min_rows') return 'Use a whole number of rows, 0 or more.';
    return 'Budgets are positive numbers: milliseconds, megabytes (1 MB = 1,000,000 bytes) or rows per second.';
  },
};

let compiled: ValidateFunction | undefined;
function policyValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(gatePolicySchema);
  return compiled;
}

type RawRules = string | Record<string, unknown>;
type RawMetricMap = Record<string, RawRules>;
interface RawPolicy {
  version?: 1;
  significance?: number;
  fail_on_missing_metric?: boolean;
  metrics?: RawMetricMap;
  budgets?: Partial<Record<BudgetName, number>>;
  slices?: { column: string; min_rows?: number; correction?: MultipleTesting; every_slice?: RawMetricMap; values?: Record<string, RawMetricMap> };
}

const CHANGE_KEYS: ChangeLimit[] = ['max_drop', 'max_relative_drop', 'min_gain', 'min_relative_gain'];
const RELATIVE_KEYS: ChangeLimit[] = ['max_relative_drop', 'min_relative_gain'];

/** Turns a schema-valid document into a GatePolicy, checking what a schema cannot express. */
class PolicyBuilder {
  private readonly directions: Record<string, Direction> = {};
  private readonly directionLines: Record<string, number> = {};

  constructor(
    private readonly file: string,
    private readonly locator: YamlLocator,
  ) {}

  build(raw: RawPolicy): GatePolicy {
    // Directions first, from everywhere, so that a custom metric named in a slice before its
    // direction is given at the top level is still recognised.
    this.collectDirections(raw.metrics, ['metrics']);
    this.collectDirections(raw.slices?.every_slice, ['slices', 'every_slice']);
    for (const [value, map] of Object.entries(raw.slices?.values ?? {})) this.collectDirections(map, ['slices', 'values', value]);

    const policy: GatePolicy = {
      file: this.file,
      significance: raw.significance ?? null,
      failOnMissingMetric: raw.fail_on_missing_metric ?? true,
      directions: this.directions,
      metrics: this.ruleSets(raw.metrics, ['metrics']),
      budgets: this.budgets(raw.budgets),
      slices: this.slices(raw.slices),
    };
    const ruleCount =
      policy.metrics.length + policy.budgets.length + (policy.slices ? policy.slices.everySlice.length + policy.slices.values.reduce((n, v) => n + v.rules.length, 0) : 0);
    if (ruleCount === 0) {
      throw policyError(this.file, 1, 'The gate policy sets no rules.', 'Add metrics, budgets or slices rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.');
    }
    return policy;
  }

  private collectDirections(map: RawMetricMap | undefined, path: string[]): void {
    for (const [metric, rules] of Object.entries(map ?? {})) {
      if (typeof rules !== 'object' || rules.direction === undefined) continue;
      const direction = rules.direction as Direction;
      const line = this.locator.valueLine([...path, metric, 'direction']);
      const earlier = this.directions[metric];
      if (earlier && earlier !== direction) {
        throw policyError(this.file, line, `The direction of ${metric} is "${direction}" here but "${earlier}" at line ${this.directionLines[metric]}.`, 'A metric improves one way only: give it the same direction everywhere, or only once.');
      }
      this.directions[metric] = direction;
      this.directionLines[metric] = line;
    }
  }

  private ruleSets(map: RawMetricMap | undefined, path: string[]): MetricRuleSet[] {
    return Object.entries(map ?? {}).map(([metric, rules]) => this.ruleSet(metric, rules, [...path, metric]));
  }

  private ruleSet(metric: string, rules: RawRules, path: string[]): MetricRuleSet {
    const line = this.locator.keyLine(path);
    if (!isBuiltinMetric(metric) && !this.directions[metric]) {
      throw policyError(
        this.file,
        line,
        `Unknown metric "${metric}" in "${path.slice(0, -1).join('.')}".${didYouMean(metric, BUILTIN_METRICS)}`,
        `Use a metric mlci computes (${BUILTIN_METRICS.join(', ')}), or give a custom metric its direction: ${metric}: { direction: higher, min: ... }.`,
      );
    }
    const set: MetricRuleSet = { metric, line, thresholds: [], changes: [] };
    if (typeof rules === 'string') {
      const [, op, number] = new RegExp(SHORTHAND_PATTERN).exec(rules)!;
      set.thresholds.push({ kind: 'threshold', bound: op === '>=' || op === '≥' ? 'min' : 'max', limit: Number(number), line: this.locator.valueLine(path) });
      return set;
    }
    for (const bound of ['min', 'max'] as const) {
      if (typeof rules[bound] === 'number') set.thresholds.push({ kind: 'threshold', bound, limit: rules[bound], line: this.locator.keyLine([...path, bound]) });
    }
    this.checkMinBelowMax(set.thresholds, path);
    for (const limitType of CHANGE_KEYS) {
      const value = rules[limitType];
      if (value === undefined) continue;
      const keyPath = [...path, limitType];
      const limit = RELATIVE_KEYS.includes(limitType) ? this.relativeLimit(value as number | string, keyPath) : (value as number);
      set.changes.push({ kind: 'change', limitType, limit, line: this.locator.keyLine(keyPath) } satisfies ChangeRule);
    }
    if (typeof rules.significance === 'number') set.significance = rules.significance;
    if (set.thresholds.length + set.changes.length === 0) {
      throw policyError(this.file, line, `"${path.join('.')}" sets no rule, only ${Object.keys(rules).join(' and ')}.`, 'Add a rule such as min, max, max_drop or min_gain, or remove the entry.');
    }
    return set;
  }

  private checkMinBelowMax(thresholds: ThresholdRule[], path: string[]): void {
    const min = thresholds.find((t) => t.bound === 'min');
    const max = thresholds.find((t) => t.bound === 'max');
    if (min && max && min.limit > max.limit) {
      throw policyError(this.file, max.line, `"${path.join('.')}" has min ${min.limit} above max ${max.limit}: no value can pass.`, 'Swap them, or fix the one that is wrong.');
    }
  }

  /** "5%" → 0.05; a bare number is a fraction, and one of 1 or more is most likely a percentage. */
  private relativeLimit(value: number | string, path: string[]): number {
    if (typeof value === 'string') {
      if (!new RegExp(PERCENT_PATTERN).test(value)) throw new Error(`schema let through relative limit ${value}`);
      return Number(value.replace('%', '').trim()) / 100;
    }
    if (value >= 1) {
      throw policyError(
        this.file,
        this.locator.valueLine(path),
        `"${path.join('.')}" is ${value}, which as a fraction means ${value * 100}%.`,
        `Relative limits are fractions (0.05 = 5%). Write "${value}%" for ${value} percent, or "${value * 100}%" if you really mean ${value * 100} percent.`,
      );
    }
    return value;
  }

  private budgets(raw: RawPolicy['budgets']): BudgetRule[] {
    return Object.entries(raw ?? {}).map(([budget, limit]) => ({ budget: budget as BudgetName, limit: limit as number, line: this.locator.keyLine(['budgets', budget]) }));
  }

  private slices(raw: RawPolicy['slices']): SlicePolicy | null {
    if (!raw) return null;
    return {
      column: raw.column,
      minRows: raw.min_rows ?? 0,
      correction: raw.correction ?? 'holm',
      line: this.locator.keyLine(['slices']),
      everySlice: this.ruleSets(raw.every_slice, ['slices', 'every_slice']),
      values: Object.entries(raw.values ?? {}).map(([value, map]) => ({
        value,
        line: this.locator.keyLine(['slices', 'values', value]),
        rules: this.ruleSets(map, ['slices', 'values', value]),
      })),
    };
  }
}
