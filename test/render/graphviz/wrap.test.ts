import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/render/graphviz/wrap.js';
import { escapeInline } from '../../../src/text/escape.js';

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

describe('wrapText, counting code points without splitting words into arrays', () => {
  // The plain version: every word spread into code points.
  function reference(text: string, width: number): string[] {
    const limit = Math.max(1, Math.floor(width));
    const lines: string[] = [];
    let line = '';
    let lineLength = 0;
    for (const word of text.split(/\s+/)) {
      if (word === '') continue;
      const chars = [...word];
      if (lineLength > 0 && lineLength + 1 + chars.length <= limit) {
        line += ` ${word}`;
        lineLength += 1 + chars.length;
        continue;
      }
      if (lineLength > 0) lines.push(line);
      let start = 0;
      for (; chars.length - start > limit; start += limit) lines.push(chars.slice(start, start + limit).join(''));
      line = chars.slice(start).join('');
      lineLength = chars.length - start;
    }
    if (lineLength > 0 || lines.length === 0) lines.push(line);
    return lines;
  }

  it('wraps any text as the plain version does, lone surrogates included', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\n', '😀', '\ud800', '\udc00', 'é', 'e\u0301', '中'), fc.string({ unit: 'grapheme-ascii', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (parts, width) => {
        const text = parts.join('');
        expect(wrapText(text, width)).toEqual(reference(text, width));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wrapText on escaped text', () => {
  it('makes lines that escapeInline leaves as they are, so labels escape text once', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\n', '\t', '\x1b', '\u202e', '\u00a0', '😀', '\ud800', 'é', '\\'), fc.string({ unit: 'grapheme-ascii', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (parts, width) => {
        for (const line of wrapText(escapeInline(parts.join('')), width)) expect(escapeInline(line)).toBe(line);
      }),
      { numRuns: 3000 },
    );
  });
});
