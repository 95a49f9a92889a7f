import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../src/interchange/fold.js';

describe('foldWhitespace', () => {
  const spaces = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', ' \n ');
  const text = fc.array(fc.oneof(spaces, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

  it('each run of white space becomes one space, the ends trimmed', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(foldWhitespace(input)).toBe(input.split(/\s+/).filter((word) => word !== '').join(' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('examples', () => {
    expect(foldWhitespace(' a \t b\n\nc\u00a0 ')).toBe('a b c');
    expect(foldWhitespace('one two')).toBe('one two');
  });
});
