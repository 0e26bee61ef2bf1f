/** The evaluation report: Markdown for job summaries and PR comments. */
export { renderEvaluationReport, type ReportOptions } from './render-report.js';
export { escapeMarkdown, escapeHtml, table, details, heading, code, type Alignment } from './markdown.js';
export { formatNumber, formatSigned, formatPercent, formatBytes, formatMs } from './format.js';
export { unicodeBar } from './charts.js';
