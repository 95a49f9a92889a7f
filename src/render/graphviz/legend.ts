/**
 * The legend: a cluster with one sample of each kind of box and line, drawn
 * with the same styles as the map itself, so it cannot drift from them.
 *
 * It has two ranks whatever the direction of the diagram: the loose ends of
 * the sample lines on one, and the boxes and the descriptions the lines point
 * at on the other.
 */
import type { EdgeAttributesObject, NodeAttributesObject, NodeModel, RootGraphModel } from 'ts-graphviz';
import {
  clusterTitlePlace,
  COLOUR,
  CONTRADICTION_EDGE,
  IMPLICIT_NODE,
  junctionNode,
  LABEL_LOOK,
  LABEL_PENWIDTH,
  premiseEdge,
  relationEdge,
  THESIS_NODE,
} from './style.js';
import type { RankDir } from './options.js';

// Map ids never contain ':', so these names cannot clash with a statement's.
const PREFIX = 'legend:';

const TEXT: NodeAttributesObject = { shape: 'plaintext', fontsize: 10, margin: '0.02,0.02', height: 0.2 };
const LOOSE_END: NodeAttributesObject = { shape: 'point', style: 'invis', width: 0.01, height: 0.01, label: '' };
const SAMPLE: NodeAttributesObject = { fontsize: 10, margin: '0.1,0.04', height: 0.3 };

/** Line samples: the line, then what it means. */
const LINES: Array<[string, EdgeAttributesObject, string]> = [
  ['support', relationEdge('support'), 'supports'],
  ['attack', relationEdge('attack'), 'attacks: rebuts a conclusion<BR/>or undermines a premise'],
  ['undercut', relationEdge('undercut'), 'undercuts: denies that the<BR/>premises lead to the conclusion'],
  ['contradiction', { ...CONTRADICTION_EDGE, constraint: true }, 'contradict<BR/>each other'],
];

export function addLegend(graph: RootGraphModel, rankdir: RankDir, withLabels = false): void {
  const legend = graph.createSubgraph('cluster_legend', {
    label: '<<B>Legend</B>>',
    ...clusterTitlePlace(rankdir),
    style: 'rounded',
    color: COLOUR.clusterBorder,
    fontsize: 11,
    margin: 10,
  });
  const ends = legend.createSubgraph({ rank: 'same' });
  const samples = legend.createSubgraph({ rank: 'same' });
  const end = (name: string) => ends.createNode(`${PREFIX}${name}-end`, LOOSE_END);

  const inOrder: NodeModel[] = [
    samples.createNode(`${PREFIX}thesis`, { ...THESIS_NODE, ...SAMPLE, label: '<<B>Thesis</B>>' }),
    samples.createNode(`${PREFIX}statement`, { ...SAMPLE, label: '<Statement>' }),
    samples.createNode(`${PREFIX}implicit`, { ...IMPLICIT_NODE, ...SAMPLE, label: '<Implicit<BR/>premise>' }),
  ];

  if (withLabels) {
    for (const label of ['in', 'out', 'undecided'] as const) {
      const { mark, colour } = LABEL_LOOK[label];
      inOrder.push(samples.createNode(`${PREFIX}${label}`, { ...SAMPLE, color: colour, penwidth: LABEL_PENWIDTH, label: `<<FONT COLOR="${colour}"><B>${mark}</B></FONT>>` }));
    }
  }

  const join = samples.createNode(`${PREFIX}join`, junctionNode('support'));
  for (const side of ['left', 'right']) legend.createEdge([end(`join-${side}`), join], premiseEdge('support'));
  inOrder.push(join, samples.createNode(`${PREFIX}join-text`, { ...TEXT, label: '<premises that<BR/>work together>' }));

  for (const [name, line, meaning] of LINES) {
    const text = samples.createNode(`${PREFIX}${name}`, { ...TEXT, label: `<${meaning}>` });
    legend.createEdge([end(name), text], line);
    inOrder.push(text);
  }
  // Invisible edges between neighbours keep the samples in this order; in a
  // left-right diagram a rank is a column, filled from the bottom.
  if (rankdir === 'LR' || rankdir === 'RL') inOrder.reverse();
  for (let i = 1; i < inOrder.length; i++) legend.createEdge([inOrder[i - 1]!, inOrder[i]!], { style: 'invis' });
}
