import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapToMermaid, mermaidText } from '../../src/interchange/mermaid.js';
import { parseMap } from '../../src/index.js';
import { HOSTILE } from '../render/graphviz/hostile.js';
import { argumentOf, mapOf, statementOf } from '../evaluate/maps.js';

/** Mermaid's own parser, which needs a DOM for its sanitiser: jsdom stands in for the browser. */
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const { window } = new JSDOM('');
  Object.assign(globalThis, { window, document: window.document });
  const { default: mermaid } = await import('mermaid');
  parse = (text) => mermaid.parse(text);
}, 60_000);

const read = (path: string) => parseMap(readFileSync(path, 'utf8'), path).map;

describe('export --format mermaid', () => {
  it('draws a small map as a flowchart: boxes, argument circles, styled links', () => {
    const map = mapOf(
      [statementOf('t'), statementOf('p'), { ...statementOf('q'), implicit: true }],
      [argumentOf('a', 'support', 't', ['p', 'q']), argumentOf('r', 'attack', 'p', ['q']), argumentOf('u', 'undercut', 'a', ['q'])],
      [['t', 'q']],
    );
    map.theses = [{ id: 't', span: { start: 0, end: 0 } }];
    expect(mapToMermaid(map)).toBe(
      [
        'flowchart BT',
        '  s1["t"]:::thesis',
        '  s2["p"]:::statement',
        '  s3["q"]:::implicit',
        '  a1(("+")):::support',
        '  a2(("#8722;")):::attack',
        '  a3(("#8856;")):::undercut',
        '  s2 --- a1',
        '  s3 --- a1',
        '  a1 --> s1',
        '  s3 --- a2',
        '  a2 --x s2',
        '  s3 --- a3',
        '  a3 -.-x a1',
        '  s1 <-.-> s3',
        '  classDef statement fill:#FFFFFF,stroke:#4D4D4D,color:#1A1A1A',
        '  classDef thesis fill:#FFF1C2,stroke:#4D4D4D,stroke-width:3px,color:#1A1A1A,font-weight:bold',
        '  classDef implicit fill:#FFFFFF,stroke:#4D4D4D,stroke-dasharray:5 4,color:#1A1A1A',
        '  classDef support fill:#FFFFFF,stroke:#009E73,color:#009E73',
        '  classDef attack fill:#FFFFFF,stroke:#D55E00,color:#D55E00',
        '  classDef undercut fill:#FFFFFF,stroke:#CC79A7,color:#CC79A7',
        '  linkStyle 0,1,2 stroke:#009E73,stroke-width:2px',
        '  linkStyle 3,4 stroke:#D55E00,stroke-width:2px',
        '  linkStyle 5,6 stroke:#CC79A7,stroke-width:2px',
        '  linkStyle 7 stroke:#0072B2,stroke-width:2px',
        '',
      ].join('\n'),
    );
  });

  it('draws a text of only white space as a blank box, since Mermaid rejects an empty label', async () => {
    expect(mermaidText('\t \n')).toBe(' ');
    const map = mapOf([statementOf('t')], []);
    map.statements[0]!.text = '\t';
    expect(mapToMermaid(map).split('\n')[1]).toBe('  s1[" "]:::statement');
    await expect(parse(mapToMermaid(map))).resolves.toBeTruthy();
  });

  it('draws a backing as an arrow from its circle into the circle of the argument it backs', async () => {
    const { map } = parseMap('argmap: 1\nstatements: {t: T, p: P, r: R}\narguments:\n  main: { supports: t, premises: [p] }\n  back: { supports: main, premises: [r] }\n');
    const lines = mapToMermaid(map).split('\n');
    expect(lines).toContain('  a2 --> a1');
    expect(lines).toContain('  s3 --- a2');
    await expect(parse(mapToMermaid(map))).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it("the example and the article's map parse with Mermaid's own parser", async () => {
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml']) {
      await expect(parse(mapToMermaid(read(path)))).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    }
  });

  it('any text, hostile or not, makes a diagram Mermaid parses, with nothing raw in the labels', async () => {
    const text = fc.oneof(fc.constantFrom(...HOSTILE, 'end', 'graph TD', 'click s1 call alert(1)', '%%{init: {}}%%', '```', 'a"]:::x --> b["'), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(text, text, async (statement, title) => {
        const map = mapOf([statementOf('t'), statementOf('p')], [{ ...argumentOf('a', 'support', 't', ['p']), title }]);
        map.statements[0]!.text = statement;
        map.title = title;
        const diagram = mapToMermaid(map);
        await expect(parse(diagram)).resolves.toBeTruthy();
        for (const label of [mermaidText(statement), mermaidText(title)]) expect(label).toMatch(/^[A-Za-z0-9 .,:?!'()\-+/=#;]*$/);
      }),
      { numRuns: 150 },
    );
  });
});
