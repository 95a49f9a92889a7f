import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeJson, escapeLines, escapeTerminal } from '../../src/text/escape.js';

describe('escapeTerminal', () => {
  it('leaves ordinary text, including CJK, emoji and combining marks, alone', () => {
    for (const text of ['Plain text.', '漢字とかな', 'family: 👨‍👩‍👧', 'café', 'Ελληνικά', 'مرحبا']) {
      expect(escapeTerminal(text)).toBe(text);
    }
  });

  it('shows escape sequences, control characters and bidi overrides as visible escapes', () => {
    expect(escapeTerminal('\x1b[2J\x1b]0;title\x07')).toBe('\\x1B[2J\\x1B]0;title\\x07');
    expect(escapeTerminal('a\u009b31mb')).toBe('a\\x9B31mb');
    expect(escapeTerminal('user\u202Egnp.exe')).toBe('user\\u{202E}gnp.exe');
    expect(escapeTerminal('\u2066x\u2069\u200f')).toBe('\\u{2066}x\\u{2069}\\u{200F}');
    expect(escapeTerminal('a\tb\r\nc\u0000')).toBe('a\\tb\\r\\nc\\x00');
    expect(escapeTerminal('lone \ud800 surrogate')).toBe('lone \\u{D800} surrogate');
  });

  it('never lets an escape or control character through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeTerminal(text);
        expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeInline', () => {
  it('folds line breaks and runs of spaces into one space, then escapes', () => {
    expect(escapeInline('  one\n  two\r\n\tthree \x1b ')).toBe('one two three \\x1B');
  });
});

describe('escapeInline on text it leaves alone', () => {
  // The reference: what escapeInline does to any text, without its quick test.
  const reference = (text: string) => escapeTerminal(text.replace(/[ \t\r\n]+/g, ' ').trim());

  it('gives what the full folding and escaping give, for any text', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u202e', '\ufeff', '\x1b', '\u0085', '😀', '\ud800', '\udc00', 'é'), fc.string({ unit: 'grapheme-ascii', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(escapeInline(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['Plain text.', ' leading', 'trailing ', 'two  spaces', 'no\u00a0break', '\u3000wide space', 'a\u200bzero width']) {
      expect(escapeInline(text)).toBe(reference(text));
    }
  });
});

describe('escapeLines', () => {
  it('escapes each line of a message and keeps the line breaks', () => {
    expect(escapeLines("error: unknown option '\x1b[2J'\n(Did you mean --x?)\n")).toBe("error: unknown option '\\x1B[2J'\n(Did you mean --x?)\n");
    expect(escapeLines('a\r\nb\u202e')).toBe('a\\r\nb\\u{202E}');
  });
});

describe('escapeJson', () => {
  it('writes what a terminal would act on as \\u escapes, and the JSON still means the same', () => {
    expect(escapeJson(JSON.stringify({ a: 'x\u009b2J\u202e\u2028\u007f\ufeff' }))).toBe('{"a":"x\\u009b2J\\u202e\\u2028\\u007f\\ufeff"}');
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const input of [value, { text, list: [text, value] }]) {
          const json = escapeJson(JSON.stringify(input, null, 2));
          expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
