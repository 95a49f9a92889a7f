/**
 * DOT to SVG with Graphviz compiled to WebAssembly: nothing to install. The
 * module (2 MB) is imported only when a diagram is drawn.
 */

/** Graphviz failed on DOT that argmap made: a bug or a limit, never the user's input. */
export class RenderError extends Error {
  override name = 'RenderError';
}

export async function renderSvg(dot: string): Promise<string> {
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  try {
    return graphviz.dot(dot, 'svg');
  } catch (error) {
    throw new RenderError(`Graphviz (WebAssembly) could not draw the map: ${firstLine(error)}`, { cause: error });
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n')[0] ?? '';
}
