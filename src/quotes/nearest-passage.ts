import type { Budget, SourceIndex } from './types.js';

/**
 * The nearest passage for a quote that is not in the source: where a reader
 * should look for what the quote perhaps meant to say (quote-not-found shows it).
 */

// Tokens this common say little about where a near miss lies.
const MAX_VOTING_OCCURRENCES = 2000;
// Votes the nearest-passage search may cast in all, per token of source and quotes.
export const NEAREST_WORK = 16;

/** The token indexes where a value occurs: occurrences[from .. to), or undefined if it never does. */
function occurrencesOf(index: SourceIndex, value: string): { from: number; to: number } | undefined {
  const id = index.vocabulary.get(value);
  return id === undefined ? undefined : { from: index.offsets[id]!, to: index.offsets[id + 1]! };
}

/**
 * The stretch of source most like the quote: each quote token votes for the
 * start it would imply at each of its occurrences, and the best-voted start
 * wins. The votes are counted first: a quote that would overdraw the budget
 * gets no suggestion, so that many long quotes of common words on a
 * repetitive source cost time linear in the source and the quotes.
 */
export function nearestTo(
  index: SourceIndex,
  words: string[],
  budget: Budget = { left: Infinity },
): { nearest?: { start: number; end: number; text: string } } {
  const ranges = words.map((word) => {
    const range = occurrencesOf(index, word);
    return range && range.to - range.from <= MAX_VOTING_OCCURRENCES ? range : undefined;
  });
  const cost = ranges.reduce((sum, range) => sum + (range ? range.to - range.from : 0), 0);
  if (cost > budget.left) return {};
  budget.left -= cost;
  const votes = new Map<number, number>();
  ranges.forEach((range, k) => {
    if (!range) return;
    for (let o = range.from; o < range.to; o++) {
      const start = index.occurrences[o]! - k;
      votes.set(start, (votes.get(start) ?? 0) + 1);
    }
  });
  let best = -1;
  let bestVotes = 0;
  for (const [start, count] of votes) {
    if (count > bestVotes || (count === bestVotes && start < best)) {
      best = start;
      bestVotes = count;
    }
  }
  // Fewer than a third of the words in place is not "near".
  if (bestVotes < Math.max(2, Math.ceil(words.length / 3))) return {};
  // The best start may lie before the source's first token: the passage is
  // the part of the quote's stretch that the source has.
  const first = Math.max(0, best);
  const last = Math.min(index.values.length - 1, best + words.length - 1);
  const start = index.starts[first]!;
  const end = index.ends[last]!;
  return { nearest: { start, end, text: index.text.slice(start, end) } };
}
