import type { GraphvizOptions } from '../render/graphviz/options.js';
import type { PageEvaluation } from '../render/html/index.js';
import type { RunContext } from './context.js';
import { writeFileAtomic } from './io.js';
import type { LoadedMap } from './load.js';

/** Whether an output name asks for the HTML page. */
export function isHtmlName(output: string | undefined): boolean {
  return output !== undefined && /\.html?$/i.test(output);
}

/** `argmap export --format html`: the page, written atomically to -o, else to standard output. */
export async function exportHtml(
  loaded: LoadedMap,
  options: { graph: GraphvizOptions; output?: string; source?: string; evaluation?: PageEvaluation },
  context: RunContext,
): Promise<void> {
  const { makeHtmlPage } = await import('./html-page.js');
  const { html, note } = await makeHtmlPage(
    loaded,
    { graph: options.graph, ...(options.source === undefined ? {} : { source: options.source }), ...(options.evaluation === undefined ? {} : { evaluation: options.evaluation }) },
    context,
  );
  if (options.output !== undefined && options.output !== '-') await writeFileAtomic(options.output, html);
  else context.io.stdout.write(html);
  if (note !== undefined) context.err(`argmap: note: ${note}\n`);
}
