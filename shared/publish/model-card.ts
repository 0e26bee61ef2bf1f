// model-card.md in Hugging Face's convention: YAML front matter (license, tags, model-index with the
// evaluation's results) and Markdown sections. Everything taken from data files is escaped; the
// team's own card text (intended use, limitations) is their Markdown and goes in as written.
import { stringify } from 'yaml';
import type { EvaluationResult } from '../evaluate/types.js';
import type { VerdictFile } from '../evaluate/verdict-file.js';
import type { ModelSignature } from '../model/types.js';
import { formatBytes, formatNumber } from '../report/format.js';
import { code, escapeMarkdown, table } from '../report/markdown.js';
import type { Lineage } from '../train/lineage.js';
import type { DatasetStatisticsJson } from '../validate/stats/dataset-profile.js';
import type { Blessing } from './blessing.js';
import type { CardText } from './card-input.js';
import { literal } from './report.js';

export interface ModelCardFacts {
  name: string;
  version: string;
  reference: string;
  modelDigest: string;
  modelBytes: number;
  signature?: ModelSignature;
  metrics?: EvaluationResult;
  verdict?: VerdictFile;
  blessing: Blessing;
  lineage?: Lineage;
  statistics?: DatasetStatisticsJson;
  card: CardText;
}

const HF_TASK: Record<string, string> = { binary: 'tabular-classification', multiclass: 'tabular-classification', regression: 'tabular-regression' };

function frontMatter(f: ModelCardFacts): string {
  const meta: Record<string, unknown> = {};
  if (f.card.license) meta.license = f.card.license;
  meta.library_name = 'onnx';
  meta.tags = [...new Set(['onnx', 'mlci', ...(f.metrics ? [HF_TASK[f.metrics.task]!] : []), ...(f.card.tags ?? [])])];
  if (f.metrics) {
    const m = f.metrics;
    meta['model-index'] = [
      {
        name: f.name,
        results: [
          {
            task: { type: HF_TASK[m.task] },
            dataset: { name: m.data.path.split(/[\\/]/).pop(), type: 'tabular', revision: `sha256:${m.data.sha256}` },
            metrics: Object.entries(m.metrics)
              .filter(([, v]) => typeof v === 'number' && Number.isFinite(v))
              .map(([metric, value]) => ({ type: metric, name: metric, value })),
          },
        ],
      },
    ];
  }
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n`;
}

function userSection(title: string, text: string | undefined): string[] {
  return text?.trim() ? [`## ${title}`, '', text.trim(), ''] : [];
}

function evaluationSection(m: EvaluationResult): string[] {
  const rows = Object.entries(m.metrics).map(([metric, value]) => {
    const i = m.intervals[metric];
    const d = m.deltas[metric];
    return [code(metric), formatNumber(value), i ? `${formatNumber(i.low)} – ${formatNumber(i.high)}` : '', d ? formatNumber(d.absolute) : ''];
  });
  const level = Math.round(m.bootstrap.level * 100);
  const out = ['## Evaluation', '', `On ${escapeMarkdown(m.data.path.split(/[\\/]/).pop() ?? '')} (${m.data.rows} rows, sha256 ${code(m.data.sha256.slice(0, 12))}), task ${m.task}.`, ''];
  out.push(table(['metric', 'value', `${level}% interval`, 'vs baseline'], rows, ['left', 'right', 'right', 'right']), '');
  if (m.slices?.slices.length) {
    const metricNames = Object.keys(m.slices.slices[0]!.metrics).slice(0, 4);
    out.push(`### By ${escapeMarkdown(m.slices.column)}`, '');
    out.push(table(['slice', 'rows', ...metricNames.map(code)], m.slices.slices.map((s) => [escapeMarkdown(s.value), String(s.rows), ...metricNames.map((n) => formatNumber(s.metrics[n]))])), '');
  }
  return out;
}

