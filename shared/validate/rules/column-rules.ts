import { formatPercent } from '../../report/format.js';
import { textAt } from '../../data/coded-text.js';
import type { Column, Table, TextColumn } from '../../data/table.js';
import { isMissingText, numberAsCategory, parseNumber } from '../stats/parse-number.js';
import type { ColumnSchema } from '../schema/types.js';
import { MAX_EXAMPLES, Tally, type RuleExample, type RuleResult } from './rule-result.js';

/** what the numeric checks need to know of a batch's numbers to skip looking at each */
export interface NumberSummary {
  /** numbers that are not NaN */
  n: number;
  min: number;
  max: number;
  /** the rows of the first NaN values, in order: at least as many as there are or MAX_EXAMPLES, when known */
  missingRows?: ArrayLike<number>;
}

const BOOLEAN_TEXT = new Set(['true', 'false', 'yes', 'no', 't', 'f', 'y', 'n', '0', '1']);

/**
 * Evaluates one schema column's rules batch by batch: each check tallies the values it saw and
 * the ones that broke it, keeping the first offending rows with their file and line.
 */
export class ColumnRules {
  rows = 0;
  /** missing cells, with the first rows that have one */
  readonly missing = new Tally();
  /** files in which the column was absent */
  readonly absentIn: string[] = [];
  readonly type = new Tally();
  readonly min = new Tally();
  readonly max = new Tally();
  readonly allowed = new Tally();
  readonly regex = new Tally();
  readonly unique = new Tally();
  private readonly allowedSet: Set<string> | undefined;
  private readonly pattern: RegExp | undefined;
  private readonly seen: Set<string | number> | undefined;

  constructor(readonly schema: ColumnSchema) {
    this.allowedSet = schema.allowedValues ? new Set(schema.allowedValues.value) : undefined;
    this.pattern = schema.regex ? new RegExp(schema.regex.value, 'u') : undefined;
    this.seen = schema.unique ? new Set() : undefined;
  }

  /**
   * `summary`: the count, minimum and maximum of a numeric column's numbers in this batch, when the
   * caller has them already (the profile's moments): the pass that looks for offending rows is then
   * skipped when there are none.
   */
  addBatch(table: Table, column: Column | undefined, firstRow: number, summary?: NumberSummary): void {
    this.rows += table.rowCount;
    if (!column) {
      this.missing.failed += table.rowCount;
      if (!this.absentIn.includes(table.source)) this.absentIn.push(table.source);
      return;
    }
    const where = (r: number, value: string): RuleExample => {
      const line = table.rowLines?.[r];
      return line !== undefined ? { file: table.source, line, row: firstRow + r + 1, value } : { file: table.source, row: firstRow + r + 1, value };
    };
    if (column.kind === 'numeric') this.addNumbers(column.values, where, summary);
    else this.addTexts(column, where);
  }

  private addNumbers(values: Float64Array, where: (r: number, value: string) => RuleExample, summary: NumberSummary | undefined): void {
    const s = this.schema;
    const type = s.type.value;
    const min = s.min?.value ?? -Infinity;
    const max = s.max?.value ?? Infinity;
    const checkType = type === 'integer' || type === 'boolean';
    const textChecks = this.allowedSet || this.pattern || this.seen;
    let present = 0;
    // the common case in one tight loop; offending rows (rare) are looked at one by one after it
    let offending = false;
    if (summary) {
      if (summary.min >= min && summary.max <= max && !textChecks && !checkType) {
        // every number passes: only the missing cells (if any) are looked for, and only until
        // the examples are complete (the first batch runs this loop before it is optimized);
        // the rest of them are counted from the summary
        const missing = values.length - summary.n;
        if (missing > 0) {
          let found = 0;
          // the rows the profile's kernel found them at, when it did (no look at the numbers at
          // all), else every row in turn, the missing ones taken
          const known = summary.missingRows && summary.missingRows.length >= Math.min(missing, MAX_EXAMPLES) ? summary.missingRows : undefined;
          const end = known ? known.length : values.length;
          for (let k = 0; k < end && this.missing.examples.length < MAX_EXAMPLES; k++) {
            const r = known ? known[k]! : k;
            if (known || values[r]! !== values[r]!) {
              failAt(this.missing, where, r, '');
              found++;
            }
          }
          this.missing.failed += missing - found;
        }
        this.countChecked(summary.n, summary.n);
        return;
      }
      offending = summary.n < values.length || summary.min < min || summary.max > max;
      present = summary.n;
    } else {
      for (let r = 0; r < values.length; r++) {
        const v = values[r]!;
        if (v !== v || v < min || v > max) offending = true;
        else present++;
      }
    }
    if (offending || textChecks || checkType) {
      present = 0;
      for (let r = 0; r < values.length; r++) {
        const v = values[r]!;
        if (v !== v) {
          failAt(this.missing, where, r, '');
          continue;
        }
        present++;
        if (checkType && (type === 'integer' ? v !== Math.trunc(v) : v !== 0 && v !== 1)) failAt(this.type, where, r, numberAsCategory(v));
        if (v < min) failAt(this.min, where, r, numberAsCategory(v));
        if (v > max) failAt(this.max, where, r, numberAsCategory(v));
        if (textChecks) this.checkText(numberAsCategory(v), v, r, where);
      }
    }
    this.countChecked(present, present);
  }

