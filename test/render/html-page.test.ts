import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPageData, jsonForScript, renderHtmlPage } from '../../src/render/html/index.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { yaml } from '../helpers.js';

const MAP = yaml`
  argmap: 1
  title: Small
  speakers:
    me: { name: Me, role: author }
    you: { name: You }
  theses: [t]
  statements:
    t: { text: The thesis., quote: the thesis holds }
    p: { text: A premise., speaker: you, tags: [evidence] }
    q: { text: An objection. }
  arguments:
    a: { supports: t, premises: [p], scheme: example }
    b: { attacks: t, premises: [q] }
`;

describe('buildPageData', () => {
  const { map, diagnostics } = parseMap(MAP, 'small.yaml');

  it('lays the outline out as argmap tree does: the thesis, the argument for it, its premise, then the one against', () => {
    expect(diagnostics).toEqual([]);
    const data = buildPageData(map);
    const rows = data.outline.map(([item, depth, shown, relation]) => [data.items[item]!.id, depth, shown, relation]);
    expect(rows).toEqual([
      ['t', 0, 'full', ''],
      ['a', 1, 'full', 'support'],
      ['p', 2, 'full', ''],
      ['b', 1, 'full', 'rebut'],
      ['q', 2, 'full', ''],
    ]);
    expect(data.tags).toEqual(['evidence']);
    expect(data.items.find((item) => item.id === 'p')).toEqual({ kind: 'statement', id: 'p', text: 'A premise.', speaker: 'you', tags: ['evidence'], quotes: [] });
    expect(data.items.find((item) => item.id === 'a')).toMatchObject({ kind: 'argument', scheme: 'example', relation: 'support', target: 't', premises: ['p'] });
  });

  it('gives each found quote its passage of the source, and nothing for a quote not found', () => {
    const found = buildPageData(map, 'Some say that the thesis holds, and more.');
    expect(found.items[0]!.quotes).toEqual([{ text: 'the thesis holds', passage: { before: 'Some say that ', match: 'the thesis holds', after: ', and more.' } }]);
    expect(buildPageData(map, 'Nothing here.').items[0]!.quotes).toEqual([{ text: 'the thesis holds' }]);
    expect(found.hasSource).toBe(true);
  });

  it("carries reported speech, endorsements and speech acts, a quote's too, and nothing for a plain assertion", () => {
    const { map: speech } = parseMap(
      yaml`
        argmap: 1
        speakers: { me: { name: Me, role: author }, you: { name: You } }
        statements:
          t: { text: T., said-by: you, endorsed-by: [me], act: ironic, quote: [{ text: so kind, act: ironic }, plain] }
          p: { text: P., act: assert }
        arguments:
          a: { supports: t, premises: [p], speaker: you, endorsed-by: me }
      `,
      'speech.yaml',
    );
    const items = buildPageData(speech, 'How so kind, and plain.').items;
    expect(items[0]).toMatchObject({ saidBy: ['you'], endorsedBy: ['me'], act: 'ironic' });
    expect(items[0]!.quotes.map((quote) => [quote.text, quote.act, quote.passage?.match])).toEqual([
      ['so kind', 'ironic', 'so kind'],
      ['plain', undefined, 'plain'],
    ]);
    expect(items[1]).toEqual({ kind: 'statement', id: 'p', text: 'P.', speaker: 'me', tags: [], quotes: [] });
    expect(items[2]).toMatchObject({ speaker: 'you', endorsedBy: ['me'] });
    expect(items[2]!.act).toBeUndefined();
  });

  it('carries an evaluation: labels and strengths by id', () => {
    const data = buildPageData(map, undefined, { labels: new Map([['t', 'in' as const]]), strengths: new Map([['t', 0.75]]) });
    expect(data.items[0]).toMatchObject({ label: 'in', strength: 0.75 });
    expect(data.items[1]!.label).toBeUndefined();
    expect(data.hasEvaluation).toBe(true);
  });
});

describe('renderHtmlPage', () => {
  it('allows only its own script and style, by hash, and loads nothing', () => {
    const { map } = parseMap(MAP, 'small.yaml');
    const html = renderHtmlPage({ data: buildPageData(map), svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' });
    expect(html).toMatch(/content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'"/);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});

describe('renderHtmlPage without a diagram', () => {
  it('carries the reason instead of the SVG, and no live script unless asked', () => {
    const { map } = parseMap(MAP, 'small.yaml');
    const html = renderHtmlPage({ data: buildPageData(map), diagramNote: 'Too big.' });
    const payload = JSON.parse(/<script type="application\/json" id="argmap-data">(.*)<\/script>/.exec(html)![1]!) as { svg: unknown; diagramNote: unknown };
    expect([payload.svg, payload.diagramNote]).toEqual([null, 'Too big.']);
    expect(html).not.toContain('EventSource');
    expect(html).not.toContain('connect-src');
    const live = renderHtmlPage({ data: buildPageData(map), live: true, problems: 'small.yaml:1:1 error' });
    expect(live).toContain("connect-src 'self'");
    expect(live.match(/<script>/g)).toHaveLength(2);
    expect(live).toContain('"problems":"small.yaml:1:1 error"');
  });
});

describe('jsonForScript', () => {
  it('never lets the text close the element or start a comment, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'grapheme' }), (value, text) => {
        for (const input of [value, text, { text: `</script>${text}<!--\u2028\u2029` }]) {
          const json = jsonForScript(input);
          expect(json).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
        }
      }),
    );
  });
});
