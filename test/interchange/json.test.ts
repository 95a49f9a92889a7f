import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/diagnostics/locate.js';
import { mapToJson, mapToJsonText } from '../../src/interchange/json.js';
import { parseMap } from '../../src/index.js';
import { yaml } from '../helpers.js';

const schema = JSON.parse(readFileSync('schema/argmap-json.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const exported = (text: string, file = 'map.yaml') => mapToJson(parseMap(text, file).map, createLocator(file, text));

describe('export --format json (argmap-json 1)', () => {
  it('spells out each statement and argument, with relations and positions', () => {
    const text = yaml`
      argmap: 1
      title: Tea
      speakers:
        me: { name: Me, role: author }
      theses: [t]
      statements:
        t: Drink tea.
        p: { text: Tea is warm., quote: warm tea, tags: [comfort], weight: 0.8 }
        q: Tea is not warm.
      arguments:
        a: { supports: t, premises: [p], title: Warmth }
        r: { attacks: p, premises: [q] }
      contradictions:
        - [p, q]
      expect:
        in: [t]
    `;
    expect(exported(text)).toEqual({
      format: 'argmap-json',
      version: 1,
      file: 'map.yaml',
      title: 'Tea',
      speakers: [{ id: 'me', name: 'Me', role: 'author', position: { line: 4, column: 3 } }],
      theses: ['t'],
      statements: [
        { id: 't', text: 'Drink tea.', quotes: [], speaker: 'me', tags: [], implicit: false, position: { line: 7, column: 3 } },
        { id: 'p', text: 'Tea is warm.', quotes: ['warm tea'], speaker: 'me', tags: ['comfort'], implicit: false, weight: 0.8, position: { line: 8, column: 3 } },
        { id: 'q', text: 'Tea is not warm.', quotes: [], speaker: 'me', tags: [], implicit: false, position: { line: 9, column: 3 } },
      ],
      arguments: [
        { id: 'a', kind: 'support', relation: 'support', target: 't', premises: ['p'], title: 'Warmth', speaker: 'me', position: { line: 11, column: 3 } },
        { id: 'r', kind: 'attack', relation: 'undermine', target: 'p', premises: ['q'], speaker: 'me', position: { line: 12, column: 3 } },
      ],
      contradictions: [['p', 'q']],
      expect: [{ id: 't', label: 'in' }],
    });
    expect(validate(JSON.parse(mapToJsonText(parseMap(text, 'map.yaml').map, createLocator('map.yaml', text))))).toBe(true);
  });

  it("is valid against its schema for the example and the article's map", () => {
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml']) {
      const json = JSON.parse(mapToJsonText(parseMap(readFileSync(path, 'utf8'), path).map, createLocator(path, readFileSync(path, 'utf8'))));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json.statements.length).toBeGreaterThan(10);
    }
  });

  it('spells out reported speech, endorsement, speech acts and backing, valid against its schema', () => {
    const text = yaml`
      argmap: 1
      speakers:
        me: { name: Me, role: author }
        them: { name: Them, role: cited }
      statements:
        t: { text: Drink tea., said-by: them, endorsed-by: me, act: rhetorical-question, quote: [why not tea, { text: who could refuse, act: rhetorical-question }] }
        p: { text: Tea is warm., quote: [{ text: warm, act: assert }] }
        q: Warmth is good.
      arguments:
        a: { supports: t, premises: [p] }
        b: { supports: a, premises: [q], speaker: them, endorsed-by: [me] }
    `;
    const json = exported(text);
    expect(json.statements[0]).toMatchObject({ id: 't', speaker: 'me', saidBy: ['them'], endorsedBy: ['me'], act: 'rhetorical-question' });
    expect(json.statements[0]!.quotes).toEqual(['why not tea', 'who could refuse']);
    expect(json.statements[0]!.quoteActs).toEqual(['assert', 'rhetorical-question']);
    expect(json.statements[1]!.saidBy).toBeUndefined();
    // Near miss: quotes that are all plain assertions need no acts.
    expect(json.statements[1]!.quoteActs).toBeUndefined();
    expect(json.arguments.map(({ id, kind, relation, target, backing, endorsedBy }) => ({ id, kind, relation, target, backing, endorsedBy }))).toEqual([
      { id: 'a', kind: 'support', relation: 'support', target: 't', backing: undefined, endorsedBy: undefined },
      { id: 'b', kind: 'support', relation: 'support', target: 'a', backing: true, endorsedBy: ['me'] },
    ]);
    expect(validate(JSON.parse(mapToJsonText(parseMap(text, 'map.yaml').map, createLocator('map.yaml', text)))), JSON.stringify(validate.errors)).toBe(true);
  });
});
