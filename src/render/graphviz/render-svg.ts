/**
 * DOT to SVG with Graphviz compiled to WebAssembly: nothing to install. The
 * module (2 MB) is imported only when a diagram is drawn.
 */
import { wasmGraphvizFailed } from './errors.js';

export async function renderSvg(dot: string): Promise<string> {
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  try {
    return graphviz.dot(dot, 'svg');
  } catch (error) {
    throw wasmGraphvizFailed(error);
  }
}
