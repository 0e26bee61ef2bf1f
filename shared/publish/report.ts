import { escapeMarkdown, table } from '../report/markdown.js';
import type { PublishResult } from '../registry/index.js';
import type { Blessing } from './blessing.js';

/** a literal in a code span: only backticks and line breaks could end it early */
export function literal(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '')}\``;
}

const shown = (version: string | null) => (version ? escapeMarkdown(version) : '(unset)');

/** The publish-model section of the job summary: what was published, where, which aliases moved. */
export function renderPublishSection(result: PublishResult, blessing: Blessing, files: { card: string; statements: string[]; attached?: string; release?: { url: string; created: boolean; assets: { name: string; status: string }[] }; signed?: { bundle: string; attestationId: string | null }[] }): string {
  const state = result.status === 'published' ? 'new version' : 'unchanged: these bytes were already published, nothing uploaded';
  const rows = [
    ['model', escapeMarkdown(result.name)],
    ['version', `${escapeMarkdown(result.version)} (${state})`],
    ['reference', literal(result.reference)],
    ['model.onnx sha256', literal(result.modelDigest.replace(/^sha256:/, ''))],
    ['gate', escapeMarkdown(blessing.message, 400)],
  ];
  const moves = result.aliasMoves.map((m) => [literal(m.alias), m.from === m.to ? `${shown(m.to)} (unchanged)` : `${shown(m.from)} → ${shown(m.to)}`]);
  const parts = ['## Model published', '', table(['', ''], rows), ''];
  if (moves.length) parts.push(table(['alias', 'move'], moves), '');
  parts.push(`Model card: ${literal(files.card)}; provenance: ${files.statements.map(literal).join(', ')}${files.attached ? `, ${escapeMarkdown(files.attached, 300)}` : ''}.`);
  if (files.signed?.length) {
    parts.push('', `Signed with Sigstore: ${files.signed.map((b) => `${literal(b.bundle)}${b.attestationId ? ` (GitHub attestation ${escapeMarkdown(b.attestationId)})` : ''}`).join(', ')}.`);
  }
  if (files.release) {
    const assets = files.release.assets.map((a) => `${literal(a.name)} (${a.status})`).join(', ');
    parts.push('', `GitHub release${files.release.created ? ' (created)' : ''}: ${escapeMarkdown(files.release.url, 300)}: ${assets}.`);
  }
  return parts.join('\n');
}
