import type { EdgeModel } from 'ts-graphviz';
import { describe, expect, it } from 'vitest';
import { buildGraphvizModel } from '../../../src/graphviz.js';
import { parseMap } from '../../../src/index.js';
import { yaml } from '../../helpers.js';

// Speech acts, endorsement and backing in the diagram (issue 16).
const { map } = parseMap(yaml`
  argmap: 1
  speakers:
    me: { name: The author, role: author }
    com: { name: "<b>Com</b>", role: commenter }
    trump: { name: Trump, role: cited }
  theses: [t]
  statements:
    t: The thesis.
    p: { text: A display of statesmanship., act: ironic, endorsed-by: [me, com] }
    q: { text: Plain., act: assert }
    r: { text: Spot on., speaker: com }
    s: { text: Russia will not allow it., said-by: [trump, com] }
    u: { text: NATO caused the war., speaker: trump, said-by: trump }
  arguments:
    main: { supports: t, premises: [p, q, s] }
    other: { attacks: t, premises: [u] }
    back: { supports: main, premises: [r], speaker: com, endorsed-by: me }
`, 'm.yaml');

describe('the diagram with the keys of issue 16', () => {
  const graph = buildGraphvizModel(map, { legend: false });
  const label = (id: string) => graph.getNode(id)!.attributes.get('label');

  it('names a non-assert act above the text, sets the text in italics, and adds a small "endorsed by" line, escaped', () => {
    expect(label('p')).toBe(
      '<<FONT POINT-SIZE="9" COLOR="#5F5F5F">(ironic)</FONT><BR ALIGN="LEFT"/><I>A display of statesmanship.</I><BR ALIGN="LEFT"/>' +
        '<FONT POINT-SIZE="9" COLOR="#5F5F5F">endorsed by The author, &lt;b&gt;Com&lt;/b&gt;</FONT><BR ALIGN="LEFT"/>>',
    );
    // Near miss: "assert" is a plain statement.
    expect(label('q')).toBe('<Plain.<BR ALIGN="LEFT"/>>');
  });

  it('adds a small "said by" line for reported speech, unless it only names the speaker shown already', () => {
    expect(label('s')).toBe(
      '<Russia will not allow it.<BR ALIGN="LEFT"/><FONT POINT-SIZE="9" COLOR="#5F5F5F">said by Trump, &lt;b&gt;Com&lt;/b&gt;</FONT><BR ALIGN="LEFT"/>>',
    );
    expect(label('u')).toBe('<NATO caused the war.<BR ALIGN="LEFT"/><FONT POINT-SIZE="9" COLOR="#5F5F5F"><I>— Trump</I></FONT><BR ALIGN="LEFT"/>>');
  });

  it('gives an endorsed argument a box with the line, and draws a backing as an edge into the argument it backs', () => {
    expect(label('back')).toBe('<<FONT POINT-SIZE="9" COLOR="#5F5F5F">endorsed by The author</FONT><BR ALIGN="LEFT"/>>');
    const edges = graph.edges.map((edge: EdgeModel) => (edge.targets as unknown as Array<{ id: string }>).map((end) => end.id).join(' -> '));
    expect(edges).toContain('back -> main');
    expect(edges).toContain('r -> back');
  });
});
