/**
 * DOT to SVG with Graphviz compiled to WebAssembly: nothing to install. The
 * module (2 MB) is imported only when a diagram is drawn.
 */
import { RenderError, firstLine } from './errors.js';

export async function renderSvg(dot: string): Promise<string> {
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  try {
    return graphviz.dot(dot, 'svg');
  } catch (error) {
    throw new RenderError(`Graphviz (WebAssembly) could not draw the map: ${firstLine(error)}`, { cause: error });
  }
}
