import type { ReportContext } from './context.js';
import { details, escapeMarkdown, heading, table } from './markdown.js';

const MAX_CLASSES = 20;
const OPEN_UP_TO = 4;

/** Rows are the actual class, columns the predicted one; correct counts in bold. */
export function confusionSection(ctx: ReportContext): string {
  const cm = ctx.result.confusionMatrix;
  if (!cm || cm.classes.length === 0) return '';
  const shown = Math.min(cm.classes.length, MAX_CLASSES);
  const labels = cm.classes.slice(0, shown).map((c) => escapeMarkdown(String(c), 40));
  const rows = labels.map((label, actual) => [
    `**${label}**`,
    ...cm.matrix[actual]!.slice(0, shown).map((count, predicted) => (actual === predicted ? `**${count}**` : String(count))),
    String(cm.matrix[actual]!.reduce((a, b) => a + b, 0)),
  ]);
  const parts = [table(['actual ╲ predicted', ...labels, 'total'], rows, ['left', ...labels.map(() => 'right' as const), 'right'])];
  if (shown < cm.classes.length) parts.push(`Only the first ${shown} of ${cm.classes.length} classes are shown.`);
  const body = parts.join('\n\n');
  return cm.classes.length <= OPEN_UP_TO ? `${heading(ctx.level, 'Confusion matrix')}\n\n${body}` : details(`Confusion matrix (${cm.classes.length} classes)`, body);
}
