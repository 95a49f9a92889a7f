import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renameId } from '../../src/authoring/rename.js';
import { parseMap, type ArgMap } from '../../src/index.js';
import { yaml } from '../helpers.js';

const MAP = yaml`
  argmap: 1
  speakers:
    me: { name: Me, role: author }
    them: Them               # a cited speaker
  theses: [lane]
  statements:
    # The thesis.
    lane: Build the lane.
    "safer": { text: Safer streets., speaker: them }
    costly: The lane costs too much.
  arguments:
    safety:
      supports: lane
      premises: [safer]    # one reason
    cost: { attacks: lane, premises: ['safer', costly] }
    not-so: { undercuts: safety, premises: costly, speaker: them }
  contradictions:
    - [safer, costly]
  expect:
    in: [lane, safety]
    out: safer
`;

describe('renameId', () => {
  it('renames a statement where it is defined and every place it is used, quotes kept, nothing else touched', () => {
    const result = renameId(MAP, 'safer', 'safer-streets');
    expect(result).toEqual({ ok: true, count: 5, kind: 'statement', text: MAP.replace('"safer":', '"safer-streets":').replace('[safer]', '[safer-streets]').replace("['safer'", "['safer-streets'").replace('[safer, costly]', '[safer-streets, costly]').replace('out: safer', 'out: safer-streets') });
  });

  it('renames an argument, with its undercut and expectation, and a speaker, with its statements and arguments', () => {
    const argument = renameId(MAP, 'safety', 'why-safer');
    expect(argument.ok && argument.text).toBe(MAP.replace('  safety:\n', '  why-safer:\n').replace('undercuts: safety', 'undercuts: why-safer').replace('[lane, safety]', '[lane, why-safer]'));
    const speaker = renameId(MAP, 'them', 'residents');
    expect(speaker.ok && speaker.text).toBe(MAP.replace('  them: Them', '  residents: Them').replaceAll('speaker: them', 'speaker: residents'));
  });

  it('quotes a new id that YAML would read as a number or a boolean', () => {
    const result = renameId(MAP, 'costly', '2024');
    expect(result.ok && result.text).toContain('  "2024": The lane costs too much.');
    expect(result.ok && parseMap(result.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses an id that is missing, taken or invalid, and a map with errors', () => {
    expect(renameId(MAP, 'costy', 'x', 'm.yaml')).toEqual({ ok: false, message: 'no statement, argument or speaker "costy" in m.yaml. Did you mean "costly"?' });
    expect(renameId(MAP, 'safer', 'cost', 'm.yaml')).toEqual({ ok: false, message: '"cost" is already the id of an argument in m.yaml; choose another.' });
    expect(renameId(MAP, 'safer', 'two words')).toMatchObject({ ok: false, message: expect.stringMatching(/^"two words" is not an id/) });
    expect(renameId(MAP, 'me', 'them')).toMatchObject({ ok: false, message: expect.stringContaining('already the id of a speaker') });
    expect(renameId(`${MAP}  extra: nope\n`, 'safer', 'x')).toMatchObject({ ok: false, diagnostics: [expect.objectContaining({ code: 'unknown-key' })] });
  });

  it("in the article's map, renaming concessions-blunder changes only those ids", () => {
    const text = readFileSync('maps/unilateral-concessions.yaml', 'utf8');
    const result = renameId(text, 'concessions-blunder', 'blunder');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The id never occurs in prose, so every whole-word occurrence is a definition or a reference.
    const occurrences = text.match(/(?<![\w-])concessions-blunder(?![\w-])/g)!.length;
    expect(result.count).toBe(occurrences);
    expect(result.text).toBe(text.replace(/(?<![\w-])concessions-blunder(?![\w-])/g, 'blunder'));
  });
});

/** The model with spans dropped and one id replaced: what a rename must leave otherwise unchanged. */
function shape(map: ArgMap, from?: string, to?: string): string {
  return JSON.stringify(map, (key, value) => (key === 'span' || key === 'textSpan' ? undefined : value === from ? to : value));
}

describe('renameId on generated maps', () => {
  const arbitrary = fc
    .record({ n: fc.integer({ min: 2, max: 6 }), seed: fc.array(fc.nat(20), { minLength: 12, maxLength: 12 }), pick: fc.nat(), quote: fc.boolean() })
    .map(({ n, seed, pick, quote }) => {
      const id = (i: number) => (quote && i % 2 === 0 ? `"s${i % n}"` : `s${i % n}`);
      const lines = ['argmap: 1', `theses: [${id(seed[0]!)}]`, 'statements:'];
      for (let i = 0; i < n; i++) lines.push(`  # statement ${i}`, `  ${id(i)}: Text ${i}. s${i} stays in text`);
      lines.push('arguments:');
      for (let i = 0; i < 3; i++) lines.push(`  a${i}: { ${i === 2 ? 'undercuts: a0' : `supports: ${id(seed[i + 1]!)}`}, premises: [${id(seed[i + 4]!)}, ${id(seed[i + 7]!)}] }  # a${i}`);
      lines.push('contradictions:', `  - [${id(seed[10]!)}, ${id(seed[11]!)}]`);
      return { text: `${lines.join('\n')}\n`, old: pick % 2 === 0 ? `s${pick % n}` : `a${pick % 2}` };
    });

  it('renaming and renaming back gives the file back, byte for byte; the map is the same but for the id', () => {
    fc.assert(
      fc.property(arbitrary, ({ text, old }) => {
        const before = parseMap(text);
        fc.pre(before.diagnostics.every((d) => d.severity !== 'error'));
        const renamed = renameId(text, old, 'renamed-id');
        if (!renamed.ok) throw new Error(JSON.stringify(renamed));
        const after = parseMap(renamed.text);
        expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(shape(after.map)).toBe(shape(before.map, old, 'renamed-id'));
        const back = renameId(renamed.text, 'renamed-id', old);
        expect(back.ok && back.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rename and the keys of issue 16', () => {
  it('renames a speaker in said-by and endorsed-by, and an argument where a backing supports it', () => {
    const text = 'argmap: 1\nspeakers: {me: {name: Me, role: author}, trump: Trump}\nstatements:\n  a: {text: A, said-by: trump, endorsed-by: [me, trump]}\n  b: B\narguments:\n  r: {supports: a, premises: [b], endorsed-by: trump}\n  k: {supports: r, premises: [b]}\n';
    const speaker = renameId(text, 'trump', 'donald');
    expect('text' in speaker && speaker.text).toBe(text.replaceAll('trump', 'donald'));
    const argument = renameId(text, 'r', 'main');
    expect('text' in argument && argument.text).toBe(text.replace('  r: {', '  main: {').replace('supports: r,', 'supports: main,'));
  });
});
