import { toDot } from 'ts-graphviz';
import type { ArgMap } from '../../model/types.js';
import { buildGraphvizModel } from './model.js';
import type { GraphvizOptions } from './options.js';

/** The map as DOT source: the Graphviz model, printed by ts-graphviz. */
export function mapToDot(map: ArgMap, options: GraphvizOptions = {}): string {
  // ts-graphviz caps its syntax tree at 100,000 nodes by default, a guard for
  // parsing untrusted DOT; this model is ours, and its size is the map's.
  return `${toDot(buildGraphvizModel(map, options), { convert: { maxASTNodes: 0 } })}\n`;
}
