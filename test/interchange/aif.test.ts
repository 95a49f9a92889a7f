import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importAif, mapToAif, mapToAifText } from '../../src/interchange/index.js';
import { mapToAifChunks } from '../../src/interchange/aif-export.js';
import { toYaml, validMapObject } from '../hostile/arbitraries.js';
import { parseMap, type ArgMap } from '../../src/index.js';
import { arbitraryMap } from '../evaluate/maps.js';
import { generateMap } from '../../bench/generate.js';
import { importedAif as imported } from './imported.js';

/**
 * A map's structure by text, independent of ids: for comparing a map with its
 * round trip. AIF writes a contradiction as a conflict each way, so an attack
 * each way between the same two statements (one premise each, nothing
 * undercutting them) reads back as a contradiction: both are counted as one.
 */
function structure(map: ArgMap) {
  const undercut = new Set(map.arguments.filter((a) => a.kind === 'undercut').map((a) => a.target.id));
  const single = map.arguments.filter((a) => a.kind === 'attack' && new Set(a.premises.map((p) => p.id)).size === 1 && !undercut.has(a.id));
  const paired = new Set<string>();
  const mutual: [string, string][] = [];
  for (const a of single) {
    if (paired.has(a.id)) continue;
    const back = single.find((b) => !paired.has(b.id) && b.id !== a.id && b.premises[0]!.id === a.target.id && b.target.id === a.premises[0]!.id);
    if (back === undefined) continue;
    paired.add(a.id).add(back.id);
    mutual.push([a.premises[0]!.id, a.target.id]);
  }
  const span = { start: 0, end: 0 };
  const folded = {
    ...map,
    arguments: map.arguments.filter((a) => !paired.has(a.id)),
    contradictions: [...map.contradictions, ...mutual.map(([a, b]) => ({ span, between: [{ id: a, span }, { id: b, span }] as [{ id: string; span: typeof span }, { id: string; span: typeof span }] }))],
  };
  return plainStructure(folded);
}

function plainStructure(map: ArgMap) {
  const text = new Map(map.statements.map((s) => [s.id, s.text]));
  const argumentTarget = (id: string) => {
    const argument = map.arguments.find((a) => a.id === id)!;
    return `${argument.kind}:${[...new Set(argument.premises.map((p) => text.get(p.id)))].sort().join('+')}`;
  };
  return {
    statements: [...text.values()].sort(),
    arguments: map.arguments
      .map((a) => `${a.kind} ${[...new Set(a.premises.map((p) => text.get(p.id)))].sort().join('+')} → ${a.kind === 'undercut' || a.backing ? argumentTarget(a.target.id) : text.get(a.target.id)}`)
      .sort(),
    contradictions: map.contradictions.map((c) => c.between.map((r) => text.get(r.id)).sort().join(' ⊥ ')).sort(),
  };
}