function verdictSection(f: ModelCardFacts): string[] {
  const out = ['## Gate verdict', '', escapeMarkdown(f.blessing.message, 500), ''];
  if (f.verdict) {
    out.push(`Policy: ${f.verdict.policy ? code(f.verdict.policy) : 'none'}; evaluated on data sha256 ${code(f.verdict.dataSha256.slice(0, 12))} at ${escapeMarkdown(f.verdict.createdAt)}.`, '');
    if (f.metrics?.gate.rules.length) {
      out.push(table(['rule', 'result'], f.metrics.gate.rules.map((r) => [escapeMarkdown(r.id), r.passed ? 'passed' : `failed: ${escapeMarkdown(r.message)}`])), '');
    }
  }
  return out;
}

function lineageSection(l: Lineage): string[] {
  const out = ['## Lineage', ''];
  if (l.git) out.push(`- Code: commit ${code(l.git.commit)}${l.git.repository ? ` of ${escapeMarkdown(l.git.repository)}` : ''}${l.git.dirty ? ' (with uncommitted changes)' : ''}`);
  out.push(`- Trainer: ${escapeMarkdown(l.trainer)}`);
  for (const d of l.data) out.push(`- Data: ${escapeMarkdown(d.path)} sha256 ${code(d.sha256.slice(0, 12))}`);
  const params = Object.entries(l.params ?? {});
  if (params.length) out.push(`- Parameters: ${params.map(([k, v]) => `${code(k)} = ${escapeMarkdown(JSON.stringify(v), 80)}`).join(', ')}`);
  out.push('');
  return out;
}

function statisticsSection(s: DatasetStatisticsJson): string[] {
  const rows = s.columns.slice(0, 30).map((c) => [
    escapeMarkdown(c.name),
    c.kind,
    String(c.missing),
    c.numeric ? formatNumber(c.numeric.mean) : '',
    c.numeric ? `${formatNumber(c.numeric.min)} – ${formatNumber(c.numeric.max)}` : '',
  ]);
  const more = s.columns.length > 30 ? [`(${s.columns.length - 30} more columns in statistics.json)`, ''] : [];
  return ['## Data statistics', '', `${s.rows} rows, ${s.columns.length} columns.`, '', table(['column', 'kind', 'missing', 'mean', 'range'], rows), '', ...more];
}

function signatureSection(sig: ModelSignature): string[] {
  const tensor = (t: { name: string; type: string; shape: (number | string)[] }) => [escapeMarkdown(t.name), code(t.type), code(`[${t.shape.join(', ')}]`)];
  const out = ['## Signature', '', table(['input', 'type', 'shape'], sig.inputs.map(tensor)), '', table(['output', 'type', 'shape'], sig.outputs.map(tensor)), ''];
  if (sig.classLabels?.length) out.push(`Classes: ${sig.classLabels.map((c) => escapeMarkdown(String(c))).join(', ')}.`, '');
  const opsets = Object.entries(sig.opsets).map(([d, v]) => `${d} ${v}`).join(', ');
  out.push(`Opsets: ${escapeMarkdown(opsets)}${sig.producer ? `; produced by ${escapeMarkdown(sig.producer)}` : ''}.`, '');
  return out;
}

export function renderModelCard(f: ModelCardFacts): string {
  const lines = [
    `# ${escapeMarkdown(f.card.title ?? f.name)} ${escapeMarkdown(f.version)}`,
    '',
    ...(f.card.description?.trim() ? [f.card.description.trim(), ''] : []),
    `- Reference: ${literal(f.reference)}`,
    `- model.onnx: sha256 ${code(f.modelDigest.replace(/^sha256:/, ''))}, ${formatBytes(f.modelBytes)}`,
    ...(f.card.owners?.length ? [`- Owners: ${f.card.owners.map((o) => escapeMarkdown(o)).join(', ')}`] : []),
    '',
    ...userSection('Intended use', f.card.intended_use),
    ...userSection('Limitations', f.card.limitations),
    ...userSection('Ethical considerations', f.card.ethical_considerations),
    ...(f.metrics ? evaluationSection(f.metrics) : []),
    ...verdictSection(f),
    ...(f.lineage ? lineageSection(f.lineage) : []),
    ...(f.statistics?.columns ? statisticsSection(f.statistics) : []),
    ...(f.signature ? signatureSection(f.signature) : []),
  ];
  return `${frontMatter(f)}\n${lines.join('\n').trimEnd()}\n`;
}
