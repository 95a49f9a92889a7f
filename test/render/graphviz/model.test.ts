import { readFileSync } from 'node:fs';
import type { EdgeModel, GraphBaseModel, RootGraphModel } from 'ts-graphviz';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate.js';
import { buildGraphvizModel, mapToDot, mapToDotWithLayout } from '../../../src/graphviz.js';
import { parseMap } from '../../../src/index.js';

const example = parseMap(readFileSync(new URL('../../../maps/example.yaml', import.meta.url), 'utf8'), 'example.yaml').map;

function edgeLines(graph: GraphBaseModel): string[] {
  return graph.edges.map((edge: EdgeModel) => {
    const [from, to] = edge.targets as unknown as Array<{ id: string }>;
    const get = (key: 'color' | 'style' | 'arrowhead') => edge.attributes.get(key) ?? '-';
    return `${from!.id} -> ${to!.id}: ${get('color')} ${get('style')} ${get('arrowhead')}`;
  });
}

const nodeIds = (graph: GraphBaseModel) => graph.nodes.map((node) => node.id);

describe('buildGraphvizModel: the example map', () => {
  const graph = buildGraphvizModel(example, { legend: false });

  it('draws every argument: linked premises join at the argument, single premises run straight to the target', () => {
    expect(edgeLines(graph)).toEqual([
      // safety: three linked premises, and a title, so a node of its own
      'dangerous -> safety: #009E73 solid none',
      'lane-cuts-crashes -> safety: #009E73 solid none',
      'fix-worst-first -> safety: #009E73 solid none',
      'safety -> build-lane: #009E73 solid normal',
      'crash-record -> dangerous: #009E73 solid normal',
      'separation -> lane-cuts-crashes: #009E73 solid normal',
      // riverton-precedent has one premise but is undercut, so it has a node to aim at
      'riverton -> riverton-precedent: #009E73 solid none',
      'riverton-like-elm -> riverton-precedent: #009E73 solid none',
      'riverton-precedent -> lane-cuts-crashes: #009E73 solid normal',
      // only-the-lane backs riverton-precedent: its arrow ends at the argument; endorsed, it has a box of its own
      'nothing-else-changed -> only-the-lane: #009E73 solid none',
      'only-the-lane -> riverton-precedent: #009E73 solid normal',
      'riverton-no-parking -> riverton-precedent: #CC79A7 dotted tee',
      'ruins-trade -> build-lane: #D55E00 dashed tee',
      'parking-loss -> parking: #009E73 solid none',
      'customers-drive -> parking: #009E73 solid none',
      'parking -> ruins-trade: #009E73 solid normal',
      'customers-walk -> customers-drive: #D55E00 dashed tee',
      'survey -> customers-walk: #009E73 solid normal',
      'unaffordable -> build-lane: #D55E00 dashed tee',
      'no-cost -> unaffordable: #D55E00 dashed tee',
      'grant -> no-cost: #009E73 solid normal',
      'grant -> now-or-never: #009E73 solid none',
      'grant-ends -> now-or-never: #009E73 solid none',
      'now-or-never -> build-lane: #009E73 solid normal',
      'customers-drive -> customers-walk: #0072B2:invis:#0072B2 - -',
    ]);
  });

  it('has a node per statement, then per argument that needs one', () => {
    expect(nodeIds(graph)).toEqual([
      ...example.statements.map((statement) => statement.id),
      'safety',
      'riverton-precedent',
      'only-the-lane',
      'parking',
      'now-or-never',
    ]);
  });

  it('emphasises theses, dashes implicit premises, and boxes titled arguments', () => {
    const node = (id: string) => graph.getNode(id)!.attributes;
    expect(node('build-lane').get('penwidth')).toBe(2.8);
    expect(node('build-lane').get('label')).toBe(
      '<<B>The council should build a protected</B><BR ALIGN="LEFT"/><B>bike lane on Elm Street this year.</B><BR ALIGN="LEFT"/>>',
    );
    expect(node('fix-worst-first').get('style')).toBe('rounded,filled,dashed');
    expect(node('customers-drive').get('style')).toBe('rounded,filled,dashed');
    expect(node('dangerous').get('style')).toBeUndefined();
    expect(node('safety').get('shape')).toBe('box');
    expect(node('safety').get('label')).toBe('<<I>Fix the most dangerous road</I><BR ALIGN="LEFT"/>>');
    expect(node('parking').get('shape')).toBe('point');
  });

  it('marks the ironic statement, the endorsements and the reported speech of the example', () => {
    const label = (id: string) => graph.getNode(id)!.attributes.get('label');
    const small = (text: string) => `<FONT POINT-SIZE="9" COLOR="#5F5F5F">${text}</FONT><BR ALIGN="LEFT"/>`;
    expect(label('no-cost')).toBe(`<${small('(ironic)')}<I>The lane would cost the town</I><BR ALIGN="LEFT"/><I>nothing.</I><BR ALIGN="LEFT"/>>`);
    expect(label('parking-loss')).toBe(
      `<The lane removes 40 parking spaces.<BR ALIGN="LEFT"/>${small('<I>— Elm Street shopkeepers</I>')}${small('endorsed by A. Reader')}>`,
    );
    expect(label('nothing-else-changed')).toBe(
      `<Nothing but the lane changed on<BR ALIGN="LEFT"/>Riverton's main street when its<BR ALIGN="LEFT"/>crashes fell.<BR ALIGN="LEFT"/>${small("said by Riverton's traffic engineers")}>`,
    );
    expect(graph.getNode('only-the-lane')!.attributes.get('shape')).toBe('box');
    expect(label('only-the-lane')).toBe(`<${small('endorsed by A. Reader')}>`);
  });

  it('names the speaker of statements that are not the author\'s, and puts quote and speaker in the tooltip', () => {
    const ruins = graph.getNode('ruins-trade')!.attributes;
    expect(ruins.get('label')).toBe(
      '<The lane would ruin the shops\'<BR ALIGN="LEFT"/>trade.<BR ALIGN="LEFT"/><FONT POINT-SIZE="9" COLOR="#5F5F5F"><I>— Elm Street shopkeepers</I></FONT><BR ALIGN="LEFT"/>>',
    );
    expect(ruins.get('tooltip')).toBe('“Shopkeepers say the lane will ruin their trade”\n— Elm Street shopkeepers (cited)');
    expect(graph.getNode('dangerous')!.attributes.get('tooltip')).toBe(
      '“Elm Street is the most dangerous road in town for cyclists”\n— A. Reader (author)',
    );
  });

  it('groups statements by their first tag, and arguments with them when all their premises are there', () => {
    const grouped = buildGraphvizModel(example, { groupBy: 'tag', legend: false });
    const clusters = grouped.subgraphs.map((cluster) => [cluster.id, cluster.get('label'), nodeIds(cluster)]);
    expect(clusters).toEqual([
      ['cluster_1', '<<B>policy</B>>', ['build-lane']],
      ['cluster_2', '<<B>safety</B>>', ['dangerous', 'crash-record', 'lane-cuts-crashes']],
      ['cluster_3', '<<B>evidence</B>>', ['riverton', 'survey']],
      ['cluster_4', '<<B>trade</B>>', ['ruins-trade', 'parking-loss', 'customers-walk']],
      ['cluster_5', '<<B>cost</B>>', ['unaffordable', 'grant', 'no-cost', 'grant-ends', 'now-or-never']],
    ]);
    // Cluster labels go on top: for bottom-to-top diagrams Graphviz calls that "b".
    expect(grouped.subgraphs[0]!.get('labelloc')).toBe('b');
    expect(buildGraphvizModel(example, { groupBy: 'tag', rankdir: 'TB' }).subgraphs[0]!.get('labelloc')).toBe('t');
    // And on the left: for right-to-left diagrams Graphviz calls that "r".
    expect(grouped.subgraphs[0]!.get('labeljust')).toBe('l');
    expect(buildGraphvizModel(example, { groupBy: 'tag', rankdir: 'RL' }).subgraphs[0]!.get('labeljust')).toBe('r');
  });

  it('groups statements by speaker, named in the cluster label', () => {
    const grouped = buildGraphvizModel(example, { groupBy: 'speaker', legend: false });
    expect(grouped.subgraphs.map((cluster) => cluster.get('label'))).toEqual([
      '<<B>A. Reader</B>>',
      '<<B>Elm Street shopkeepers</B>>',
      '<<B>Unnamed critics</B>>',
    ]);
  });

  it('shows ids in nodes and on single-premise edges with --ids, and follows --rankdir and --wrap', () => {
    const withIds = buildGraphvizModel(example, { ids: true, rankdir: 'LR', wrap: 80, legend: false });
    expect(withIds.get('rankdir')).toBe('LR');
    expect(withIds.getNode('dangerous')!.attributes.get('label')).toBe(
      '<<FONT POINT-SIZE="9" COLOR="#5F5F5F">dangerous</FONT><BR ALIGN="LEFT"/>Elm Street is the most dangerous road in town for cyclists.<BR ALIGN="LEFT"/>>',
    );
    expect(withIds.getNode('parking')!.attributes.get('shape')).toBe('box');
    const edge = withIds.edges.find((candidate) => (candidate.targets[0] as { id: string }).id === 'crash-record')!;
    expect(edge.attributes.get('label')).toBe('<<FONT POINT-SIZE="9" COLOR="#5F5F5F">crash-count</FONT>>');
  });

  it('adds a legend cluster unless asked not to', () => {
    const names = (graph: RootGraphModel) => graph.subgraphs.map((cluster) => cluster.id);
    expect(names(buildGraphvizModel(example))).toEqual(['cluster_legend']);
    expect(names(buildGraphvizModel(example, { legend: false }))).toEqual([]);
  });
});

