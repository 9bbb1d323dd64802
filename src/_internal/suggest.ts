/**
 * "Did you mean" hints for names and ids that do not resolve: the nearest known one by edit distance.
 * Shared by the messages of quantify (unknown names in formulas), frame (unknown references) and BVF
 * (dangling links); never exported from an entry.
 */

/**
 * The farthest a suggestion may be from the name written (insertions, deletions and substitutions): 2,
 * less for short names, where two edits turn any id into any other ("E9" is not a slip of "E1").
 */
const maxDistance = (name: string): number => Math.min(2, Math.floor(name.length / 3));

/**
 * The candidate nearest to `name`, ignoring case, when it is within {@link maxDistance} edits (the
 * first such candidate on a tie); otherwise undefined.
 */
function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance(name) + 1;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `did you mean "x"?` for the nearest candidate (see {@link closest}), or undefined when none is near. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const hint = closest(name, candidates);
  return hint === undefined ? undefined : `did you mean "${hint}"?`;
}

/** ` (did you mean "x"?)` to end a message with, or "" when no candidate is near. */
export function didYouMeanSuffix(name: string, candidates: Iterable<string>): string {
  const hint = didYouMean(name, candidates);
  return hint === undefined ? "" : ` (${hint})`;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}