describe('AIF import: names', () => {
  it('an argument never takes a name already given ("ra5" from the text "RA5" and from RA-node 5)', () => {
    const text = JSON.stringify({
      nodes: [{ nodeID: 5, type: 'RA', text: 'RA' }, { nodeID: 1, type: 'I', text: 'RA5' }, { nodeID: 2, type: 'I', text: 'Claim' }],
      edges: [{ fromID: 2, toID: 5 }, { fromID: 5, toID: 1 }],
    });
    const { map } = imported(text, 'names.json');
    expect(map.statements.map((s) => s.id)).toEqual(['ra5', 'claim']);
    expect(map.arguments.map((a) => [a.id, a.target.id])).toEqual([['ra5-2', 'ra5']]);
  });

  it('a statement whose text gives no id is named after its node id, made an id ("a b" with text 中文 becomes "ia-b")', () => {
    const text = JSON.stringify({
      nodes: [{ nodeID: 'a b', type: 'I', text: '中文' }, { nodeID: 'c/d', type: 'I', text: '日本' }, { nodeID: 7, type: 'RA', text: 'RA' }],
      edges: [{ fromID: 'c/d', toID: 7 }, { fromID: 7, toID: 'a b' }],
    });
    const { map, codes } = imported(text, 'cjk.json');
    expect(map.statements.map((s) => s.id)).toEqual(['ia-b', 'ic-d']);
    expect(codes).toEqual([]);
  });

  it('node ids that are not ids, or collide once split, still make distinct, valid argument ids', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 'a b', type: 'RA', text: 'RA' }, { nodeID: '5', type: 'RA', text: 'RA' }, { nodeID: '5-1', type: 'RA', text: 'RA' },
        { nodeID: 1, type: 'I', text: 'One' }, { nodeID: 2, type: 'I', text: 'Two' }, { nodeID: 3, type: 'I', text: 'Three' }, { nodeID: 4, type: 'I', text: 'Four' },
      ],
      edges: [{ fromID: 1, toID: 'a b' }, { fromID: 'a b', toID: 2 }, { fromID: 1, toID: 5 }, { fromID: 5, toID: 2 }, { fromID: 5, toID: 3 }, { fromID: 1, toID: '5-1' }, { fromID: '5-1', toID: 4 }],
    });
    const { map } = imported(text, 'odd.json');
    expect(map.arguments.map((a) => `${a.id}→${a.target.id}`)).toEqual(['raa-b→two', 'ra5-1→two', 'ra5-2→three', 'ra5-1-2→four']);
  });

  it('an undercut of an undercut whose own target is gone is left out too, not left dangling', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 30, type: 'CA', text: 'CA' }, { nodeID: 20, type: 'CA', text: 'CA' }, { nodeID: 9, type: 'TA', text: 'TA' },
        { nodeID: 3, type: 'I', text: 'Three' }, { nodeID: 4, type: 'I', text: 'Four' },
      ],
      edges: [{ fromID: 4, toID: 30 }, { fromID: 30, toID: 20 }, { fromID: 3, toID: 20 }, { fromID: 20, toID: 9 }],
    });
    const outcome = importAif(text, 'chain.json');
    expect(outcome.document?.arguments).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['import-unsupported', 'import-unsupported', 'import-dialogue']);
  });

  it('an undercut of an RA that became two arguments undercuts both', () => {
    const text = JSON.stringify({
      nodes: [{ nodeID: 5, type: 'RA', text: 'RA' }, { nodeID: 7, type: 'CA', text: 'CA' }, { nodeID: 1, type: 'I', text: 'One' }, { nodeID: 2, type: 'I', text: 'Two' }, { nodeID: 3, type: 'I', text: 'Three' }, { nodeID: 4, type: 'I', text: 'Four' }],
      edges: [{ fromID: 1, toID: 5 }, { fromID: 5, toID: 2 }, { fromID: 5, toID: 3 }, { fromID: 4, toID: 7 }, { fromID: 7, toID: 5 }],
    });
    const { map } = imported(text, 'split.json');
    expect(map.arguments.filter((a) => a.kind === 'undercut').map((a) => a.target.id)).toEqual(['ra5-1', 'ra5-2']);
  });
});

