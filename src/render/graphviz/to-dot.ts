import type { GraphBaseModel } from 'ts-graphviz';
import type { ArgMap } from '../../model/types.js';
import { buildGraphvizModel } from './model.js';
import type { GraphvizOptions } from './options.js';
import { dotChunks, printDot } from './print-dot.js';

/** The map as DOT source: the Graphviz model, printed as ts-graphviz prints it (see print-dot.ts). */
export function mapToDot(map: ArgMap, options: GraphvizOptions = {}): string {
  return `${printDot(buildGraphvizModel(map, options))}\n`;
}

/**
 * The map as DOT source, with the number of boxes Graphviz will lay out (for
 * progress messages) and whether its layout was simplified because the map is
 * big (see FAST_LAYOUT).
 */
export function mapToDotWithLayout(map: ArgMap, options: GraphvizOptions = {}): { dot: string; boxes: number; fastLayout: boolean } {
  const model = buildGraphvizModel(map, options);
  return { dot: `${printDot(model)}\n`, boxes: countNodes(model), fastLayout: model.get('nslimit') !== undefined };
}

function countNodes(graph: GraphBaseModel): number {
  let count = 0;
  const stack = [graph];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    count += next.nodes.length;
    stack.push(...next.subgraphs);
  }
  return count;
}

/**
 * The same DOT source in chunks of about 64 KB, to write as they come. The
 * model is built before this returns, so that a failure there comes before
 * anything is written (the CLI creates no output file); only printing is left.
 */
export function mapToDotChunks(map: ArgMap, options: GraphvizOptions = {}): Generator<string> {
  return withNewline(dotChunks(buildGraphvizModel(map, options)));
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}
