/**
 * Finding a map's quotes in the source text. Both sides are cut into tokens
 * (runs of letters and digits, and single punctuation marks) and normalised:
 * case, Unicode compatibility forms, typographic quotes (‘ ’ “ ” « » and runs
 * of them, so ‘‘x” matches "x"), dashes (– — ‑ −) and whitespace. A quote
 * matches when its tokens appear in a row in the source; "..." or "…" in a
 * quote stands for an omitted stretch, and the parts must appear in order.
 *
 * The source is indexed once. Each quote is checked from its rarest token, so
 * checking many quotes against a long source stays near-linear. The index
 * keeps token values as small integers in flat arrays: a long source makes
 * millions of tokens, and flat arrays keep them out of the garbage collector's way.
 */

interface Token {
  value: string;
  start: number;
  end: number;
}

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
  | { found: false; nearest?: { start: number; end: number; text: string } };

// Words (group 1) and single marks; whitespace matches neither, so it is skipped.
// One shared expression: scanning runs synchronously and resets lastIndex first.
const TOKEN = /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const QUOTE_MARKS = /^['"`´‘’‚‛“”„‟′″‹›«»＂＇]$/u;
const DASHES = /^[-‐‑‒–—―−﹘﹣－]$/u;
const GAP = '...';
// Tokens this common say little about where a near miss lies.
const MAX_VOTING_OCCURRENCES = 2000;

type Emit = (value: string, start: number, end: number) => void;

/**
 * Cuts text into normalised tokens and hands each to `emit` in order. A token
 * is held back until the next one is seen, as a run of quote marks extends it.
 */
function scan(text: string, emit: Emit): void {
  if (NON_ASCII.test(text)) scanUnicode(text, emit);
  else scanAscii(text, emit);
}

function scanUnicode(text: string, emit: Emit): void {
  let held: string | undefined;
  let heldStart = 0;
  let heldEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    // NFKC leaves ASCII as it is; skipping it there halves the cost on English text.
    let value = NON_ASCII.test(raw) ? raw.normalize('NFKC').toLowerCase() : raw.toLowerCase();
    if (match[1] === undefined) {
      if (QUOTE_MARKS.test(raw)) value = "'";
      else if (DASHES.test(raw)) value = '-';
    }
    // A run of quote marks (‘‘ or '') counts as one.
    if (value === "'" && held === "'" && heldEnd === start) {
      heldEnd = end;
      continue;
    }
    if (held !== undefined) emit(held, heldStart, heldEnd);
    // NFKC turns … into "...", which is three tokens, like the typed form.
    if (value === GAP) {
      emit('.', start, end);
      emit('.', start, end);
      value = '.';
    }
    held = value;
    heldStart = start;
    heldEnd = end;
  }
  if (held !== undefined) emit(held, heldStart, heldEnd);
}

const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
// \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
const isSpaceCode = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * The same tokens for ASCII text, without the Unicode expression: most
 * sources and quotes are ASCII, and this is several times faster. In ASCII a
 * word is [A-Za-z0-9]+, NFKC changes nothing, the quote marks are ' " and `,
 * the dash is -, and "..." is three tokens anyway.
 */
function scanAscii(text: string, emit: Emit): void {
  let held: string | undefined;
  let heldStart = 0;
  let heldEnd = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let value: string;
    if (isWordCode(code)) {
      while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
      value = text.slice(start, i).toLowerCase();
    } else {
      i++;
      value = code === 34 || code === 39 || code === 96 ? "'" : text[start]!;
    }
    if (value === "'" && held === "'" && heldEnd === start) {
      heldEnd = i;
      continue;
    }
    if (held !== undefined) emit(held, heldStart, heldEnd);
    held = value;
    heldStart = start;
    heldEnd = i;
  }
  if (held !== undefined) emit(held, heldStart, heldEnd);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, (value, start, end) => tokens.push({ value, start, end }));
  return tokens;
}

