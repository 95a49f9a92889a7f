import { diagnosticBlocks, summaryOf } from '../diagnostics/format-pretty.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import type { Palette } from '../text/palette.js';
import { displayWidthFor } from '../text/width.js';
import { chunked, type RunContext } from './context.js';
import type { LoadedMap } from './load.js';

/**
 * The pretty report, as `check` prints it: each diagnostic (already sorted)
 * with a code frame from its map, then the summary line.
 */
export async function writePrettyReport(
  write: (chunks: Iterable<string>) => Promise<void>,
  palette: Palette,
  diagnostics: readonly Diagnostic[],
  maps: readonly LoadedMap[],
  summary: string,
): Promise<void> {
  // Code frames show lines of the maps only.
  const sources = new Map(maps.map((map) => [map.file, map.locator]));
  const displayWidth = await displayWidthFor(maps.map((map) => map.text));
  await write(chunked(diagnosticBlocks(diagnostics, { sources, palette, displayWidth }), '\n\n'));
  await write([`${summary}\n`]);
}

/**
 * For commands that cannot go on because the map has errors (tree, export):
 * the map's diagnostics on stderr, formatted as `check` formats them.
 */
export async function reportProblems(loaded: LoadedMap, context: RunContext): Promise<void> {
  const diagnostics = [...loaded.diagnostics].sort(compareDiagnostics);
  await writePrettyReport(context.errChunks, context.stderrPalette, diagnostics, [loaded], summaryOf(diagnostics, context.stderrPalette));
}
