/** The options of a diagram. Kept apart from the model so the CLI can read them without loading ts-graphviz. */
export type RankDir = 'TB' | 'BT' | 'LR' | 'RL';
export type GroupBy = 'tag' | 'speaker';

export interface GraphvizOptions {
  /** Wrap statement text at this many characters. Default 36. */
  wrap?: number;
  /** Direction of the arrows from premises to conclusions. Default BT: theses on top. */
  rankdir?: RankDir;
  /** Draw a cluster per tag (a statement's first tag) or per speaker. */
  groupBy?: GroupBy;
  /** Show statement and argument ids. */
  ids?: boolean;
  /** Draw the legend. Default true. */
  legend?: boolean;
  /**
   * Lay out a big map (over LARGE_MAP_NODES boxes) with full care: curved
   * edges and Graphviz's full search. Default false: big maps get straight
   * segments and a bounded search, many times faster.
   */
  fullLayout?: boolean;
  /** Labels from evaluate() to show: a mark in each box and its border's colour, and a legend entry. */
  labels?: ReadonlyMap<string, 'in' | 'out' | 'undecided'>;
}

export const DEFAULT_WRAP = 36;
