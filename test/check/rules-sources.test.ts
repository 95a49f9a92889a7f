import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { check, found } from './check-helpers.js';

const letter = 'Dear editor,\n\nElm Street is the “most dangerous” road in town. The county recorded\nfourteen crashes there last year.\n';
const source = { file: 'letter.txt', text: letter };

const quoted = (quote: string) => yaml`
  argmap: 1
  source: { file: letter.txt }
  theses: [dangerous]
  statements:
    dangerous: { text: Elm Street is dangerous., quote: ${quote} }
    crashes: { text: There were 14 crashes., quote: recorded fourteen  crashes }
  arguments:
    count: { supports: dangerous, premises: [crashes] }
`;

describe('quote-not-found', () => {
  it('reports a quote missing from the source, at the quote, with the nearest passage and its line', () => {
    const [finding, ...rest] = check(quoted('The county counted fourteen crashes there'), { source }).filter((d) => d.code === 'quote-not-found');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: 5, column: 55, message: 'The quote of "dangerous" is not in the source text letter.txt.' });
    expect(finding!.hint).toBe(
      'The nearest passage (line 3) reads: "The county recorded fourteen crashes there". Copy the words exactly; "..." marks an omission.',
    );
    expect(finding!.related).toEqual([
      { message: 'the nearest passage', file: 'letter.txt', line: 3, column: 50, endLine: 4, endColumn: 23 },
    ]);
  });

  it('accepts quotes that differ only in typographic quotes, spacing and line breaks', () => {
    expect(found(quoted(`'the "most dangerous" road in town.'`), 'quote-not-found', { source })).toEqual([]);
  });

  it('reports a quote with no words, which would match anywhere or nowhere, as such', () => {
    for (const quote of [`','`, `'"'`, `'...'`, `'[...]'`]) {
      const findings = check(quoted(quote), { source }).filter((d) => d.code === 'quote-not-found');
      expect(findings.map((d) => [d.severity, d.line, d.column, d.message, d.hint, d.related]), quote).toEqual([
        [
          'error',
          5,
          55,
          'The quote of "dangerous" has no words, so it cannot be found in the source text letter.txt.',
          'Quote the words of the passage: marks alone would match almost anywhere, and "..." only marks an omission.',
          undefined,
        ],
      ]);
    }
  });

  it('checks nothing without a source text', () => {
    expect(found(quoted('Not in the letter at all'), 'quote-not-found')).toEqual([]);
  });
});

describe('source-unreadable', () => {
  it('warns at the file key when the source could not be read', () => {
    const problem = { file: 'letter.txt', error: 'cannot read letter.txt: no such file' };
    const findings = check(quoted('x'), { source: problem }).filter((d) => d.code.startsWith('source') || d.code.startsWith('quote'));
    expect(findings.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column}`)).toEqual(['source-unreadable warning 2:17']);
    expect(findings[0]!.message).toBe('The source text was not read (cannot read letter.txt: no such file), so quotes were not checked.');
  });

  it('is silent when the source was read', () => {
    expect(found(quoted('x'), 'source-unreadable', { source })).toEqual([]);
  });
});

describe('missing-quote', () => {
  const map = (extra: string) => yaml`
    argmap: 1
    ${extra}
    speakers: { me: { name: Me, role: author }, them: { name: Them, role: cited } }
    theses: [lane]
    statements:
      lane: Build the lane.
      safer: { text: Safer., implicit: true }
      costly: { text: Costly., speaker: them }
    arguments:
      safety: { supports: lane, premises: [safer] }
      cost: { attacks: lane, premises: [costly] }
  `;

  it("notes an explicit statement of the author's without a quote, when the map names its source", () => {
    expect(found(map('source: { file: letter.txt }'), 'missing-quote')).toEqual(['info 6:3']);
  });

  it('is silent for maps without a source file, and for implicit and cited statements', () => {
    expect(found(map('title: No source'), 'missing-quote')).toEqual([]);
  });
});

describe('implicit-quote', () => {
  it('warns at the quote of a statement marked implicit', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements:
        lane: Build the lane.
        safer: { text: Safer., implicit: true, quote: it is safer }
      arguments:
        safety: { supports: lane, premises: [safer] }
    `;
    expect(found(text, 'implicit-quote')).toEqual(['warning 5:49']);
  });

  it('accepts an implicit statement without a quote, and an explicit one with', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements:
        lane: { text: Build the lane., quote: build it }
        safer: { text: Safer., implicit: true }
      arguments:
        safety: { supports: lane, premises: [safer] }
    `;
    expect(found(text, 'implicit-quote')).toEqual([]);
  });
});