  private addTexts(column: TextColumn, where: (r: number, value: string) => RuleExample): void {
    const rows = column.codes?.length ?? column.values.length;
    // coded categories: each distinct value is checked once, and only rows of values that break a rule are looked at
    const codes = this.seen ? undefined : column.codes;
    // (by push, not map: the arrays V8's map builtin and TurboFan's inlined map make differ in
    // kind, and the loop below, optimised for one, was thrown away when the other came)
    let clean: boolean[] | undefined;
    if (codes && column.dictionary) {
      clean = [];
      for (const text of column.dictionary) clean.push(this.passesAll(text));
    }
    const s = this.schema;
    const type = s.type.value;
    const numeric = type === 'numeric' || type === 'integer';
    const min = s.min?.value ?? -Infinity;
    const max = s.max?.value ?? Infinity;
    let present = 0;
    let numbers = 0;
    for (let r = 0; r < rows; r++) {
      if (clean && clean[codes![r]!]) {
        present++;
        if (numeric) numbers++;
        continue;
      }
      const text = textAt(column, r);
      if (isMissingText(text)) {
        failAt(this.missing, where, r, '');
        continue;
      }
      present++;
      let key: string | number = text;
      if (numeric) {
        const v = parseNumber(text);
        if (v === undefined || (type === 'integer' && v !== Math.trunc(v))) {
          failAt(this.type, where, r, text);
          if (v === undefined) continue;
        }
        numbers++;
        if (v < min) failAt(this.min, where, r, text);
        if (v > max) failAt(this.max, where, r, text);
        key = v;
      } else if (type === 'boolean' && !BOOLEAN_TEXT.has(text.trim().toLowerCase())) {
        failAt(this.type, where, r, text);
      }
      this.checkText(typeof key === 'number' ? numberAsCategory(key) : text, key, r, where);
    }
    this.countChecked(present, numeric ? numbers : 0);
  }

  /** true when a present cell of this text breaks none of the rules but `unique` (as addTexts checks them) */
  private passesAll(text: string): boolean {
    if (isMissingText(text)) return false;
    const type = this.schema.type.value;
    let shown = text;
    if (type === 'numeric' || type === 'integer') {
      const v = parseNumber(text);
      if (v === undefined || (type === 'integer' && v !== Math.trunc(v))) return false;
      if (v < (this.schema.min?.value ?? -Infinity) || v > (this.schema.max?.value ?? Infinity)) return false;
      shown = numberAsCategory(v);
    } else if (type === 'boolean' && !BOOLEAN_TEXT.has(text.trim().toLowerCase())) return false;
    if (this.allowedSet && !this.allowedSet.has(shown)) return false;
    return !this.pattern || this.pattern.test(shown);
  }

  private checkText(text: string, key: string | number, r: number, where: (r: number, value: string) => RuleExample): void {
    if (this.allowedSet && !this.allowedSet.has(text)) failAt(this.allowed, where, r, text);
    if (this.pattern && !this.pattern.test(text)) failAt(this.regex, where, r, text);
    if (this.seen) {
      if (this.seen.has(key)) failAt(this.unique, where, r, text);
      else this.seen.add(key);
    }
  }

