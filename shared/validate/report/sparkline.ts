const LEVELS = '▁▂▃▄▅▆▇█';
const EMPTY = '·';

/** A histogram as a one-line picture: ▁ to █ by count relative to the fullest bin, · for an empty bin. */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  if (max === 0) return '';
  return counts.map((c) => (c === 0 ? EMPTY : LEVELS[Math.min(LEVELS.length - 1, Math.floor((c / max) * LEVELS.length))]!)).join('');
}

/** A share as a bar of ten eighths-blocks, for category shares: 0.62 → ██████▎ */
export function shareBar(fraction: number, width = 10): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8]!;
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}
