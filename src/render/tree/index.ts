import { indexMap, type MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';
import { escapeInline } from '../../text/escape.js';
import { drawLines } from './draw.js';
import { selectRows } from './filter.js';
import { asciiGlyphs, unicodeGlyphs } from './glyphs.js';
import { layoutRows } from './layout.js';
import { resolveTreeOptions, type TreeOptions, type TreeSettings } from './options.js';
import { textOrder } from './order.js';
import { outlineLines } from './outline.js';
import { chooseRoots, type RootSource } from './roots.js';
import { withAsciiFastPath, wrapPieces } from './wrap.js';

export { MIN_WIDTH, type TreeOptions } from './options.js';
export type { RootSource } from './roots.js';

export interface TreeResult {
  /** The lines to print, without line ends. */
  lines: string[];
  /** Where the roots came from: the theses, --focus, or inferred because the map declares no theses. */
  rootsFrom: RootSource;
  /** With theses as roots: the roots no thesis leads to (statements, or arguments in a ring of undercuts), shown after the theses under their own heading. */
  detached: string[];
  /** With --speaker or --tag: how many statements and arguments in the tree match. */
  matches?: number;
}

/** A tree whose lines are drawn as they are read (see `treeLines`). */
export type TreeLines = Omit<TreeResult, 'lines'> & { lines: Iterable<string> };

/** Options that do not fit the map (an unknown focus, speaker or tag), in one sentence with a "did you mean". */
export interface TreeProblem {
  problem: string;
}

/**
 * The tree's one entry, for the library and the CLI alike: an argument map
 * drawn as a tree of text lines, a pure function of the map and the options.
 * Each thesis (or the focus) is a root; under a statement come the arguments
 * for it (+) and against it (− rebut, undermine, undercut), each with its
 * premises as one group. All text from the map is escaped. The lines are
 * drawn one at a time as they are read (a tree of 100,000 statements is
 * 400,000 lines, written as they come). Any options may be given: widths and
 * depths are clamped, and options that do not fit the map come back as a
 * problem, not drawn and not thrown.
 */
export function treeLines(map: ArgMap, options: TreeOptions = {}, index: MapIndex = indexMap(map)): TreeLines | TreeProblem {
  const { settings, problem } = resolveTreeOptions(map, index, options);
  return problem === undefined ? drawTree(map, index, settings) : { problem };
}

/** The same tree with its lines in an array, for scripts and tests; throws a RangeError with the problem when the options do not fit the map. */
export function renderTree(map: ArgMap, options: TreeOptions = {}, index: MapIndex = indexMap(map)): TreeResult {
  const tree = treeLines(map, options, index);
  if ('problem' in tree) throw new RangeError(tree.problem);
  return { ...tree, lines: Array.from(tree.lines) };
}

/** The tree for settings that `resolveTreeOptions` has checked. */
function drawTree(map: ArgMap, index: MapIndex, settings: TreeSettings): TreeLines {
  const glyphs = settings.ascii ? asciiGlyphs : unicodeGlyphs;
  const measure = withAsciiFastPath(settings.displayWidth);

  const order = settings.order === 'source' ? textOrder(map, settings.sourceText) : undefined;
  const { roots, from } = chooseRoots(map, index, settings.focus, order);
  const rows = layoutRows(index, roots, settings.depth, map.authorSpeaker, order);
  const filtering = settings.speakers !== undefined || settings.tag !== undefined;
  const selection = filtering ? selectRows(rows, index, { speakers: settings.speakers, tag: settings.tag }) : undefined;

  const title = map.title === undefined ? [] : wrapPieces([{ text: escapeInline(map.title), paint: settings.palette.bold }], settings.width, measure);
  // The outline sums up several roots; a focus, a filter or --depth 0 already shows a short tree.
  if (settings.outline && roots.length > 1 && !filtering && settings.depth > 0) {
    const whole = Number.isFinite(settings.depth) ? layoutRows(index, roots, Infinity, map.authorSpeaker, order) : rows;
    if (title.length > 0) title.push('');
    title.push(...outlineLines(whole, index, settings, glyphs, measure));
  }
  return {
    lines: drawLines(rows, { title, map, index, settings, glyphs, measure }, selection),
    rootsFrom: from,
    detached: roots.filter((root) => root.detached).map((root) => root.id),
    ...(selection ? { matches: selection.matches } : {}),
  };
}
