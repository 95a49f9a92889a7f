import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Budget } from '../../src/quotes/types.js';
import { NEAREST_WORK, nearestTo } from '../../src/quotes/nearest-passage.js';
import { findQuote, findQuotes, indexSource, quoteParts, searchQuotes, type QuoteMatch, type SourceIndex } from '../../src/quotes/index.js';

// The plainest search: each part at each start from `from` on, token by token.
// Obviously right, and quadratic.
function referencePart(index: SourceIndex, part: string[], from: number): number {
  const ids = part.map((value) => index.vocabulary.get(value));
  for (let start = from; start + part.length <= index.values.length; start++) {
    if (ids.every((id, k) => index.values[start + k] === id)) return start;
  }
  return -1;
}

function referenceQuote(index: SourceIndex, quote: string, budget: Budget): QuoteMatch {
  const parts = quoteParts(quote);
  if (!parts.flat().some((value) => /[a-z]/.test(value))) return { found: false, wordless: true };
  let from = 0;
  let first = -1;
  let last = -1;
  for (const part of parts) {
    const at = referencePart(index, part, from);
    if (at === -1) return { found: false, ...nearestTo(index, parts.flat(), budget) };
    if (first === -1) first = at;
    last = at + part.length - 1;
    from = at + part.length;
  }
  return { found: true, start: index.starts[first]!, end: index.ends[last]! };
}

// The plain search of each quote in turn, sharing the nearest-passage budget as findQuotes does.
function referenceQuotes(index: SourceIndex, quotes: string[]): QuoteMatch[] {
  const budget = { left: NEAREST_WORK * quotes.reduce((sum, q) => sum + quoteParts(q).flat().length, index.values.length) };
  return quotes.map((q) => referenceQuote(index, q, budget));
}

// Few words, so that parts match often, overlap and repeat; with the marks
// that the normalising and the "..." splitting treat specially.
const word = fc.constantFrom('a', 'a', 'a', 'b', 'b', 'A', 'c', '“', '"', '—', '-', '[', ']');
const source = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));
const quote = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom('...', '…', '[...]') }), { maxLength: 12 });

