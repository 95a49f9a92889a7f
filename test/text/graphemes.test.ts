import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeChunks, graphemes } from '../../src/text/graphemes.js';
import { loadDisplayWidth } from '../../src/text/width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmentAll = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

// Graphemes that span several code points, or whose bounds depend on their neighbours.
const TRICKY = ['e\u0301', '👨‍👩‍👧', '🇫🇷', '🇩🇪', '\u{1F1E6}', '👍🏽', '\r\n', '\u1100\u1161\u11a8', 'ก่', '漢', 'x', ' ', '\u200d', '\ufe0f', '\u0301', '\ud800'];

describe('graphemes of long text', () => {
  it('are those of one walk over the whole text, and the chunks are whole graphemes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { minLength: 0, maxLength: 1500 }), (parts) => {
        const text = parts.join('');
        expect(graphemes(text)).toEqual(segmentAll(text));
        const chunks = graphemeChunks(text);
        expect(chunks.join('')).toBe(text);
        expect(chunks.flatMap(segmentAll)).toEqual(segmentAll(text));
      }),
      { numRuns: 60 },
    );
  });

  it('cuts a single grapheme longer than a chunk, but not inside a surrogate pair', () => {
    const text = `e${'\u0301'.repeat(600)}😀${'\u0301'.repeat(600)}`;
    const chunks = graphemeChunks(text);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('measure the same display width as string-width does in one go', async () => {
    const { default: stringWidth } = await import('string-width');
    const width = await loadDisplayWidth();
    const text = TRICKY.join('').repeat(200);
    expect(width(text)).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
  });
});
