import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatMapText } from '../../src/authoring/format.js';
import { MARKER } from '../../src/authoring/format-fast.js';
import { writeMapData, writeMapDataPlain, type MapData } from '../../src/authoring/write-data.js';
import { parseMap } from '../../src/index.js';

// Words that are plain in YAML, and words that need quotes, look like numbers or booleans, or fold long lines.
const WORDS = ['tea', 'warm', 'the', 'lane', 'é', '“quoted”', "it's", 'a,b', 'C#', '#tag', 'x: y', 'Speaker : text', '3', 'true', '-dash', 'R&D', '[br]', '{b}', 'end:', 'null', 'ok.', ' ', 'tab\there', 'line\nbreak', '\udfff', '\ud83d\ude00', '\u0085', '\u009f', '\u2028', '\ufeff', '\ufffe', 'x\uffff', 'long-word-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on'];
const SAFE = WORDS.slice(0, 7);
const word = fc.oneof({ arbitrary: fc.constantFrom(...SAFE), weight: 6 }, { arbitrary: fc.constantFrom(...WORDS), weight: 1 });
const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
const id = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), weight: 8 }, { arbitrary: fc.constantFrom('12', 'yes', 'a.b', 'é-x', `${MARKER}0`), weight: 1 });

/** Map data as the importers make it: statements as texts or objects, arguments with premises, speakers, theses, contradictions. */
const mapData: fc.Arbitrary<MapData> = fc
  .record({
    title: text(20),
    statements: fc.dictionary(id, fc.oneof(text(30), fc.record({ text: text(30), speaker: fc.constantFrom('ann', 'bo') }, { requiredKeys: ['text'] }), fc.record({ text: text(8), implicit: fc.constant(true), tags: fc.array(text(2), { minLength: 1, maxLength: 3 }) })), { minKeys: 1, maxKeys: 12 }),
    arguments: fc.dictionary(id, fc.record({ supports: id, premises: fc.array(id, { minLength: 1, maxLength: 30 }), scheme: fc.constantFrom('analogy', 'sign'), note: text(40) }, { requiredKeys: ['supports', 'premises'] }), { maxKeys: 10 }),
    speakers: fc.dictionary(id, fc.oneof(text(3), fc.record({ name: text(3), role: fc.constantFrom('author', 'cited') })), { maxKeys: 3 }),
    theses: fc.array(id, { maxLength: 4 }),
    contradictions: fc.array(fc.tuple(id, id), { maxLength: 3 }),
  })
  .map(({ title, statements, arguments: args, speakers, theses, contradictions }) => ({
    argmap: 1,
    title,
    ...(Object.keys(speakers).length > 0 ? { speakers } : {}),
    ...(theses.length > 0 ? { theses } : {}),
    statements,
    ...(Object.keys(args).length > 0 ? { arguments: args } : {}),
    ...(contradictions.length > 0 ? { contradictions } : {}),
  }));

describe('writeMapData', () => {
  it('gives the same bytes as the plain version, reads back as the same data, and is what fmt writes', () => {
    fc.assert(
      fc.property(mapData, (data) => {
        const written = writeMapData(data);
        expect(written).toBe(writeMapDataPlain(data));
        expect(load(written)).toEqual(data);
        // Only maps the parser accepts can be formatted; most generated ones are (unknown ids are rule findings, not format errors).
        const formatted = formatMapText(written);
        if ('text' in formatted) expect(formatted.text).toBe(written);
      }),
      { numRuns: 300 },
    );
  });

  it("writes a map in fmt's layout: sections apart, keys in the format's order, short lists in flow style, long text folded", () => {
    const data = {
      statements: { a: 'Tea is warm.', b: { speaker: 'ann', text: 'Speaker : text with a colon.' }, c: { implicit: true, text: 'A '.repeat(60).trim() } },
      argmap: 1,
      arguments: { r: { premises: ['a', 'b'], supports: 'c' } },
      title: 'T',
    };
    expect(writeMapData(data)).toBe(
      [
        'argmap: 1',
        '',
        'title: T',
        '',
        'statements:',
        '  a: Tea is warm.',
        '  b:',
        '    text: "Speaker : text with a colon."',
        '    speaker: ann',
        '  c:',
        '    text: A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A',
        '      A A A A A A A A A A A A A',
        '    implicit: true',
        '',
        'arguments:',
        '  r:',
        '    supports: c',
        '    premises: [a, b]',
        '',
      ].join('\n'),
    );
  });

  it('writes a list two entries share twice, never as a YAML alias (maps refuse aliases), and reads back with no error', () => {
    const premises = ['yes', 'on'];
    const data = { argmap: 1, statements: { yes: 'Yes.', on: 'On.', t: 'T.', u: 'U.' }, arguments: { a: { supports: 't', premises }, b: { supports: 'u', premises } } };
    const written = writeMapData(data);
    expect(written).toBe(writeMapDataPlain(data));
    expect(written).not.toMatch(/[&*]a\d/);
    expect(parseMap(written).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes a long text under a long id or key as the plain layout does (folded from the next line, no space after the colon)', () => {
    const id = `a${'b'.repeat(60)}`;
    const text = 'word '.repeat(30).trim();
    for (const data of [{ argmap: 1, statements: { [id]: text } }, { argmap: 1, statements: { a: { text: 'A.', [`x-${'k'.repeat(60)}`]: text } } }]) {
      const written = writeMapData(data);
      expect(written).toBe(writeMapDataPlain(data));
      expect(written).not.toMatch(/: \n/);
      expect(formatMapText(written)).toEqual({ text: written });
    }
  });

  it('writes an id that looks like its own placeholder the plain way, without losing it', () => {
    const data = { argmap: 1, title: 'T', statements: { [`${MARKER}0`]: 'x y', a: 'Tea.', b: 'Warm.' } };
    const written = writeMapData(data);
    expect(written).toBe(writeMapDataPlain(data));
    expect(load(written)).toEqual(data);
    expect(parseMap(written).map.statements.map((statement) => statement.id)).toEqual([`${MARKER}0`, 'a', 'b']);
  });
});