describe('buildGraphvizModel: big maps', () => {
  const boxes = (count: number) => parseMap(generateMap({ statements: count, seed: 2 }).yaml).map;
  const layout = (graph: RootGraphModel) => ['splines', 'nslimit', 'mclimit', 'searchsize'].map((name) => graph.get(name as 'splines'));

  it('lays out maps over 2,000 boxes the fast way: straight segments and a bounded search', () => {
    expect(layout(buildGraphvizModel(boxes(1000)))).toEqual([undefined, undefined, undefined, undefined]);
    expect(layout(buildGraphvizModel(boxes(2001)))).toEqual(['polyline', 0.02, 0.05, 10]);
  });

  it('lays them out with full care when asked (fullLayout), and says which it did', () => {
    expect(layout(buildGraphvizModel(boxes(2001), { fullLayout: true }))).toEqual([undefined, undefined, undefined, undefined]);
    expect(mapToDotWithLayout(boxes(2001)).fastLayout).toBe(true);
    expect(mapToDotWithLayout(boxes(2001), { fullLayout: true }).fastLayout).toBe(false);
    expect(mapToDotWithLayout(boxes(1000)).fastLayout).toBe(false);
    expect(mapToDotWithLayout(boxes(2001)).dot).toContain('\n  nslimit = 0.02;\n');
  });
});

describe('mapToDot', () => {
  it('prints the model as DOT', () => {
    const { map } = parseMap(
      [
        'argmap: 1',
        'title: Tea',
        'theses: [t]',
        'statements:',
        '  t: Tea is good for you.',
        '  a: { text: Tea has caffeine., implicit: true }',
        '  b: Caffeine keeps you awake.',
        '  c: Nothing keeps you awake.',
        'arguments:',
        '  r: { supports: t, premises: [a, b] }',
        'contradictions:',
        '  - [b, c]',
        '',
      ].join('\n'),
    );
    expect(mapToDot(map, { legend: false })).toBe(
      readFileSync(new URL('./tea.dot', import.meta.url), 'utf8'),
    );
  });
});
