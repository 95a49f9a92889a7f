import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapAscii } from '../../src/render/tree/wrap-ascii.js';
import { truncate, withAsciiFastPath, wrapPieces, wrapWords, type Paint } from '../../src/render/tree/wrap.js';
import { approximateWidth, loadDisplayWidth } from '../../src/text/width.js';

const measure = withAsciiFastPath(approximateWidth);
const shout = (text: string) => `[${text}]`;

describe('wrapPieces', () => {
  it('fills lines word by word and keeps the gap between pieces', () => {
    const lines = wrapPieces([{ text: 'id' }, { text: 'one two three four five', gap: 2 }], 12, measure);
    expect(lines).toEqual(['id  one two', 'three four', 'five']);
  });

  it('styles each run of same-styled words once, per line, leaving the spaces between runs plain', () => {
    // Widths count the text, not the style around it.
    const lines = wrapPieces([{ text: 'a b', paint: shout }, { text: 'c d e' }, { text: 'f', paint: shout }], 5, measure);
    expect(lines).toEqual(['[a b] c', 'd e [f]']);
    expect(wrapPieces([{ text: 'a', paint: shout }, { text: 'b', gap: 2 }], 10, measure)).toEqual(['[a]  b']);
  });

  it('keeps a whole piece together when it fits on a line, and splits it at spaces when it does not', () => {
    expect(wrapPieces([{ text: 'text goes' }, { text: '(A. Reader)', whole: true }], 16, measure)).toEqual(['text goes', '(A. Reader)']);
    expect(wrapPieces([{ text: 'a very long whole piece', whole: true }], 10, measure)).toEqual(['a very', 'long whole', 'piece']);
  });

  it('breaks a word wider than a line between characters, starting on the current line when there is room', () => {
    expect(wrapPieces([{ text: 'see https://example.com/a/long/path' }], 16, measure)).toEqual(['see https://exam', 'ple.com/a/long/p', 'ath']);
    // Too little room left on the line: the long word starts on the next one.
    expect(wrapPieces([{ text: 'a fairly long-ish abcdefghijklmnopqrstuvwxyz' }], 20, measure)).toEqual([
      'a fairly long-ish',
      'abcdefghijklmnopqrst',
      'uvwxyz',
    ]);
  });

  it('never splits a grapheme: emoji sequences and combining marks stay whole', async () => {
    const width = withAsciiFastPath(await loadDisplayWidth());
    expect(wrapPieces([{ text: '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧' }], 5, width)).toEqual(['👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']);
    expect(wrapPieces([{ text: 'e\u0301e\u0301e\u0301e\u0301' }], 2, width)).toEqual(['e\u0301e\u0301', 'e\u0301e\u0301']);
  });

  it('fits every line in the columns and loses or reorders nothing, for any text', async () => {
    const width = withAsciiFastPath(await loadDisplayWidth());
    const run = (characters: string[], max: number) =>
      fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: max }).map((parts) => parts.join(''));
    const word = fc.oneof(run(['a', 'b', 'z', '-', '/'], 12), run(['漢', '字', 'か', '、'], 20), run(['😀', '🎉', '👨‍👩‍👧'], 9), run(['e\u0301', 'ñ'], 4));
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 40 }), (texts, columns) => {
        const lines = wrapPieces(
          texts.map((piece) => ({ text: piece })),
          columns,
          width,
        );
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
        expect(lines.join('').replaceAll(' ', '')).toBe(texts.join('').replaceAll(' ', ''));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same lines on the ASCII path as word by word', () => {
    const paints: (Paint | undefined)[] = [undefined, shout, (text) => `<${text}>`];
    // Spaces in runs, at the ends and alone, empty pieces, words as wide as a line or wider.
    const text = fc
      .array(fc.oneof(fc.constantFrom(' ', '  ', '', 'a', 'bc', 'ab-cd', 'xyzxyzxyzxy'), fc.stringMatching(/^[ -~]{0,8}$/)), { maxLength: 10 })
      .map((parts) => parts.join(''));
    const piece = fc.record(
      { text, paint: fc.constantFrom(...paints), gap: fc.integer({ min: 0, max: 3 }), whole: fc.boolean() },
      { requiredKeys: ['text'] },
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), fc.integer({ min: 1, max: 30 }), (pieces, columns) => {
        const lines = wrapAscii(pieces, columns);
        const fits = pieces.every((p) => p.text.split(' ').every((word) => word.length <= columns));
        if (fits) expect(lines).toBeDefined();
        if (lines === undefined) return;
        fast++;
        expect(lines).toEqual(wrapWords(pieces, columns, measure));
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(500);
    expect(wrapAscii([{ text: 'caf\u00e9' }], 10)).toBeUndefined();
  });
});

describe('truncate', () => {
  it('cuts text to the columns with an ellipsis, and leaves short text alone', () => {
    expect(truncate('A state grant pays for the whole lane', 20, measure, '…')).toBe('A state grant pays…');
    expect(truncate('Short.', 20, measure, '…')).toBe('Short.');
    expect(truncate('A state grant pays for the whole lane', 20, measure, '...')).toBe('A state grant pay...');
    expect(truncate('Exactly twenty cols.', 20, measure, '…')).toBe('Exactly twenty cols.');
  });

  it('measures a long text only as far as the cut', () => {
    let calls = 0;
    const counting = (text: string) => {
      calls++;
      return measure(text);
    };
    expect(truncate(`Begins ${'é'.repeat(1_000_000)}`, 20, counting, '…')).toBe(`Begins ${'é'.repeat(12)}…`);
    expect(calls).toBe(21);
    // Zero-width characters past the first 1024: the whole text is walked, and cut where it is too wide.
    const zero = (text: string) => (text === '\u200b' ? 0 : measure(text));
    expect(truncate(`${'\u200b'.repeat(2000)}${'x'.repeat(30)}`, 20, zero, '…')).toBe(`${'\u200b'.repeat(2000)}${'x'.repeat(19)}…`);
    expect(truncate(`${'\u200b'.repeat(2000)}x`, 20, zero, '…')).toBe(`${'\u200b'.repeat(2000)}x`);
  });
});