describe('AIF export', () => {
  it('writes I, RA and CA nodes, a CA each way for a contradiction, and L/YA for speakers, with ids in map order', () => {
    const { map } = parseMap(
      'argmap: 1\nspeakers:\n  me: { name: Me, role: author }\nstatements:\n  t: T\n  p: P\n  q: Q\narguments:\n  a: { supports: t, premises: [p], scheme: expert-opinion }\n  r: { attacks: t, premises: [q] }\n  u: { undercuts: a, premises: [q] }\ncontradictions:\n  - [p, q]\n',
    );
    const aif = mapToAif(map);
    expect(aif.nodes.map((n) => `${n.nodeID} ${n.type} ${n.text}`)).toEqual([
      '1 I T', '2 I P', '3 I Q', '4 RA Expert Opinion', '5 CA Default Conflict', '6 CA Default Conflict', '7 CA Default Conflict', '8 CA Default Conflict',
      '9 L Me : T', '10 YA Asserting', '11 L Me : P', '12 YA Asserting', '13 L Me : Q', '14 YA Asserting',
    ]);
    expect(aif.edges.slice(0, 10).map((e) => `${e.fromID}>${e.toID}`)).toEqual(['2>4', '4>1', '3>5', '5>1', '3>6', '6>4', '2>7', '7>3', '3>8', '8>2']);
    expect(aif.participants).toEqual([{ participantID: '1', firstname: 'Me', surname: '' }]);
    expect(aif.locutions).toEqual([{ nodeID: '9', personID: '1' }, { nodeID: '11', personID: '1' }, { nodeID: '13', personID: '1' }]);
  });

  it('a premise listed twice in a model not made by the parser gives one edge, in a short list and a long one', () => {
    const { map } = parseMap('argmap: 1\nstatements:\n  t: T\n  p: P\n  q: Q\narguments:\n  a: { supports: t, premises: [p, q] }\n');
    const [p, q] = map.arguments[0]!.premises;
    map.arguments[0]!.premises = [p!, q!, { ...p! }, q!];
    expect(mapToAif(map).edges.map((e) => `${e.fromID}>${e.toID}`)).toEqual(['2>4', '3>4', '4>1']);
    map.arguments[0]!.premises = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? { ...p! } : q!));
    expect(mapToAif(map).edges.map((e) => `${e.fromID}>${e.toID}`)).toEqual(['2>4', '3>4', '4>1']);
  });

  it('is written in chunks, character for character as JSON.stringify would write the whole document', () => {
    fc.assert(
      fc.property(validMapObject, (object) => {
        const { map, diagnostics } = parseMap(toYaml(object));
        fc.pre(!diagnostics.some((d) => d.severity === 'error'));
        expect([...mapToAifChunks(map)].join('')).toBe(`${JSON.stringify(mapToAif(map), null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
    const { map } = parseMap(generateMap({ statements: 3000, seed: 7 }).yaml);
    const chunks = [...mapToAifChunks(map)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(`${JSON.stringify(mapToAif(map), null, 2)}\n`);
  });

  it('round trip: export, then import, gives back the same statements, arguments and contradictions', () => {
    fc.assert(
      fc.property(arbitraryMap, (generated) => {
        // Through YAML, as a user's map would come: the parser drops what a map may not say.
        const yaml = dump({
          argmap: 1,
          statements: Object.fromEntries(generated.statements.map((s) => [s.id, `Claim ${s.id}`])),
          arguments: Object.fromEntries(generated.arguments.map((a) => [a.id, { [`${a.kind === 'support' ? 'supports' : a.kind === 'attack' ? 'attacks' : 'undercuts'}`]: a.target.id, premises: a.premises.map((p) => p.id) }])),
          contradictions: generated.contradictions.map((c) => c.between.map((r) => r.id)),
        });
        const { map, diagnostics } = parseMap(yaml);
        if (diagnostics.some((d) => d.severity === 'error')) return;
        const back = imported(mapToAifText(map), 'round.json').map;
        expect(structure(back)).toEqual(structure(map));
      }),
      { numRuns: 300 },
    );
  });

  it('a backing is an RA pointing at the RA (or CA) it backs, and comes back as a backing', () => {
    const { map } = parseMap(
      'argmap: 1\nstatements: {t: T, p: P, r: R, u: U}\narguments:\n  main: { supports: t, premises: [p] }\n  cut: { undercuts: main, premises: [u] }\n  back: { supports: main, premises: [r], scheme: analogy }\n  back-cut: { supports: cut, premises: [p] }\n',
    );
    const aif = mapToAif(map);
    const byId = new Map(aif.nodes.map((n) => [n.nodeID, `${n.type} ${n.text}`]));
    const edges = aif.edges.map((e) => `${byId.get(e.fromID)} > ${byId.get(e.toID)}`);
    expect(edges).toContain('RA Analogy > RA Default Inference');
    expect(edges).toContain('RA Default Inference > CA Default Conflict');
    const back = imported(mapToAifText(map), 'backed.json');
    expect(back.codes).toEqual([]);
    expect(structure(back.map)).toEqual(structure(map));
    expect(back.map.arguments.filter((a) => a.backing).map((a) => a.scheme?.value ?? '-')).toEqual(['analogy', '-']);
  });

  it("the article's map survives the round trip", () => {
    const { map } = parseMap(readFileSync('maps/unilateral-concessions.yaml', 'utf8'));
    const back = imported(mapToAifText(map), 'article.json').map;
    expect(structure(back)).toEqual(structure(map));
    expect(back.speakers.map((s) => s.name).sort()).toEqual([...new Set(map.statements.map((s) => map.speakers.find((p) => p.id === s.speaker)?.name))].filter(Boolean).sort());
    expect(load(dump(importAif(mapToAifText(map), 'a.json').document))).toMatchObject({ argmap: 1 });
  });
});
