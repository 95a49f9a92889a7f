import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexMap, parseMap, relationOf } from '../../src/index.js';
import { yaml } from '../helpers.js';

const example = readFileSync(new URL('../../maps/example.yaml', import.meta.url), 'utf8');

/** code:line:column of each diagnostic, the compact form most tests assert. */
function problems(text: string): string[] {
  return parseMap(text, 'm.yaml').diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`);
}

describe('parseMap on valid maps', () => {
  it('reads the example map with no diagnostics', () => {
    const { map, diagnostics } = parseMap(example, 'maps/example.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.title).toBe('Give Elm Street a protected bike lane');
    expect(map.source).toMatchObject({ author: 'A. Reader', date: '2026-03-14', file: { value: 'example.txt' } });
    expect(map.speakers.map((s) => [s.id, s.name, s.role])).toEqual([
      ['reader', 'A. Reader', 'author'],
      ['shopkeepers', 'Elm Street shopkeepers', 'cited'],
      ['critics', 'Unnamed critics', undefined],
      ['engineers', "Riverton's traffic engineers", 'cited'],
    ]);
    expect(map.authorSpeaker).toBe('reader');
    expect(map.note).toMatch(/^A letter to a local paper, mapped whole\. .* every line can be checked against the letter\.$/);
    expect(map.source?.url).toBe('https://example.org/letters/2026-03-14/elm-street');
    expect(map.theses.map((t) => t.id)).toEqual(['build-lane']);
    expect(map.statements).toHaveLength(19);
    expect(map.arguments).toHaveLength(14);
    expect(map.contradictions.map((c) => c.between.map((r) => r.id))).toEqual([['customers-drive', 'customers-walk']]);
    expect(map.checks).toEqual([{ rule: 'single-premise', level: 'off', span: expect.any(Object) }]);
  });

  it('keeps each statement field, the effective speaker and positions', () => {
    const { map } = parseMap(example, 'maps/example.yaml');
    const byId = new Map(map.statements.map((s) => [s.id, s]));
    const separation = byId.get('separation')!;
    expect(separation.text).toBe('Separating cars from bikes prevents crashes.');
    expect(separation.quotes.map((q) => q.value)).toEqual(['separation is what keeps cars and bikes apart']);
    expect(separation.speaker).toBe('reader');
    expect(example.slice(separation.span.start, separation.span.end)).toBe('separation');
    expect(example.slice(separation.textSpan.start, separation.textSpan.end)).toBe('Separating cars from bikes prevents crashes.');
    expect(byId.get('fix-worst-first')).toMatchObject({ implicit: true, note: expect.stringContaining('most dangerous') });
    expect(byId.get('ruins-trade')).toMatchObject({ speaker: 'shopkeepers', speakerRef: { id: 'shopkeepers' } });
    expect(byId.get('crash-record')!.tags.map((t) => t.value)).toEqual(['safety', 'evidence']);
    expect(byId.get('crash-record')!.weight).toBe(0.9);
    expect(byId.get('grant')!.acceptance).toBe('accepted');
  });

  it('keeps reported speech, endorsements, speech acts, and a backing with its endorsement', () => {
    const { map } = parseMap(example, 'maps/example.yaml');
    const byId = new Map(map.statements.map((s) => [s.id, s]));
    const reported = byId.get('nothing-else-changed')!;
    expect(reported.saidBy?.map((r) => r.id)).toEqual(['engineers']);
    expect(reported.speaker).toBe('reader');
    expect(byId.get('parking-loss')!.endorsedBy?.map((r) => r.id)).toEqual(['reader']);
    const noCost = byId.get('no-cost')!;
    expect(noCost.act).toBe('ironic');
    expect(noCost.quotes.map((q) => [q.value, q.act])).toEqual([['a ruinous expense indeed', 'ironic']]);
    expect(byId.get('survey')!.act).toBeUndefined();
    const args = new Map(map.arguments.map((a) => [a.id, a]));
    expect(args.get('only-the-lane')).toMatchObject({ kind: 'support', backing: true, target: { id: 'riverton-precedent' }, speaker: 'engineers' });
    expect(args.get('only-the-lane')!.endorsedBy?.map((r) => r.id)).toEqual(['reader']);
    expect(args.get('only-the-lane')!.note).toContain('I see no reason to doubt them');
    expect(args.get('riverton-precedent')).toMatchObject({ weight: 0.6 });
    expect(args.get('riverton-precedent')!.backing).toBeUndefined();
    expect(args.get('grant-covers')!.acceptance).toBe('accepted');
  });

  it('derives rebut, undermine and undercut from the graph', () => {
    const { map } = parseMap(example, 'maps/example.yaml');
    const index = indexMap(map);
    const relation = (id: string) => relationOf(index, index.arguments.get(id)!);
    expect(relation('safety')).toBe('support');
    expect(relation('bad-for-trade')).toBe('rebut');
    expect(relation('survey-says')).toBe('undermine');
    expect(relation('grant-pays')).toBe('undermine');
    expect(relation('riverton-differs')).toBe('undercut');
    expect(index.argumentsAt.get('build-lane')!.map((a) => a.id)).toEqual(['safety', 'bad-for-trade', 'too-expensive', 'now-or-never']);
    expect(index.premiseOf.get('grant')!.map((a) => a.id)).toEqual(['grant-covers', 'now-or-never']);
    expect(relation('only-the-lane')).toBe('support');
  });

  it('accepts shorthand, single ids, numbers as text, extension keys, reserved fields, a BOM and CRLF', () => {
    const text = '\ufeff' + yaml`
      argmap: 1
      title: 1984
      x-owner: me
      theses: a
      statements:
        a: { text: A., weight: 0.5, acceptance: accepted, x-note: mine }
        b: 42
      arguments:
        r: { supports: a, premises: b, weight: 1 }
    `.replace(/\n/g, '\r\n');
    const { map, diagnostics } = parseMap(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.title).toBe('1984');
    expect(map.theses.map((t) => t.id)).toEqual(['a']);
    expect(map.statements[0]).toMatchObject({ weight: 0.5, acceptance: 'accepted' });
    expect(map.statements[1]!.text).toBe('42');
    expect(map.arguments[0]).toMatchObject({ premises: [{ id: 'b' }], weight: 1 });
  });

  it('allows an undercut aimed at a statement through, for the undercut-target rule to explain', () => {
    const { map, diagnostics } = parseMap('argmap: 1\nstatements: {a: A, b: B}\narguments:\n  u: { undercuts: a, premises: [b] }\n');
    expect(diagnostics).toEqual([]);
    expect(map.arguments[0]).toMatchObject({ kind: 'undercut', target: { id: 'a' } });
  });
});

describe('parseMap errors, each with its code, line and column', () => {
  const cases: [string, string, string[]][] = [
    ['an empty file', '', ['empty-map:1:1']],
    ['only comments', '# nothing here\n', ['empty-map:1:1']],
    ['a scalar at the top', 'hello\n', ['not-a-mapping:1:1']],
    ['a list at the top', '- a\n- b\n', ['not-a-mapping:1:1']],
    ['a YAML syntax error', 'argmap: 1\nstatements:\n  a: [unclosed\n', ['yaml-syntax:4:1']],
    ['bad indentation', 'argmap: 1\nstatements:\n  a: A\n b: B\n', ['yaml-syntax:4:2']],
    ['a tab indent', 'argmap: 1\nstatements:\n\ta: A\n', ['yaml-syntax:3:1']],
    ['two documents', 'argmap: 1\nstatements: {a: A}\n---\nargmap: 1\n', ['yaml-multiple-documents:3:1']],
    ['an alias', 'argmap: 1\nstatements:\n  a: &t A\n  b: *t\n', ['yaml-alias:4:6']],
    ['a tag', 'argmap: 1\nstatements:\n  a: !!int 3\n', ['yaml-tag:3:6']],
    ['no version', 'statements: {a: A}\n', ['missing-field:1:1']],
    ['a wrong version', 'argmap: 2\nstatements: {a: A}\n', ['unsupported-version:1:9']],
    ['no statements', 'argmap: 1\n', ['missing-field:1:1']],
    ['an unknown top key', 'argmap: 1\nstatments: {}\nstatements: {a: A}\n', ['unknown-key:2:1']],
    ['an unknown statement key', 'argmap: 1\nstatements:\n  a: { text: A, qoute: x }\n', ['unknown-key:3:17']],
    ['a wrong type', 'argmap: 1\nstatements:\n  a: { text: A, implicit: yes }\n', ['wrong-type:3:27']],
    ['a list for text', 'argmap: 1\nstatements:\n  a: { text: [A] }\n', ['wrong-type:3:14']],
    ['a missing text', 'argmap: 1\nstatements:\n  a: { note: N }\n', ['missing-field:3:3']],
    ['an empty statement', 'argmap: 1\nstatements:\n  a:\n', ['missing-field:3:3']],
    ['a duplicate id', 'argmap: 1\nstatements:\n  a: A\n  a: B\n', ['duplicate-id:4:3']],
    ['a statement and an argument with one id', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  a: { supports: b, premises: [b] }\n', ['duplicate-id:4:3']],
    ['a repeated key', 'argmap: 1\nstatements:\n  a: { text: A, text: B }\n', ['duplicate-key:3:17']],
    ['a numeric id', 'argmap: 1\nstatements:\n  1: A\n', ['wrong-type:3:3']],
    ['an invalid id', 'argmap: 1\nstatements:\n  "a b": A\n', ['invalid-id:3:3']],
    ['an unknown premise', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b, c] }\n', ['unknown-ref:4:35']],
    ['an unknown target', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { attacks: z, premises: [b] }\n', ['unknown-ref:4:17']],
    ['an unknown thesis', 'argmap: 1\ntheses: [z]\nstatements: {a: A}\n', ['unknown-ref:2:10']],
    ['an unknown speaker', 'argmap: 1\nstatements:\n  a: { text: A, speaker: bob }\n', ['unknown-ref:3:26']],
    ['an argument as premise', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b] }\n  s: { supports: a, premises: [r] }\n', ['wrong-ref-kind:5:32']],
    ['an argument as support target', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b] }\n  s: { attacks: r, premises: [a] }\n', ['wrong-ref-kind:5:17']],
    ['a self-undercut', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  s: { supports: a, premises: [b] }\n  r: { undercuts: r, premises: [b] }\n', ['self-undercut:5:19']],
    ['an undercut of an undercut of itself is fine (near miss)', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  s: { supports: a, premises: [b] }\n  r: { undercuts: s, premises: [b] }\n  u: { undercuts: r, premises: [a] }\n', []],
    ['a self-premise', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b, a] }\n', ['self-premise:4:35']],
    ['no premises', 'argmap: 1\nstatements: {a: A}\narguments:\n  r: { supports: a, premises: [] }\n', ['no-premises:4:31']],
    ['a missing premises key', 'argmap: 1\nstatements: {a: A}\narguments:\n  r: { supports: a }\n', ['missing-field:4:3']],
    ['no target', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { premises: [b] }\n', ['missing-target:4:3']],
    ['two targets', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, attacks: a, premises: [b] }\n', ['several-targets:4:21']],
    ['a repeated premise', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b, b] }\n', ['duplicate-ref:4:35']],
    ['a contradiction of three', 'argmap: 1\nstatements: {a: A, b: B}\ncontradictions: [[a, b, a]]\n', ['wrong-type:3:18']],
    ['a self-contradiction', 'argmap: 1\nstatements: {a: A}\ncontradictions: [[a, a]]\n', ['self-contradiction:3:18']],
    ['two authors', 'argmap: 1\nspeakers:\n  p: { name: P, role: author }\n  q: { name: Q, role: author }\nstatements: {a: A}\n', ['several-authors:4:3']],
    ['a bad rule level', 'argmap: 1\nstatements: {a: A}\nchecks: { single-premise: loud }\n', ['wrong-type:3:27']],
    ['a weight out of range', 'argmap: 1\nstatements:\n  a: { text: A, weight: 2 }\n', ['wrong-type:3:25']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('suggests the closest id for an unknown reference', () => {
    const [diagnostic] = parseMap('argmap: 1\nstatements: {mortal: M, man: N}\narguments:\n  r: { supports: mortl, premises: [man] }\n').diagnostics;
    expect(diagnostic).toMatchObject({
      code: 'unknown-ref',
      message: 'Unknown statement "mortl" in argument "r".',
      hint: 'Did you mean "mortal"?',
      endColumn: 23,
    });
  });

  it('suggests the closest key, and points a duplicate at its first use', () => {
    const { diagnostics } = parseMap('argmap: 1\nstatements:\n  a: { text: A, implicitt: true }\n  a: B\n');
    expect(diagnostics.map((d) => [d.code, d.hint, d.related?.map((r) => `${r.message}@${r.line}:${r.column}`)])).toEqual([
      ['unknown-key', 'Did you mean "implicit"?', undefined],
      ['duplicate-id', 'Give each one its own id.', ['first used here@3:3']],
    ]);
  });

  it('drops what it cannot resolve, so every reference in the model resolves', () => {
    const { map } = parseMap(yaml`
      argmap: 1
      theses: [a, ghost]
      statements: { a: A, b: B }
      arguments:
        r: { supports: ghost, premises: [b] }
        u: { undercuts: r, premises: [b] }
        v: { undercuts: u, premises: [b] }
        s: { supports: a, premises: [b, ghost] }
    `);
    expect(map.theses.map((t) => t.id)).toEqual(['a']);
    // r has no valid target, so the undercut of r and the undercut of that undercut go too.
    expect(map.arguments.map((a) => [a.id, a.premises.map((p) => p.id)])).toEqual([['s', ['b']]]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['{', ']', ': :', '"', "'", '&a', '*a', '!x', '%YAML 1.2\n---\n', '? a\n', '\u0000', 'a:\n  - b\n  c: d\n']) {
      expect(() => parseMap(text)).not.toThrow();
      expect(parseMap(text).diagnostics.length).toBeGreaterThan(0);
    }
  });
});
