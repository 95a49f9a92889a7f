import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/render/graphviz/wrap.js';

describe('wrapText', () => {
  it('fills lines greedily up to the width', () => {
    expect(wrapText('The council should build a protected bike lane on Elm Street this year.', 20)).toEqual([
      'The council should',
      'build a protected',
      'bike lane on Elm',
      'Street this year.',
    ]);
  });

  it('treats runs of whitespace and line breaks as one space', () => {
    expect(wrapText('  one\n\ntwo \t three  ', 40)).toEqual(['one two three']);
  });

  it('breaks a word longer than a line, counting code points, not UTF-16 units', () => {
    expect(wrapText('ab 0123456789 cd', 4)).toEqual(['ab', '0123', '4567', '89', 'cd']);
    expect(wrapText('😀😀😀😀😀', 2)).toEqual(['😀😀', '😀😀', '😀']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual(['']);
    expect(wrapText('   ', 10)).toEqual(['']);
  });

  it('keeps every character and every line within the width, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (text, width) => {
        const lines = wrapText(text, width);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('wraps a 2 MB word and a 2 MB sentence', () => {
    expect(wrapText('x'.repeat(2_000_000), 40)).toHaveLength(50_000);
    expect(wrapText('word '.repeat(400_000), 40)).toHaveLength(50_000);
  });
});
