import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';
import { details, positions } from './parse-helpers.js';

// The keys for reported speech, endorsement, backing and speech acts (issue 16).

const speakers = 'argmap: 1\nspeakers:\n  me: { name: The author, role: author }\n  trump: { name: Donald Trump, role: cited }\n';

describe('said-by and endorsed-by', () => {
  const text = `${speakers}statements:\n  a: { text: A, said-by: trump, endorsed-by: [me, trump] }\n  b: B\narguments:\n  r: { supports: a, premises: [b], endorsed-by: me }\n`;

  it('read one id or a list, with the position of each id', () => {
    const { map, diagnostics } = parseMap(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    const [a, b] = map.statements;
    expect(a!.saidBy!.map((ref) => [ref.id, text.slice(ref.span.start, ref.span.end)])).toEqual([['trump', 'trump']]);
    expect(a!.endorsedBy!.map((ref) => ref.id)).toEqual(['me', 'trump']);
    expect(text.slice(a!.endorsedBy![1]!.span.start, a!.endorsedBy![1]!.span.end)).toBe('trump');
    expect(map.arguments[0]!.endorsedBy!.map((ref) => ref.id)).toEqual(['me']);
    // Absent, or an empty list, is none; `speaker` is untouched by said-by.
    expect(b).not.toHaveProperty('saidBy');
    expect(a!.speaker).toBe('me');
  });

  it('an empty list is the same as none', () => {
    const { map, diagnostics } = parseMap(`${speakers}statements:\n  a: { text: A, said-by: [], endorsed-by: [] }\n`, 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.statements[0]).not.toHaveProperty('saidBy');
    expect(map.statements[0]).not.toHaveProperty('endorsedBy');
  });

  it('an unknown speaker is unknown-ref at the id, with a did-you-mean, and left out', () => {
    const bad = `${speakers}statements:\n  a: { text: A, said-by: [trump, trunp] }\n  b: { text: B, endorsed-by: mee }\n`;
    expect(details(bad)).toEqual([
      { code: 'unknown-ref', line: 6, column: 34, message: 'Unknown speaker "trunp" in "said-by" of statement "a".', hint: 'Did you mean "trump"?' },
      { code: 'unknown-ref', line: 7, column: 30, message: 'Unknown speaker "mee" in "endorsed-by" of statement "b".', hint: 'Did you mean "me"?' },
    ]);
    const { map } = parseMap(bad, 'm.yaml');
    expect(map.statements[0]!.saidBy!.map((ref) => ref.id)).toEqual(['trump']);
    expect(map.statements[1]).not.toHaveProperty('endorsedBy');
  });

  it('a repeated speaker is a duplicate-ref warning, and kept once', () => {
    const { map, diagnostics } = parseMap(`${speakers}statements:\n  a: { text: A, said-by: [trump, trump] }\n`, 'm.yaml');
    expect(diagnostics.map((d) => `${d.code}:${d.severity}:${d.line}:${d.column}`)).toEqual(['duplicate-ref:warning:6:34']);
    expect(map.statements[0]!.saidBy!.map((ref) => ref.id)).toEqual(['trump']);
  });

  it('wrong types and misspellings are reported like other keys', () => {
    expect(details(`${speakers}statements:\n  a: { text: A, said-by: 3 }\n`)).toEqual([
      {
        code: 'wrong-type',
        line: 6,
        column: 26,
        message: '"said-by" should be an id or a list of ids, but it is a number.',
        hint: 'Ids are text. If "3" is an id, write it in quotes: \'3\'.',
      },
    ]);
    expect(details(`${speakers}statements:\n  a: { text: A, said_by: trump }\n`)).toEqual([
      { code: 'unknown-key', line: 6, column: 17, message: 'Unknown key "said_by" in statement "a".', hint: 'Did you mean "said-by"?' },
    ]);
    expect(details(`${speakers}statements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b], endorsed-bi: me }\n`)).toEqual([
      { code: 'unknown-key', line: 7, column: 36, message: 'Unknown key "endorsed-bi" in argument "r".', hint: 'Did you mean "endorsed-by"?' },
    ]);
  });
});

describe('act', () => {
  it('reads the act of a statement and of each quote given as { text, act }', () => {
    const text = 'argmap: 1\nstatements:\n  a:\n    text: A\n    act: ironic\n    quote: [plain words, { text: fancy words, act: rhetorical-question }]\n';
    const { map, diagnostics } = parseMap(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    const [a] = map.statements;
    expect(a!.act).toBe('ironic');
    expect(a!.quotes.map(({ value, act }) => ({ value, act }))).toEqual([
      { value: 'plain words', act: undefined },
      { value: 'fancy words', act: 'rhetorical-question' },
    ]);
    // The quote's span is its text's, so quote checks point at the words.
    const fancy = a!.quotes[1]!;
    expect(text.slice(fancy.span.start, fancy.span.end)).toBe('fancy words');
  });

  it('a single quote may be a mapping', () => {
    const { map, diagnostics } = parseMap('argmap: 1\nstatements:\n  a: { text: A, quote: { text: words, act: hypothetical } }\n', 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.statements[0]!.quotes.map(({ value, act }) => [value, act])).toEqual([['words', 'hypothetical']]);
  });

  it('an unknown act is a wrong-type with the choices, at the value', () => {
    expect(details('argmap: 1\nstatements:\n  a: { text: A, act: ironical }\n')).toEqual([
      {
        code: 'wrong-type',
        line: 3,
        column: 22,
        message: '"act" should be one of: assert, ironic, rhetorical-question, hypothetical, but it is the text "ironical".',
        hint: 'Did you mean "ironic"?',
      },
    ]);
  });

  it('a quote mapping is checked like any entry: unknown keys, missing or blank text, a bad act', () => {
    expect(details('argmap: 1\nstatements:\n  a: { text: A, quote: [{ txt: words }] }\n')).toEqual([
      { code: 'unknown-key', line: 3, column: 27, message: 'Unknown key "txt" in a quote of statement "a".', hint: 'Did you mean "text"?' },
    ]);
    expect(positions('argmap: 1\nstatements:\n  a: { text: A, quote: [{ act: ironic }] }\n')).toEqual(['missing-field:3:25']);
    expect(positions('argmap: 1\nstatements:\n  a: { text: A, quote: [{ text: " " }] }\n')).toEqual(['missing-field:3:33']);
    expect(positions('argmap: 1\nstatements:\n  a: { text: A, quote: [{ text: w, act: joke }] }\n')).toEqual(['wrong-type:3:41']);
    // A quote left out for its error is not kept.
    expect(parseMap('argmap: 1\nstatements:\n  a: { text: A, quote: [ok, { act: ironic }] }\n').map.statements[0]!.quotes.map((q) => q.value)).toEqual(['ok']);
  });

  it('a quote that is neither text nor a mapping is a wrong-type', () => {
    expect(details('argmap: 1\nstatements:\n  a: { text: A, quote: [[x]] }\n')).toEqual([
      {
        code: 'wrong-type',
        line: 3,
        column: 25,
        message: 'An item of "quote" should be non-empty text or a mapping with "text:", but it is a list.',
        hint: undefined,
      },
    ]);
  });
});

describe('supports: an argument (backing)', () => {
  const map = (extra: string) => `argmap: 1\nstatements: {a: A, b: B, c: C}\narguments:\n  r: { supports: a, premises: [b] }\n${extra}`;

  it('is marked backing; a support of a statement is not', () => {
    const { map: parsed, diagnostics } = parseMap(map('  k: { supports: r, premises: [c] }\n'), 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(parsed.arguments.map((argument) => [argument.id, argument.kind, argument.target.id, argument.backing])).toEqual([
      ['r', 'support', 'a', undefined],
      ['k', 'support', 'r', true],
    ]);
  });

  it('a backing of a backing, and of an undercut, resolve too', () => {
    const { map: parsed, diagnostics } = parseMap(
      map('  u: { undercuts: r, premises: [c] }\n  k: { supports: u, premises: [b] }\n  kk: { supports: k, premises: [c] }\n'),
      'm.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(parsed.arguments.filter((argument) => argument.backing).map((argument) => argument.id)).toEqual(['k', 'kk']);
  });

  it('an argument that supports itself is self-backing, at the target, and left out', () => {
    const text = map('  k: { supports: k, premises: [c] }\n');
    expect(details(text)).toEqual([
      {
        code: 'self-backing',
        line: 5,
        column: 18,
        message: 'Argument "k" supports itself.',
        hint: "Backing gives a reason to accept another argument's step from premises to conclusion. Name that argument, or a statement.",
      },
    ]);
    expect(parseMap(text).map.arguments.map((argument) => argument.id)).toEqual(['r']);
  });

  it('a backing of an argument left out is left out too, with no second error', () => {
    const text = 'argmap: 1\nstatements: {a: A, c: C}\narguments:\n  r: { supports: a, premises: [nope] }\n  k: { supports: r, premises: [c] }\n  kk: { supports: k, premises: [c] }\n';
    expect(positions(text)).toEqual(['unknown-ref:4:32']);
    expect(parseMap(text).map.arguments).toEqual([]);
  });

  it('attacks still names only a statement', () => {
    expect(positions(map('  k: { attacks: r, premises: [c] }\n'))).toEqual(['wrong-ref-kind:5:17']);
  });
});
