/**
 * Builds the Graphviz model of a map: a pure function from an `ArgMap` to a
 * ts-graphviz graph. Rendering it (to DOT, SVG, PNG, PDF) is a separate step.
 *
 * Statements are rounded boxes. An argument whose premises work together
 * (more than one premise), that has a title, or that something undercuts gets
 * a node of its own: its premises join there and one edge leaves it for the
 * target. An argument of one premise is a single edge from premise to target.
 */
import { Digraph, type EdgeAttributesObject, type GraphBaseModel, type NodeAttributesObject, type NodeModel, type RootGraphModel } from 'ts-graphviz';
import { indexMap, relationOf, type MapIndex } from '../../model/graph.js';
import type { ArgMap, Argument, Speaker, Statement } from '../../model/types.js';
import {
  argumentLabel,
  argumentTooltip,
  clusterLabel,
  edgeIdLabel,
  statementLabel,
  statementTooltip,
  titleLabel,
  verdictLine,
} from './labels.js';
import { addLegend } from './legend.js';
import {
  argumentNode,
  CLUSTER,
  clusterTitlePlace,
  COLOUR,
  CONTRADICTION_EDGE,
  edgeKindOf,
  FONT,
  IMPLICIT_NODE,
  junctionNode,
  LABEL_LOOK,
  LABEL_PENWIDTH,
  premiseEdge,
  relationEdge,
  SMALL_FONT_SIZE,
  STATEMENT_NODE,
  THESIS_NODE,
} from './style.js';
import { DEFAULT_WRAP, type GraphvizOptions, type GroupBy, type RankDir } from './options.js';
import { createNodeNames, tooltipText } from './text.js';

export type { GraphvizOptions, RankDir, GroupBy } from './options.js';

type Parent = GraphBaseModel;

/** Above this many boxes, a map is laid out with FAST_LAYOUT unless `fullLayout` is asked for. */
export const LARGE_MAP_NODES = 2000;

/**
 * Graphviz's layout of a big map, many times faster and a little less tidy
 * (docs/performance.md has the measurements). Routing curves took most of the
 * time of a 10,000-statement map (131 s, 38 s with straight segments); of what
 * is left, most goes to the network simplex that places boxes side by side
 * and to the passes that reduce crossings, which these bound: iterations per
 * node (nslimit), crossing passes (mclimit) and the search per pass.
 */
export const FAST_LAYOUT = { splines: 'polyline', nslimit: 0.02, mclimit: 0.05, searchsize: 10 } as const;

