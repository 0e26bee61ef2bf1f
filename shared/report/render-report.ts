import { resamplesText } from './bootstrap-text.js';
import type { EvaluationResult } from '../evaluate/types.js';
import { comparisonChart, intervalWidthSection } from './charts.js';
import { confusionSection } from './confusion-section.js';
import { reportContext } from './context.js';
import { details, escapeMarkdown, table } from './markdown.js';
import { metricsSection, pairedSection } from './metrics-section.js';
import { operationalSection } from './operational-section.js';
import { powerSection } from './power-section.js';
import { rulesSection } from './rules-section.js';
import { slicesSection } from './slices-section.js';
import { summaryParagraph, verdictHeading } from './summary-section.js';

export interface ReportOptions {
  /** level of the title heading: 2 for a job summary (default), 3 inside a PR comment */
  headingLevel?: number;
  /** words of the title after the verdict mark; "Model quality gate" by default */
  title?: string;
}

/**
 * The evaluation as Markdown for a job summary or a PR comment: verdict, failed rules, metrics
 * with changes, charts GitHub draws itself, confusion matrix, operational figures and slices.
 */
export function renderEvaluationReport(result: EvaluationResult, options: ReportOptions = {}): string {
  const level = options.headingLevel ?? 2;
  const ctx = reportContext(result, level + 1);
  const sections = [
    verdictHeading(result, level, options.title ?? 'Model quality gate'),
    summaryParagraph(result),
    rulesSection(ctx),
    metricsSection(ctx),
    powerSection(ctx),
    comparisonChart(ctx),
    pairedSection(ctx),
    intervalWidthSection(ctx),
    confusionSection(ctx),
    operationalSection(ctx),
    slicesSection(ctx),
    provenanceSection(result),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

const FEATURE_SOURCE = {
  model: 'fed by name, in the order the model records',
  inputs: 'one per model input, by name',
  lineage: 'fed by name, in the order train-model\'s lineage records',
  schema: 'fed by name, in the order of the data schema',
  data: 'fed in the order of the data file (the model does not name its features, so a reordered file would go unnoticed)',
} as const;

function featuresLine(features: NonNullable<EvaluationResult['features']>): string {
  const shown = features.columns.slice(0, 60).map((c) => escapeMarkdown(c)).join(', ');
  const more = features.columns.length > 60 ? ` and ${features.columns.length - 60} more` : '';
  const from = features.file ? ` (${escapeMarkdown(features.file)})` : '';
  return `Features (${features.columns.length}), ${FEATURE_SOURCE[features.source]}${from}: ${shown}${more}.`;
}

/** Exactly what was compared, so a reader can reproduce the figures. */
function provenanceSection(result: EvaluationResult): string {
  const rows = [
    ['candidate model', escapeMarkdown(result.model.path), result.model.sha256.slice(0, 12)],
    ...(result.baselineModel ? [['baseline model', escapeMarkdown(result.baselineModel.path), result.baselineModel.sha256.slice(0, 12)]] : []),
    ['data', escapeMarkdown(result.data.path), result.data.sha256.slice(0, 12)],
  ];
  const { seed, level } = result.bootstrap;
  const body = [
    table(['', 'file', 'sha256'], rows.map((r) => [r[0]!, r[1]!, `\`${r[2]!.replace(/[^0-9a-f]/gi, '')}\``])),
    ...(result.features ? [featuresLine(result.features)] : []),
    `Bootstrap: ${resamplesText(result.bootstrap)}, seed ${seed}, ${level * 100}% intervals.${result.gate.policy ? ` Policy: ${escapeMarkdown(result.gate.policy)}.` : ''}${result.scores === 'logits' ? ' Class scores: logits, turned into probabilities by softmax (a single column: sigmoid).' : ''}`,
  ].join('\n\n');
  return details('Provenance', body);
}
