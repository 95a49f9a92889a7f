import { matchAnchored } from './anchored-search.js';
import { IntList } from './int-list.js';
import { NEAREST_WORK, nearestTo } from './nearest-passage.js';
import { matchParts } from './parts-matcher.js';
import type { PartsMatch, QuoteMatch, SourceIndex } from './types.js';

/**
 * Finding a map's quotes in the source text. Both sides are cut into tokens
 * (runs of letters and digits, and single punctuation marks) and normalised:
 * case, Unicode compatibility forms, typographic quotes (‘ ’ “ ” « » and runs
 * of them, so ‘‘x” matches "x"), dashes (– — ‑ −) and whitespace. A quote
 * matches when its tokens appear in a row in the source; "..." or "…" in a
 * quote stands for an omitted stretch, and the parts must appear in order.
 *
 * The source is indexed once; searchQuotes says how quotes are matched, in
 * time linear in the source and the quotes up to a log factor. The index
 * keeps token values as small integers in flat arrays: a long source makes
 * millions of tokens, and flat arrays keep them out of the garbage collector's way.
 */

interface Token {
  value: string;
  start: number;
  end: number;
}

// Words (group 1) and single marks; whitespace matches neither, so it is skipped.
// One shared expression: scanning runs synchronously and resets lastIndex first.
const TOKEN = /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const QUOTE_MARKS = /^['"`´‘’‚‛“”„‟′″‹›«»＂＇]$/u;
const DASHES = /^[-‐‑‒–—―−﹘﹣－]$/u;
const GAP = '...';
const WORD = /[\p{L}\p{N}\p{M}]/u;

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
export function quoteParts(quote: string): string[][] {
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

// Token comparisons the anchored search may make, per token of source and quotes.
const ANCHORED_WORK = 4;

/** Finds each quote in the source; the answers are in the quotes' order. */
export function findQuotes(index: SourceIndex, quotes: readonly string[]): QuoteMatch[] {
  return searchQuotes(index, quotes, ANCHORED_WORK);
}

/**
 * Each quote is first looked for from its rarest word, within a budget of
 * work linear in the source and the quotes; the quotes left when the budget
 * runs out (only on repetitive text) are matched in one pass over the source
 * (parts-matcher.ts). Both give the same answers, the leftmost match; in all,
 * the time is linear in the source and the quotes, up to a log factor.
 * `workPerToken` sets the budget (tests use 0 to send every quote to the one-pass matcher).
 */
export function searchQuotes(index: SourceIndex, quotes: readonly string[], workPerToken: number, nearestWork = NEAREST_WORK): QuoteMatch[] {
  // Quote characters bound quote tokens, and are known before any quote is cut up.
  const budget = { left: workPerToken * quotes.reduce((sum, quote) => sum + quote.length, index.values.length) };
  const allParts = quotes.map(quoteParts);
  const wordless = allParts.map((parts) => !parts.some((part) => part.some((value) => WORD.test(value))));
  const matches: (PartsMatch | null | undefined)[] = [];
  const later = new Map<number, number[][]>();
  allParts.forEach((parts, i) => {
    const ids = wordless[i] ? undefined : partIds(index, parts);
    matches[i] = ids === undefined ? null : matchAnchored(index, ids, budget);
    if (matches[i] === undefined) later.set(i, ids!);
  });
  if (later.size > 0) {
    const late = matchParts(index.values, [...later.values()]);
    [...later.keys()].forEach((i, k) => (matches[i] = late[k] ?? null));
  }
  const nearestBudget = { left: nearestWork * allParts.reduce((sum, parts) => sum + parts.flat().length, index.values.length) };
  return allParts.map((parts, i): QuoteMatch => {
    const match = matches[i];
    if (match) return { found: true, start: index.starts[match.first]!, end: index.ends[match.last]! };
    if (wordless[i]) return { found: false, wordless: true };
    return { found: false, ...nearestTo(index, parts.flat(), nearestBudget) };
  });
}

/** A quote's parts as token ids; undefined when it has a word the source lacks (so cannot match). */
function partIds(index: SourceIndex, parts: string[][]): number[][] | undefined {
  const ids: number[][] = [];
  for (const part of parts) {
    const partIds: number[] = [];
    for (const value of part) {
      const id = index.vocabulary.get(value);
      if (id === undefined) return undefined;
      partIds.push(id);
    }
    ids.push(partIds);
  }
  return ids;
}

export function findQuote(index: SourceIndex, quote: string): QuoteMatch {
  return findQuotes(index, [quote])[0]!;
}
