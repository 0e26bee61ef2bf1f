import type { RuleVerdict } from '../evaluate/types.js';
import { formatNumber } from './format.js';
import { ruleMark } from './marks.js';
import { details, escapeMarkdown, heading, table } from './markdown.js';
import type { ReportContext } from './context.js';

const HEADERS = ['', 'rule', 'figure', 'limit', 'why', 'policy line'];

// A PR comment holds at most 65,536 characters; metrics.json keeps every rule regardless.
const MAX_FAILED_SHOWN = 30;
const MAX_RULES_SHOWN = 100;

function rulesTable(rules: RuleVerdict[], policy: string | null, most: number): string {
  const shown = table(HEADERS, rules.slice(0, most).map((r) => row(r, policy)));
  return rules.length > most ? `${shown}\n\n…and ${rules.length - most} more; metrics.json lists every rule.` : shown;
}

function row(rule: RuleVerdict, policy: string | null): string[] {
  return [
    ruleMark(rule),
    escapeMarkdown(rule.id),
    formatNumber(rule.actual),
    escapeMarkdown(rule.description),
    escapeMarkdown(rule.message, 400),
    rule.policyLine && policy ? `${escapeMarkdown(policy)}:${rule.policyLine}` : '',
  ];
}

/** Failed rules in the open, every rule in a collapsed table. */
export function rulesSection(ctx: ReportContext): string {
  const gate = ctx.result.gate;
  if (!gate.gated) return '';
  const parts: string[] = [];
  const failed = gate.rules.filter((r) => !r.passed);
  if (failed.length) {
    parts.push(heading(ctx.level, gate.override ? 'Failed rules (overridden)' : 'Failed rules'));
    parts.push(rulesTable(failed, gate.policy, MAX_FAILED_SHOWN));
  }
  if (gate.rules.length) {
    parts.push(details(`All ${gate.rules.length} gate rules`, rulesTable(gate.rules, gate.policy, MAX_RULES_SHOWN)));
  }
  return parts.join('\n\n');
}
