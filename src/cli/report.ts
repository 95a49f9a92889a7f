import { diagnosticBlocks, summaryOf } from '../diagnostics/format-pretty.js';
import { displayWidthFor } from '../text/width.js';
import { writeEach, type RunContext } from './context.js';
import type { LoadedMap } from './load.js';

/**
 * For commands that cannot go on because the map has errors (tree, export):
 * the map's diagnostics on stderr, formatted as `check` formats them.
 */
export async function reportProblems(loaded: LoadedMap, context: RunContext): Promise<void> {
  const { diagnostics } = loaded.result;
  const sources = new Map([[loaded.file, loaded.text]]);
  const displayWidth = await displayWidthFor(sources.values());
  writeEach(context.err, diagnosticBlocks(diagnostics, { sources, palette: context.stderrPalette, displayWidth }), '\n\n');
  context.err(`${summaryOf(diagnostics, context.stderrPalette)}\n`);
}
