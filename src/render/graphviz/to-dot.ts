import type { ArgMap } from '../../model/types.js';
import { buildGraphvizModel } from './model.js';
import type { GraphvizOptions } from './options.js';
import { dotChunks, printDot } from './print-dot.js';

/** The map as DOT source: the Graphviz model, printed as ts-graphviz prints it (see print-dot.ts). */
export function mapToDot(map: ArgMap, options: GraphvizOptions = {}): string {
  return `${printDot(buildGraphvizModel(map, options))}\n`;
}

/** The map as DOT source, and whether its layout was simplified because the map is big (see FAST_LAYOUT). */
export function mapToDotWithLayout(map: ArgMap, options: GraphvizOptions = {}): { dot: string; fastLayout: boolean } {
  const model = buildGraphvizModel(map, options);
  return { dot: `${printDot(model)}\n`, fastLayout: model.get('nslimit') !== undefined };
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
