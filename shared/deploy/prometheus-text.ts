import { UserError } from '../errors.js';

/** One sample of the Prometheus text exposition format: `name{label="value",…} value [timestamp]`. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A scrape: every sample, by metric name. */
export type PromScrape = Map<string, PromSample[]>;

/**
 * Parses the Prometheus text exposition format (version 0.0.4, what prom-client writes). Comments
 * and TYPE/HELP lines are skipped; label values may hold escaped quotes, backslashes and newlines.
 */
export function parsePrometheusText(text: string, source: string): PromScrape {
  const scrape: PromScrape = new Map();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const sample = parseLine(line);
    if (!sample) {
      throw new UserError(`Line ${i + 1} of the metrics from ${source} is not in the Prometheus text format: ${line.slice(0, 120)}`, source, 'Point the step at a Prometheus /metrics endpoint (mlci serve exposes one at /metrics).');
    }
    const list = scrape.get(sample.name);
    if (list) list.push(sample);
    else scrape.set(sample.name, [sample]);
  }
  return scrape;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

function parseLine(line: string): PromSample | undefined {
  const name = NAME.exec(line)?.[0];
  if (!name) return undefined;
  let rest = line.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    rest = rest.slice(1);
    for (;;) {
      rest = rest.trimStart();
      if (rest.startsWith('}')) break;
      const label = LABEL_NAME.exec(rest)?.[0];
      if (!label) return undefined;
      rest = rest.slice(label.length).trimStart();
      if (!rest.startsWith('="')) return undefined;
      const value = readQuoted(rest.slice(2));
      if (!value) return undefined;
      labels[label] = value.text;
      rest = value.rest.trimStart();
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (!rest.startsWith('}')) return undefined;
    }
    rest = rest.slice(1);
  }
  const [valueText] = rest.trim().split(/\s+/);
  if (valueText === undefined || valueText === '') return undefined;
  const value = parseValue(valueText);
  return value === undefined ? undefined : { name, labels, value };
}

function readQuoted(text: string): { text: string; rest: string } | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return { text: out, rest: text.slice(i + 1) };
    if (c === '\\') {
      const next = text[++i];
      out += next === 'n' ? '\n' : (next ?? '');
    } else {
      out += c;
    }
  }
  return undefined;
}

function parseValue(text: string): number | undefined {
  // Prometheus reads these words in any case (Go's ParseFloat), and prom-client writes NaN as "Nan"
  const word = text.toLowerCase();
  if (word === '+inf' || word === 'inf') return Infinity;
  if (word === '-inf') return -Infinity;
  if (word === 'nan') return NaN;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}
