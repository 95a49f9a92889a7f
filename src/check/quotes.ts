/**
 * Finding a map's quotes in the source text. Both sides are cut into tokens
 * (runs of letters and digits, and single punctuation marks) and normalised:
 * case, Unicode compatibility forms, typographic quotes (‘ ’ “ ” « » and runs
 * of them, so ‘‘x” matches "x"), dashes (– — ‑ −) and whitespace. A quote
 * matches when its tokens appear in a row in the source; "..." or "…" in a
 * quote stands for an omitted stretch, and the parts must appear in order.
 *
 * The source is indexed once. Each quote is checked from its rarest token, so
 * checking many quotes against a long source stays near-linear.
 */

interface Token {
  value: string;
  start: number;
  end: number;
}

export interface SourceIndex {
  text: string;
  tokens: Token[];
  positions: Map<string, number[]>;
}

export type QuoteMatch =
  | { found: true; start: number; end: number }
  | { found: false; nearest?: { start: number; end: number; text: string } };

// Words (group 1) and single marks; whitespace matches neither, so it is skipped.
// One shared expression: tokenize runs synchronously and resets lastIndex first.
const TOKEN = /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const QUOTE_MARKS = /^['"`´‘’‚‛“”„‟′″‹›«»＂＇]$/u;
const DASHES = /^[-‐‑‒–—―−﹘﹣－]$/u;
const GAP = '...';
// Tokens this common say little about where a near miss lies.
const MAX_VOTING_OCCURRENCES = 2000;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    // NFKC leaves ASCII as it is; skipping it there halves the cost on English text.
    let value = NON_ASCII.test(raw) ? raw.normalize('NFKC').toLowerCase() : raw.toLowerCase();
    if (match[1] === undefined) {
      if (QUOTE_MARKS.test(raw)) value = "'";
      else if (DASHES.test(raw)) value = '-';
    }
    const previous = tokens[tokens.length - 1];
    // A run of quote marks (‘‘ or '') counts as one.
    if (value === "'" && previous?.value === "'" && previous.end === start) {
      previous.end = start + raw.length;
      continue;
    }
    // NFKC turns … into "...", which is three tokens, like the typed form.
    if (value === GAP) {
      for (let i = 0; i < 3; i++) tokens.push({ value: '.', start, end: start + raw.length });
      continue;
    }
    tokens.push({ value, start, end: start + raw.length });
  }
  return tokens;
}

export function indexSource(text: string): SourceIndex {
  const tokens = tokenize(text);
  const positions = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const value = tokens[i]!.value;
    const list = positions.get(value);
    if (list) list.push(i);
    else positions.set(value, [i]);
  }
  return { text, tokens, positions };
}

/** Splits a quote's tokens at each "..." into the parts that must appear in order. */
function quoteParts(quote: string): string[][] {
  const parts: string[][] = [[]];
  const values = tokenize(quote).map((token) => token.value);
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

/** Index of the first occurrence of `part` in the source at or after token `from`, or -1. */
function findPart(index: SourceIndex, part: string[], from: number): number {
  let anchor = 0;
  let anchorPositions: number[] | undefined;
  for (let k = 0; k < part.length; k++) {
    const positions = index.positions.get(part[k]!);
    if (!positions) return -1;
    if (!anchorPositions || positions.length < anchorPositions.length) {
      anchor = k;
      anchorPositions = positions;
    }
  }
  for (const position of anchorPositions!) {
    const start = position - anchor;
    if (start < from || start + part.length > index.tokens.length) continue;
    let k = 0;
    while (k < part.length && index.tokens[start + k]!.value === part[k]) k++;
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
  return { found: true, start: index.tokens[first]!.start, end: index.tokens[last]!.end };
}

/**
 * The stretch of source most like the quote: each quote token votes for the
 * start it would imply at each of its occurrences, and the best-voted start wins.
 */
function nearestTo(index: SourceIndex, words: string[]): { nearest?: { start: number; end: number; text: string } } {
  const votes = new Map<number, number>();
  words.forEach((word, k) => {
    const positions = index.positions.get(word);
    if (!positions || positions.length > MAX_VOTING_OCCURRENCES) return;
    for (const position of positions) votes.set(position - k, (votes.get(position - k) ?? 0) + 1);
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
  const firstToken = index.tokens[Math.max(0, best)]!;
  const lastToken = index.tokens[Math.min(index.tokens.length - 1, Math.max(0, best) + words.length - 1)]!;
  return { nearest: { start: firstToken.start, end: lastToken.end, text: index.text.slice(firstToken.start, lastToken.end) } };
}
