/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to a misspelt name, when it is close enough to be a likely typo (or the
 * name is a case/separator variant of it, as "F1-Macro" for "f1_macro").
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[-\s.]/g, '_');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (normal(candidate) === normal(name)) return candidate;
    const distance = editDistance(normal(name), normal(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  if (bestDistance <= tolerance) return best;
  // A longer or shorter spelling of the same word: "minimum" for "min", "precision_w" for "precision_weighted".
  const n = normal(name);
  const related = candidates.filter((c) => Math.min(n.length, c.length) >= 3 && (n.startsWith(normal(c)) || normal(c).startsWith(n)));
  related.sort((a, b) => editDistance(n, normal(a)) - editDistance(n, normal(b)));
  return related[0];
}

/** " Did you mean "x"?" or nothing. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const closest = closestName(name, candidates);
  return closest ? ` Did you mean "${closest}"?` : '';
}