  private countChecked(present: number, numbers: number): void {
    this.type.checked += present;
    this.min.checked += numbers;
    this.max.checked += numbers;
    this.allowed.checked += present;
    this.regex.checked += present;
    this.unique.checked += present;
  }

  /** the verdicts of every rule this column's schema sets */
  results(): RuleResult[] {
    const s = this.schema;
    const name = s.name;
    const id = (rule: string) => `column.${name}.${rule}`;
    const out: RuleResult[] = [];
    if (s.required) {
      const absent = this.absentIn.length > 0;
      out.push({
        id: id('required'),
        rule: 'required',
        column: name,
        verdict: absent ? 'fail' : 'pass',
        message: absent ? `column "${name}" is missing from ${this.absentIn.join(', ')}` : `column "${name}" is present`,
        ...(absent ? { examples: this.absentIn.map((file) => ({ file, line: 1, row: 0 })) } : {}),
      });
    }
    const missing = this.missing.failed;
    const missingShare = this.rows ? missing / this.rows : 0;
    const tooMany = missingShare > s.maxMissing + 1e-12;
    out.push({
      id: id('missing'),
      rule: 'missing',
      column: name,
      verdict: tooMany ? 'fail' : 'pass',
      message: `${missing} of ${this.rows} values missing (${formatPercent(missingShare)}; allowed ${s.maxMissing === 0 ? 'none' : formatPercent(s.maxMissing)})`,
      expected: `≤ ${s.maxMissing}`,
      observed: String(missingShare),
      failed: missing,
      checked: this.rows,
      ...(tooMany && this.missing.examples.length ? { examples: this.missing.examples } : {}),
    });
    const typeWords: Record<string, string> = { numeric: 'not a number', integer: 'not a whole number', boolean: 'not true/false', categorical: '', text: '' };
    if (typeWords[s.type.value]) out.push(tallyResult(id('type'), 'type', name, this.type, s.type.mostly, `values ${typeWords[s.type.value]}`, `type ${s.type.value}`));
    if (s.min) out.push(tallyResult(id('min'), 'min', name, this.min, s.min.mostly, `values below the minimum ${s.min.value}`, `≥ ${s.min.value}`));
    if (s.max) out.push(tallyResult(id('max'), 'max', name, this.max, s.max.mostly, `values above the maximum ${s.max.value}`, `≤ ${s.max.value}`));
    if (s.allowedValues) out.push(tallyResult(id('allowed_values'), 'allowed_values', name, this.allowed, s.allowedValues.mostly, 'values not in allowed_values (unknown categories)', `one of ${s.allowedValues.value.slice(0, 20).join(', ')}`));
    if (s.regex) out.push(tallyResult(id('regex'), 'regex', name, this.regex, s.regex.mostly, `values not matching /${s.regex.value}/`, `matches /${s.regex.value}/`));
    if (s.unique) out.push(tallyResult(id('unique'), 'unique', name, this.unique, s.unique.mostly, 'values repeating an earlier value', 'unique values'));
    return out;
  }
}

/** outside the loops: a closure there would capture the loop variable and cost an allocation per row */
function failAt(tally: Tally, where: (r: number, value: string) => RuleExample, r: number, value: string): void {
  tally.fail(() => where(r, value));
}

function tallyResult(id: string, rule: RuleResult['rule'], column: string, tally: Tally, mostly: number, what: string, expected: string): RuleResult {
  const holds = tally.holds(mostly);
  const mostlyText = mostly < 1 ? ` (mostly ${mostly}: at least ${formatPercent(mostly)} must pass)` : '';
  return {
    id,
    rule,
    column,
    verdict: holds ? 'pass' : 'fail',
    message: tally.failed === 0 ? `all ${tally.checked} values pass` : `${tally.failed} of ${tally.checked} ${what}${mostlyText}`,
    expected,
    observed: tally.checked ? `${formatPercent((tally.checked - tally.failed) / tally.checked)} pass` : 'no values',
    failed: tally.failed,
    checked: tally.checked,
    ...(tally.failed > 0 ? { examples: tally.examples } : {}),
  };
}

