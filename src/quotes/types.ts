/**
 * The data the quote search passes between its parts: the indexed source,
 * a match, and the work budget. Here, not in search.ts, so that the parts
 * (anchored-search.ts, nearest-passage.ts, parts-matcher.ts) import types
 * only, and nothing imports in a circle.
 */

export interface SourceIndex {
  text: string;
  /** Each distinct token value, numbered in order of first appearance. */
  vocabulary: Map<string, number>;
  /** Per token, in order: its value's number, and its span in the text. */
  values: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Where each value occurs: token indexes occurrences[offsets[v] .. offsets[v + 1]). */
  offsets: Int32Array;
  occurrences: Int32Array;
}

export type QuoteMatch =
  | { found: true; start: number; end: number }
  | {
      found: false;
      nearest?: { start: number; end: number; text: string };
      /** The quote has no word (only marks, or only an omission): it locates nothing, so it is not looked for. */
      wordless?: true;
    };

/** Where a pattern matched: the token indexes of its first and last tokens. */
export interface PartsMatch {
  first: number;
  last: number;
}

/** Work left (token comparisons here, votes in nearest-passage.ts), shared by the quotes of one search. */
export interface Budget {
  left: number;
}
