/**
 * "Did you mean" by edit distance. Bounded on both sides so that a map with
 * many unknown references against many ids stays fast: the distance gives up
 * past `limit`, and candidates whose length differs by more than `limit` are
 * skipped without computing anything.
 */

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < rowMinimum) rowMinimum = current[j]!;
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The closest candidate within a distance that scales with the word's length, if any. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/** The hint `Did you mean "x"?` for the closest candidate, or undefined when none is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(word, candidates);
  return match === undefined ? undefined : didYouMeanHint(match);
}

/** The hint that proposes `match`. */
export const didYouMeanHint = (match: string): string => `Did you mean "${match}"?`;

/**
 * `didYouMean` for a run that may need it many times. Each call scans all the
 * candidates; past `limit` calls a huge broken map would spend its time on
 * hints nobody reads, so the rest get none.
 */
export function limitedDidYouMean(limit = 200): (word: string, candidates: Iterable<string>) => string | undefined {
  let left = limit;
  return (word, candidates) => (left-- > 0 ? didYouMean(word, candidates) : undefined);
}