export function buildGraphvizModel(map: ArgMap, options: GraphvizOptions = {}): RootGraphModel {
  const wrap = options.wrap ?? DEFAULT_WRAP;
  const ids = options.ids ?? false;
  const rankdir = options.rankdir ?? 'BT';
  const index = indexMap(map);
  const speakers = new Map(map.speakers.map((speaker) => [speaker.id, speaker]));
  const nodeName = createNodeNames();

  const graph = new Digraph({
    rankdir,
    bgcolor: COLOUR.background,
    fontname: FONT,
    fontcolor: COLOUR.text,
    pad: 0.3,
    nodesep: 0.3,
    ranksep: 0.45,
    // Edges first, so that no line is drawn across a box.
    outputorder: 'edgesfirst',
  });
  const title = titleLabel(map);
  if (title !== undefined) graph.apply({ label: title, labelloc: 't', labeljust: 'c' });
  graph.attributes.node.apply(STATEMENT_NODE);
  graph.attributes.edge.apply({ fontname: FONT, fontsize: SMALL_FONT_SIZE, fontcolor: COLOUR.muted });

  const groups = createGroups(graph, options.groupBy, speakers, rankdir);
  const nodes = new Map<string, NodeModel>();

  for (const statement of map.statements) {
    const speaker = statement.speaker === undefined ? undefined : speakers.get(statement.speaker);
    const thesis = index.theses.has(statement.id);
    const look = STATEMENT_LOOKS[(thesis ? 2 : 0) + (statement.implicit ? 1 : 0)]!;
    const verdict = options.labels?.get(statement.id);
    const label = statementLabel(statement, {
      wrap,
      ids,
      thesis,
      speakerName: speaker && statement.speaker !== map.authorSpeaker ? speaker.name : undefined,
      // As in the tree: reported speech shows when it names someone other than the statement's speaker.
      saidBy: statement.saidBy?.some((ref) => ref.id !== statement.speaker) ? namesOf(statement.saidBy, speakers) : undefined,
      endorsedBy: namesOf(statement.endorsedBy, speakers),
      ...(verdict === undefined ? {} : { verdict: verdictLine(verdict) }),
    });
    const parent = groups.parentOf(statement);
    const attributes = withAttributes(look, { label, tooltip: statementTooltip(statement, speaker) });
    nodes.set(statement.id, parent.createNode(nodeName(statement.id), withVerdict(attributes, verdict)));
  }

  // Each argument's relation and tooltip, worked out once for its node and its edges.
  const drawn = map.arguments
    .filter((argument) => argument.premises.every((premise) => nodes.has(premise.id)))
    .map((argument) => {
      const relation = relationOf(index, argument);
      return { argument, relation, kind: edgeKindOf(relation), tooltip: argumentTooltip(argument, relation, speakerOf(argument, speakers)) };
    });
  // Argument nodes first: undercuts point at them.
  for (const { argument, kind, tooltip } of drawn) {
    if (!needsNode(argument, index)) continue;
    const verdict = options.labels?.get(argument.id);
    // A junction is a dot with no room for a mark: its colour alone shows the label.
    const attributes =
      argument.title === undefined && !ids && argument.endorsedBy === undefined
        ? withAttributes(junctionNode(kind), { label: '', tooltip })
        : withAttributes(argumentNode(kind), {
            label: argumentLabel(argument, { wrap, ids, endorsedBy: namesOf(argument.endorsedBy, speakers), ...(verdict === undefined ? {} : { verdict: verdictLine(verdict) }) }),
            tooltip,
          });
    const parent = groups.commonParent(argument.premises.map((premise) => premise.id));
    nodes.set(argument.id, parent.createNode(nodeName(argument.id), withVerdict(attributes, verdict)));
  }

  const premiseLook = { support: premiseEdge('support'), attack: premiseEdge('attack'), undercut: premiseEdge('undercut') };
  const relationLook = { support: relationEdge('support'), attack: relationEdge('attack'), undercut: relationEdge('undercut') };
  for (const { argument, kind, tooltip } of drawn) {
    const target = nodes.get(argument.target.id);
    if (!target) continue;
    const premises = uniqueIds(argument).map((id) => nodes.get(id)!);
    const own = nodes.get(argument.id);
    if (own) {
      for (const premise of premises) graph.createEdge([premise, own], withAttributes(premiseLook[kind], { tooltip }));
      graph.createEdge([own, target], withAttributes(relationLook[kind], { tooltip, weight: 2 }));
    } else {
      const attributes = withAttributes(relationLook[kind], { tooltip });
      if (ids) attributes.label = edgeIdLabel(argument.id);
      graph.createEdge([premises[0]!, target], attributes);
    }
  }

  if (nodes.size > LARGE_MAP_NODES && options.fullLayout !== true) graph.apply(FAST_LAYOUT);

  for (const contradiction of map.contradictions) {
    const [a, b] = contradiction.between;
    const from = nodes.get(a.id);
    const to = nodes.get(b.id);
    if (!from || !to) continue;
    graph.createEdge([from, to], withAttributes(CONTRADICTION_EDGE, { tooltip: tooltipText([`${a.id} and ${b.id} contradict each other`]) }));
  }

  if (options.legend ?? true) addLegend(graph, rankdir, options.labels !== undefined);
  return graph;
}

