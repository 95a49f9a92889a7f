/**
 * The errors the Graphviz renderers throw, in one light module: the CLI and
 * the library tell "Graphviz is not installed" from "Graphviz failed" by
 * these classes without loading a renderer.
 */

/** Graphviz failed on DOT that argmap made: a bug or a limit, never the user's input. */
export class RenderError extends Error {
  override name = 'RenderError';
}

/** `dot` is not on the PATH. */
export class GraphvizMissingError extends Error {
  override name = 'GraphvizMissingError';
}

export const INSTALL_HINT = 'install Graphviz (sudo apt install graphviz, or brew install graphviz)';

/** The first line of an error's message, for a one-line report. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n')[0] ?? '';
}
