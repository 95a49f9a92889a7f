import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';

import { details as diagnostics } from './parse-helpers.js';

describe('blank items', () => {
  it('blank or empty text is missing text, at the value (or the key when there is no value)', () => {
    expect(diagnostics('argmap: 1\nstatements:\n  a: { text: "  " }\n')).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 3, column: 14, message: 'Statement "a" has no "text": it is blank.' }),
    ]);
    expect(diagnostics('argmap: 1\nstatements:\n  a:\n    text:\n')).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 4, column: 5, message: 'Statement "a" has no "text": it is empty.' }),
    ]);
    expect(diagnostics('argmap: 1\nstatements:\n  a: " "\n')).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 3, column: 6, message: 'Statement "a" has no "text": it is blank.' }),
    ]);
    expect(diagnostics('argmap: 1\nspeakers:\n  s: { name: "" }\nstatements: {a: A}\n')).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 3, column: 14, message: 'Speaker "s" has no "name": it is blank.' }),
    ]);
  });

  it('a blank quote or tag is a wrong-type error at the item, with a hint', () => {
    const hint = 'Remove the blank item, or write what it should say.';
    expect(diagnostics('argmap: 1\nstatements:\n  a: { text: A, quote: "  " }\n')).toEqual([
      { code: 'wrong-type', line: 3, column: 24, message: '"quote" should be text or a list of texts, but it is the text "  ".', hint },
    ]);
    expect(diagnostics('argmap: 1\nstatements:\n  a: { text: A, tags: [t, " "] }\n')).toEqual([
      { code: 'wrong-type', line: 3, column: 27, message: 'An item of "tags" should be non-empty text, but it is the text " ".', hint },
    ]);
  });

  it('near misses: text, quotes and tags with white space around words, and empty lists, are fine', () => {
    const { map, diagnostics: found } = parseMap('argmap: 1\nstatements:\n  a: { text: " A ", quote: [" x "], tags: [] }\n  b: B\ntheses: []\n', 'm.yaml');
    expect(found).toEqual([]);
    expect(map.statements[0]).toMatchObject({ text: ' A ', quotes: [{ value: ' x ' }], tags: [] });
    expect(map.theses).toEqual([]);
  });

  it('an empty theses list is the same as none: the no-thesis rule names the candidates', async () => {
    const { checkText } = await import('../../src/index.js');
    const text = 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b] }\n';
    const codes = (t: string) => checkText(t, 'm.yaml').map((d) => d.code);
    expect(codes(`${text}theses: []\n`)).toEqual(codes(text));
    expect(codes(text)).toContain('no-thesis');
  });

  it('a rule id under checks: that cannot be a rule id is an error; a well-formed unknown one is not a parse error', () => {
    const base = 'argmap: 1\nstatements: {a: A}\nchecks:\n';
    expect(diagnostics(`${base}  Single-Premise: off\n`)).toEqual([
      expect.objectContaining({ code: 'invalid-id', line: 4, column: 3, message: '"Single-Premise" is not a valid rule id.' }),
    ]);
    expect(diagnostics(`${base}  single-premis: off\n`)).toEqual([]);
  });
});
