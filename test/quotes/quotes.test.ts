import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuote, indexSource, tokenize } from '../../src/quotes/index.js';

const article = new URL('../../../shared/sources/unilateral-concessions.txt', import.meta.url);
const letter = indexSource(readFileSync(new URL('../../maps/example.txt', import.meta.url), 'utf8'));

const found = (index: ReturnType<typeof indexSource>, quote: string) => findQuote(index, quote).found;

describe('findQuote', () => {
  it('finds a verbatim quote and gives its span in the source', () => {
    const match = findQuote(letter, 'separation is what keeps cars and bikes apart');
    expect(match.found).toBe(true);
    if (match.found) expect(letter.text.slice(match.start, match.end)).toBe('separation is what keeps cars and bikes apart');
  });

  it('ignores case, spacing, line breaks, and the style of quotes and dashes', () => {
    const index = indexSource('He said ‘‘rookie mistake” — twice,\nand “it’s over”.');
    expect(found(index, '"rookie mistake" - twice, and "it\'s over"')).toBe(true);
    expect(found(index, "HE SAID 'ROOKIE   MISTAKE'")).toBe(true);
  });

  it('treats ... and … in a quote as an omission, with the parts in order', () => {
    expect(found(letter, 'Elm Street is the most dangerous road ... fourteen crashes')).toBe(true);
    expect(found(letter, 'Elm Street is the most dangerous road … fourteen crashes')).toBe(true);
    expect(found(letter, 'Elm Street is the most dangerous road [...] fourteen crashes')).toBe(true);
    expect(found(letter, 'fourteen crashes ... Elm Street is the most dangerous road')).toBe(false);
  });

  it('does not match words that are not there, or parts of words', () => {
    expect(found(letter, 'separation is what keeps cars and trucks apart')).toBe(false);
    expect(found(letter, 'eparation is what')).toBe(false);
    expect(found(letter, '')).toBe(false);
  });

  it('offers the nearest passage for a near miss, and nothing for an unrelated quote', () => {
    const miss = findQuote(letter, 'the county counted fourteen crashes involving bicycles there last year');
    expect(miss).toEqual({
      found: false,
      nearest: expect.objectContaining({ text: 'the county recorded fourteen crashes involving bicycles there last year' }),
    });
    expect(findQuote(letter, 'completely unrelated words about penguins')).toEqual({ found: false });
  });

  it.skipIf(!existsSync(article))('handles the article: doubled quote marks, em dashes, curly apostrophes', () => {
    const index = indexSource(readFileSync(article, 'utf8'));
    expect(found(index, "Senator Roger Wicker labeling it as a 'rookie mistake'")).toBe(true);
    expect(found(index, 'going in too much of a confrontational mode with the West - constantly threatening escalation')).toBe(true);
    expect(found(index, "Trump's unprompted deference strengthens Putin's hand domestically")).toBe(true);
  });
});

describe('tokenize', () => {
  it('cuts ASCII text as the Unicode expression does', () => {
    // A non-ASCII word at the end sends the whole text down the Unicode path.
    const unicodeTokens = (text: string) => tokenize(`${text} é`).slice(0, -1);
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(unicodeTokens(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['He said "rookie" -- twice...', "it''s ``x''", 'A\u000bB\u007fC', '']) expect(tokenize(text)).toEqual(unicodeTokens(text));
  });
});