describe('findQuotes', () => {
  it('gives what the plain search gives, for many quotes at once, in one pass or from rare words', () => {
    fc.assert(
      fc.property(source, fc.array(quote, { maxLength: 8 }), fc.nat({ max: 3 }), (text, quotes, work) => {
        const index = indexSource(text);
        const asText = quotes.map((words) => words.join(' '));
        const expected = referenceQuotes(index, asText);
        // 0: all in one pass; 1 to 3: some from rare words until the budget runs out.
        expect(searchQuotes(index, asText, work)).toEqual(expected);
        expect(findQuotes(index, asText)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what the plain search gives for pieces of the source, cut by omissions', () => {
    const piece = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.array(fc.nat({ max: 12 }), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.array(piece, { minLength: 1, maxLength: 6 }), (words, pieces) => {
        const index = indexSource(words.join(' '));
        const quotes = pieces.map(([at, length, gaps]) => {
          const taken: string[] = words.slice(at % words.length, (at % words.length) + length);
          for (const gap of gaps) taken.splice(Math.min(gap, taken.length), 0, '...');
          return taken.join(' ');
        });
        const expected = referenceQuotes(index, quotes);
        expect(searchQuotes(index, quotes, 0)).toEqual(expected);
        expect(findQuotes(index, quotes)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds quotes in repetitive text that took the old search many seconds', () => {
    // 400,000 tokens of "a … a c": every "a" starts a near miss of a quote
    // of 4,000 a's, which the old search checked token by token (~10^9 steps).
    const run = `${'a '.repeat(3999)}c `;
    const index = indexSource(run.repeat(100));
    const long = 'a '.repeat(4000);
    expect(findQuote(index, long)).toEqual({ found: false });
    expect(findQuote(index, `${'a '.repeat(3999)}c ... ${long}`)).toEqual({ found: false });
    // Many quotes sharing long prefixes: each found, or each a near miss all along.
    const prefixes = Array.from({ length: 50 }, (_, i) => `${'a '.repeat(3950 + i)}c`);
    expect(findQuotes(index, prefixes.map((prefix) => `${prefix} ... ${long}`))).toEqual(prefixes.map(() => ({ found: false })));
    // The first part ends at the first "c"; "c a" then spans the first two runs.
    expect(findQuotes(index, prefixes.map((prefix) => `${prefix} ... c a`))).toEqual(
      prefixes.map((_, i) => ({ found: true, start: 2 * (49 - i), end: 2 * 8000 + 1 })),
    );
    expect(findQuotes(index, [long, `${'a '.repeat(3999)}c`])).toEqual([{ found: false }, { found: true, start: 0, end: run.length - 1 }]);
  });

  it('suggests nearest passages within a budget linear in the source and the quotes', () => {
    // 20,000 tokens of ten words in turn; each quote is 200 of them in
    // order with one word changed, so each has a nearest passage, and each
    // costs 199 words × 2,000 occurrences = 398,000 votes.
    const words = Array.from({ length: 10 }, (_, i) => `w${i}`);
    const index = indexSource(Array.from({ length: 2000 }, () => words.join(' ')).join(' '));
    const quotes = Array.from({ length: 100 }, (_, j) => {
      const quote = Array.from({ length: 200 }, (_, k) => words[(j + k) % 10]!);
      quote[100] = 'changed';
      return quote.join(' ');
    });
    const near = (matches: QuoteMatch[]) => matches.map((match) => (match.found ? 'found' : match.nearest ? 'near' : 'none'));
    // Unbounded, every quote would get one (39,800,000 votes for the 100).
    expect(near(searchQuotes(index, quotes.slice(0, 3), 4, Infinity))).toEqual(['near', 'near', 'near']);
    // The budget, 16 × (20,000 + 20,000) = 640,000 votes, pays for the first quote only.
    expect(near(findQuotes(index, quotes))).toEqual(['near', ...quotes.slice(1).map(() => 'none')]);
    expect(findQuotes(index, quotes)[0]).toEqual(searchQuotes(index, quotes.slice(0, 1), 4, Infinity)[0]);
    // A quote that would overdraw the budget spends nothing of it; one that fits spends its votes.
    const budget = { left: 397_999 };
    expect(nearestTo(index, quoteParts(quotes[0]!).flat(), budget)).toEqual({});
    expect(budget.left).toBe(397_999);
    budget.left = 398_000;
    expect(nearestTo(index, quoteParts(quotes[0]!).flat(), budget).nearest).toBeDefined();
    expect(budget.left).toBe(0);
  });

  it('suggests only the part of the nearest stretch that the source has, when it starts before the source', () => {
    const index = indexSource('a b c d e f');
    expect(findQuote(index, 'x a b c')).toEqual({ found: false, nearest: { start: 0, end: 5, text: 'a b c' } });
    expect(findQuote(index, 'x y a b c')).toEqual({ found: false, nearest: { start: 0, end: 5, text: 'a b c' } });
    expect(findQuote(index, 'e f g')).toEqual({ found: false, nearest: { start: 8, end: 11, text: 'e f' } });
  });

  it('does not look for a quote with no words, and says so', () => {
    const index = indexSource('He said, "no." Then: ... nothing [...] more.');
    for (const quote of [',', '"', "'\"'", '.', '...', '…', '[...]', '" ... "', '', '   ']) {
      expect(findQuote(index, quote), quote).toEqual({ found: false, wordless: true });
    }
    expect(findQuote(index, '"no."')).toEqual({ found: true, start: 9, end: 14 });
    expect(findQuote(index, '...no')).toEqual({ found: true, start: 10, end: 12 });
  });
});