/** The four looks a statement can have (thesis, implicit, both), made once. */
const STATEMENT_LOOKS: readonly NodeAttributesObject[] = [{}, { ...IMPLICIT_NODE }, { ...THESIS_NODE }, { ...THESIS_NODE, ...IMPLICIT_NODE }];

/**
 * `{ ...base, ...extra }`, a new object. Written as a spread followed by
 * more keys, V8 (Node 20) gives each such object a hidden class of its own:
 * ten times slower to make (1.2 against 0.1 µs), and 0.13 s of building the
 * nodes and edges of 100,000 statements.
 */
function withAttributes<T extends NodeAttributesObject | EdgeAttributesObject>(base: T, extra: T): T {
  return Object.assign({}, base, extra);
}

/** An argument's premise ids, each once, in order (a map built by hand may repeat one). */
function uniqueIds(argument: Argument): string[] {
  const { premises } = argument;
  if (premises.length === 1) return [premises[0]!.id];
  return [...new Set(premises.map((premise) => premise.id))];
}

/** Linked premises, a title to show, or an undercut aimed at it: the argument gets its own node. */
function needsNode(argument: Argument, index: MapIndex): boolean {
  // A title, or who endorses it, needs a box to be written in.
  if (argument.title !== undefined || argument.endorsedBy !== undefined) return true;
  if (uniqueIds(argument).length !== 1) return true;
  // Ids are shared, so anything aimed at an argument's id undercuts or backs it, and needs a node to arrive at.
  return index.argumentsAt.has(argument.id);
}

function namesOf(refs: readonly { id: string }[] | undefined, speakers: ReadonlyMap<string, Speaker>): string[] | undefined {
  return refs?.map((ref) => speakers.get(ref.id)?.name ?? ref.id);
}

function speakerOf(argument: Argument, speakers: ReadonlyMap<string, Speaker>): Speaker | undefined {
  return argument.speaker === undefined ? undefined : speakers.get(argument.speaker);
}

interface Groups {
  parentOf(statement: Statement): Parent;
  /** The cluster all these statements are in, or the graph itself. */
  commonParent(statementIds: readonly string[]): Parent;
}

function createGroups(
  graph: RootGraphModel,
  groupBy: GroupBy | undefined,
  speakers: ReadonlyMap<string, Speaker>,
  rankdir: RankDir,
): Groups {
  const clusters = new Map<string, Parent>();
  const clusterOf = new Map<string, Parent>();
  const keyOf = (statement: Statement): string | undefined =>
    groupBy === 'tag' ? statement.tags[0]?.value : groupBy === 'speaker' ? statement.speaker : undefined;
  const titleOf = (key: string) => (groupBy === 'speaker' ? (speakers.get(key)?.name ?? key) : key);

  return {
    parentOf(statement) {
      const key = keyOf(statement);
      if (key === undefined) return graph;
      let cluster = clusters.get(key);
      if (!cluster) {
        // Numbered names: a tag can hold any text, a DOT name should not.
        cluster = graph.createSubgraph(`cluster_${clusters.size + 1}`, { ...CLUSTER, ...clusterTitlePlace(rankdir), label: clusterLabel(titleOf(key)) });
        clusters.set(key, cluster);
      }
      clusterOf.set(statement.id, cluster);
      return cluster;
    },
    commonParent(statementIds) {
      const first = statementIds[0] === undefined ? undefined : clusterOf.get(statementIds[0]);
      if (!first) return graph;
      return statementIds.every((id) => clusterOf.get(id) === first) ? first : graph;
    },
  };
}

/** A box's border in its label's colour (with --eval); the attributes unchanged without one. */
function withVerdict<T extends NodeAttributesObject>(attributes: T, verdict: 'in' | 'out' | 'undecided' | undefined): T {
  if (verdict === undefined) return attributes;
  const colour = LABEL_LOOK[verdict].colour;
  return { ...attributes, color: colour, penwidth: LABEL_PENWIDTH, ...(attributes.shape === 'point' ? { fillcolor: colour } : {}) };
}
