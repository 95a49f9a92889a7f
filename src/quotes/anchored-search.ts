import type { Budget, PartsMatch, SourceIndex } from './types.js';


/**
 * Matches a quote's parts (token ids) from each part's rarest token: on real
 * text the first place that token occurs is nearly always the quote, so this
 * is quick. On repetitive text it can check the same tokens over and over, so
 * it spends from a budget and gives up (undefined) when that runs out; the
 * one-pass matcher finishes the job. null: the quote is not in the source.
 */
export function matchAnchored(index: SourceIndex, parts: readonly (readonly number[])[], budget: Budget): PartsMatch | null | undefined {
  let from = 0;
  let first = -1;
  for (const part of parts) {
    const at = findPart(index, part, from, budget);
    if (at === undefined || at === -1) return at === -1 ? null : undefined;
    if (first === -1) first = at;
    from = at + part.length;
  }
  return { first, last: from - 1 };
}

/** Index of the first occurrence of `part` at or after token `from`; -1 if none; undefined when over budget. */
function findPart(index: SourceIndex, part: readonly number[], from: number, budget: Budget): number | undefined {
  if (budget.left < 0) return undefined;
  const { values, offsets, occurrences } = index;
  let anchor = 0;
  let fewest = Infinity;
  for (let k = 0; k < part.length; k++) {
    const count = offsets[part[k]! + 1]! - offsets[part[k]!]!;
    if (count < fewest) {
      anchor = k;
      fewest = count;
    }
  }
  budget.left -= part.length;
  const anchorId = part[anchor]!;
  // Occurrences are in text order: skip to the first that can start at `from`.
  let low = offsets[anchorId]!;
  let high = offsets[anchorId + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (occurrences[middle]! - anchor < from) low = middle + 1;
    else high = middle;
  }
  for (let o = low; o < offsets[anchorId + 1]!; o++) {
    const start = occurrences[o]! - anchor;
    if (start + part.length > values.length) return -1;
    let k = 0;
    while (k < part.length && values[start + k] === part[k]) k++;
    if (k === part.length) return start;
    budget.left -= k + 1;
    if (budget.left < 0) return undefined;
  }
  return -1;
}
