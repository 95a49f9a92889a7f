/**
 * The look of a diagram, in one place. Colours are from the Okabe–Ito palette,
 * which readers with any common colour-vision deficiency can tell apart; every
 * relation also differs in line style and arrowhead, so a greyscale print
 * stays readable.
 */
import type { EdgeAttributesObject, NodeAttributesObject } from 'ts-graphviz';
import type { Relation } from '../../model/graph.js';
import type { RankDir } from './options.js';

/** Graphviz's own width estimates know Helvetica; the PNG renderer maps it to Arimo, which has the same metrics. */
export const FONT = 'Helvetica';
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 9;

export const COLOUR = {
  support: '#009E73', // bluish green
  attack: '#D55E00', // vermilion
  undercut: '#CC79A7', // reddish purple
  contradiction: '#0072B2', // blue
  text: '#1A1A1A',
  muted: '#5F5F5F',
  border: '#4D4D4D',
  thesisFill: '#FFF1C2',
  statementFill: '#FFFFFF',
  clusterFill: '#F3F3F3',
  clusterBorder: '#B8B8B8',
  background: '#FFFFFF',
} as const;

/**
 * With --eval, a box's border shows its label, and a mark in the box says it
 * in words, so the diagram reads the same in greyscale: Okabe–Ito colours,
 * the same green and vermilion as support and attack.
 */
export const LABEL_LOOK = {
  // Marks from Latin-1, which every font has (PNG text is drawn with Arimo).
  in: { mark: '+ in', colour: COLOUR.support },
  out: { mark: '× out', colour: COLOUR.attack },
  undecided: { mark: '? undecided', colour: '#E69F00' },
} as const;
export const LABEL_PENWIDTH = 2.6;

export type EdgeKind = 'support' | 'attack' | 'undercut';

export function edgeKindOf(relation: Relation): EdgeKind {
  return relation === 'rebut' || relation === 'undermine' ? 'attack' : relation;
}

/** What each relation is called in tooltips and the legend. */
export const RELATION_VERB: Record<Relation, string> = {
  support: 'supports',
  rebut: 'rebuts',
  undermine: 'undermines',
  undercut: 'undercuts',
};

const LINE: Record<EdgeKind, EdgeAttributesObject> = {
  support: { color: COLOUR.support, style: 'solid', penwidth: 1.6 },
  attack: { color: COLOUR.attack, style: 'dashed', penwidth: 1.8 },
  undercut: { color: COLOUR.undercut, style: 'dotted', penwidth: 2.6 },
};

const ARROWHEAD: Record<EdgeKind, EdgeAttributesObject['arrowhead']> = {
  support: 'normal',
  attack: 'tee',
  undercut: 'tee',
};

/** The edge into a target: coloured, styled and with the relation's arrowhead. */
export function relationEdge(kind: EdgeKind): EdgeAttributesObject {
  return { ...LINE[kind], arrowhead: ARROWHEAD[kind], arrowsize: 0.9 };
}

/** A premise's line into the argument node it joins: the same line, no arrowhead. */
export function premiseEdge(kind: EdgeKind): EdgeAttributesObject {
  return { ...LINE[kind], arrowhead: 'none' };
}

/** Two parallel lines and no arrowheads; it does not pull the layout. */
export const CONTRADICTION_EDGE: EdgeAttributesObject = {
  color: `${COLOUR.contradiction}:invis:${COLOUR.contradiction}`,
  penwidth: 1.4,
  dir: 'none',
  constraint: false,
};

/** The default for every node: a statement. */
export const STATEMENT_NODE: NodeAttributesObject = {
  shape: 'box',
  style: 'rounded,filled',
  color: COLOUR.border,
  fillcolor: COLOUR.statementFill,
  penwidth: 1.2,
  margin: '0.14,0.08',
  fontname: FONT,
  fontsize: FONT_SIZE,
  fontcolor: COLOUR.text,
};

/** What sets theses and implicit premises apart from the default. */
export const THESIS_NODE: NodeAttributesObject = { penwidth: 2.8, fillcolor: COLOUR.thesisFill };
export const IMPLICIT_NODE: NodeAttributesObject = { style: 'rounded,filled,dashed' };

/** An argument without a title: a dot where its premises join. */
export function junctionNode(kind: EdgeKind): NodeAttributesObject {
  return { shape: 'point', style: 'filled', width: 0.13, color: LINE[kind].color!, fillcolor: LINE[kind].color! };
}

/** An argument with a title (or shown with its id): a small box in the relation's colour. */
export function argumentNode(kind: EdgeKind): NodeAttributesObject {
  return {
    shape: 'box',
    style: 'rounded,filled',
    color: LINE[kind].color!,
    fillcolor: COLOUR.statementFill,
    penwidth: 1.4,
    margin: '0.08,0.03',
    fontsize: 10,
  };
}

export const CLUSTER = {
  style: 'rounded,filled',
  color: COLOUR.clusterBorder,
  fillcolor: COLOUR.clusterFill,
  fontsize: 11,
  margin: 12,
} as const;

/** A cluster's title goes top left; Graphviz turns "top" over in BT diagrams and "left" in RL ones. */
export function clusterTitlePlace(rankdir: RankDir) {
  return { labelloc: rankdir === 'BT' ? 'b' : 't', labeljust: rankdir === 'RL' ? 'r' : 'l' } as const;
}
