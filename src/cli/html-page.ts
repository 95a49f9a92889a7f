import type { PageEvaluation } from '../render/html/index.js';
import type { GraphvizOptions } from '../render/graphviz/options.js';
import { CliError, EXIT } from './exit-codes.js';
import type { RunContext } from './context.js';
import type { LoadedMap } from './load.js';
import { readSourceText, sourcePathOf } from './source.js';

/** Above this many statements and arguments the page shows the outline only: Graphviz would take minutes and the browser would crawl. */
export const HTML_DIAGRAM_LIMIT = 3000;

export interface HtmlPageOptions {
  graph: GraphvizOptions;
  /** `--source`: read this text (a problem reading it is a usage error) instead of the map's `source: file:` (a problem there only loses the passages). */
  source?: string;
  /** For argmap serve: the live script, and the problems of the file being written (shown over its last good map). */
  live?: boolean;
  problems?: string;
  /** `--eval`: labels (and strengths) to show in the panel. */
  evaluation?: PageEvaluation;
}

/**
 * The interactive page of a map that parsed without errors: the SVG from
 * the built-in Graphviz, the source text for the quotes' passages, today's date.
 * Returns the page and a note for standard error, if any.
 */
export async function makeHtmlPage(loaded: LoadedMap, options: HtmlPageOptions, context: RunContext): Promise<{ html: string; note?: string }> {
  const { buildPageData, renderHtmlPage } = await import('../render/html/index.js');
  const map = loaded.map;
  let note: string | undefined;
  let sourceText: string | undefined;
  const sourcePath = options.source ?? sourcePathOf(loaded);
  if (sourcePath !== undefined) {
    const read = await readSourceText(sourcePath, context);
    if ('error' in read) {
      if (options.source !== undefined) throw new CliError(`cannot read the source text: ${read.error.replace(/\.$/, '')}.`);
      note = `the page shows no source passages: ${read.error.replace(/\.$/, '')}.`;
    } else sourceText = read.text;
  }
  const data = buildPageData(map, sourceText, options.evaluation);
  const size = map.statements.length + map.arguments.length;
  const date = new Date().toISOString().slice(0, 10);
  const extra = { ...(options.live === true ? { live: true } : {}), ...(options.problems === undefined ? {} : { problems: options.problems }) };
  if (size > HTML_DIAGRAM_LIMIT) {
    const diagramNote = `This map has ${size} statements and arguments; the page draws no diagram above ${HTML_DIAGRAM_LIMIT}, which would take minutes to lay out and make the page slow. The outline shows the whole map; argmap export --format svg draws it.`;
    return { html: renderHtmlPage({ data, diagramNote, date, ...extra }), ...(note === undefined ? {} : { note }) };
  }
  const { mapToDot } = await import('../render/graphviz/to-dot.js');
  const { renderSvg } = await import('../render/graphviz/render-svg.js');
  const { RenderError } = await import('../render/graphviz/errors.js');
  let svg: string;
  try {
    svg = await renderSvg(mapToDot(map, options.graph));
  } catch (error) {
    if (error instanceof RenderError) throw new CliError(error.message, EXIT.internal);
    throw error;
  }
  return { html: renderHtmlPage({ data, svg, date, ...extra }), ...(note === undefined ? {} : { note }) };
}
