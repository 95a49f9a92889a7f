import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuote, findQuotes, indexSource, nearestTo, quoteParts, searchQuotes, type QuoteMatch, type SourceIndex } from '../../src/check/quotes.js';

// The plainest search: each part at each start from `from` on, token by token.
// Obviously right, and quadratic.
function referencePart(index: SourceIndex, part: string[], from: number): number {
  const ids = part.map((value) => index.vocabulary.get(value));
  for (let start = from; start + part.length <= index.values.length; start++) {
    if (ids.every((id, k) => index.values[start + k] === id)) return start;
  }
  return -1;
}

function referenceQuote(index: SourceIndex, quote: string): QuoteMatch {
  const parts = quoteParts(quote);
  if (parts.length === 0) return { found: false };
  let from = 0;
  let first = -1;
  let last = -1;
  for (const part of parts) {
    const at = referencePart(index, part, from);
    if (at === -1) return { found: false, ...nearestTo(index, parts.flat()) };
    if (first === -1) first = at;
    last = at + part.length - 1;
    from = at + part.length;
  }
  return { found: true, start: index.starts[first]!, end: index.ends[last]! };
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
        const expected = asText.map((q) => referenceQuote(index, q));
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
        const expected = quotes.map((q) => referenceQuote(index, q));
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
});