/** Numbers in an Int32Array that grows as they come: half the memory of an array of numbers, and no copy at the end. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export function indexSource(text: string): SourceIndex {
  const vocabulary = new Map<string, number>();
  const values = new IntList();
  const starts = new IntList();
  const ends = new IntList();
  const counts = new IntList();
  scan(text, (value, start, end) => {
    let id = vocabulary.get(value);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(value, id);
      counts.push(0);
    }
    values.push(id);
    starts.push(start);
    ends.push(end);
  });
  const valueOf = values.view();
  const perValue = counts.view();
  for (let i = 0; i < valueOf.length; i++) perValue[valueOf[i]!]!++;
  const offsets = new Int32Array(vocabulary.size + 1);
  for (let v = 0; v < perValue.length; v++) offsets[v + 1] = offsets[v]! + perValue[v]!;
  const fill = offsets.slice(0, vocabulary.size);
  const occurrences = new Int32Array(valueOf.length);
  for (let i = 0; i < valueOf.length; i++) occurrences[fill[valueOf[i]!]!++] = i;
  return { text, vocabulary, values: valueOf, starts: starts.view(), ends: ends.view(), offsets, occurrences };
}

/** Splits a quote's tokens at each "..." into the parts that must appear in order. */
function quoteParts(quote: string): string[][] {
  const parts: string[][] = [[]];
  const values: string[] = [];
  scan(quote, (value) => values.push(value));
  for (let i = 0; i < values.length; i++) {
    if (values[i] === '.' && values[i + 1] === '.' && values[i + 2] === '.') {
      i += 2;
      // "[...]" is an editorial omission too: drop the brackets around it.
      const current = parts[parts.length - 1]!;
      if (current[current.length - 1] === '[') current.pop();
      if (values[i + 1] === ']') i++;
      parts.push([]);
      continue;
    }
    parts[parts.length - 1]!.push(values[i]!);
  }
  return parts.filter((part) => part.length > 0);
}

/** The token indexes where a value occurs: occurrences[from .. to), or undefined if it never does. */
function occurrencesOf(index: SourceIndex, value: string): { id: number; from: number; to: number } | undefined {
  const id = index.vocabulary.get(value);
  return id === undefined ? undefined : { id, from: index.offsets[id]!, to: index.offsets[id + 1]! };
}

/** Index of the first occurrence of `part` in the source at or after token `from`, or -1. */
function findPart(index: SourceIndex, part: string[], from: number): number {
  const ids = new Int32Array(part.length);
  // The rarest token anchors the search.
  let anchor = 0;
  let fewest = Infinity;
  for (let k = 0; k < part.length; k++) {
    const id = index.vocabulary.get(part[k]!);
    if (id === undefined) return -1;
    ids[k] = id;
    const count = index.offsets[id + 1]! - index.offsets[id]!;
    if (count < fewest) {
      anchor = k;
      fewest = count;
    }
  }
  const anchorId = ids[anchor]!;
  for (let o = index.offsets[anchorId]!; o < index.offsets[anchorId + 1]!; o++) {
    const start = index.occurrences[o]! - anchor;
    if (start < from || start + part.length > index.values.length) continue;
    let k = 0;
    while (k < part.length && index.values[start + k] === ids[k]) k++;
    if (k === part.length) return start;
  }
  return -1;
}

export function findQuote(index: SourceIndex, quote: string): QuoteMatch {
  const parts = quoteParts(quote);
  if (parts.length === 0) return { found: false };
  let from = 0;
  let first = -1;
  let last = -1;
  for (const part of parts) {
    const at = findPart(index, part, from);
    if (at === -1) return { found: false, ...nearestTo(index, parts.flat()) };
    if (first === -1) first = at;
    last = at + part.length - 1;
    from = at + part.length;
  }
  return { found: true, start: index.starts[first]!, end: index.ends[last]! };
}

/**
 * The stretch of source most like the quote: each quote token votes for the
 * start it would imply at each of its occurrences, and the best-voted start wins.
 */
function nearestTo(index: SourceIndex, words: string[]): { nearest?: { start: number; end: number; text: string } } {
  const votes = new Map<number, number>();
  words.forEach((word, k) => {
    const range = occurrencesOf(index, word);
    if (!range || range.to - range.from > MAX_VOTING_OCCURRENCES) return;
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
  const first = Math.max(0, best);
  const last = Math.min(index.values.length - 1, first + words.length - 1);
  const start = index.starts[first]!;
  const end = index.ends[last]!;
  return { nearest: { start, end, text: index.text.slice(start, end) } };
}
