/**
 * The errors the Graphviz renderers throw, and their messages, in one light
 * module: the CLI and the library tell "Graphviz is not installed" from
 * "Graphviz failed" by these classes without loading a renderer.
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

export function graphvizMissing(): GraphvizMissingError {
  return new GraphvizMissingError(`Graphviz's \`dot\` is not on the PATH: ${INSTALL_HINT}.`);
}

/** The system's dot (at `command`) ran, or was started, and failed; `reason` is one line. */
export function systemDotFailed(command: string, reason: string, cause?: unknown): RenderError {
  return new RenderError(`Graphviz (${command}) could not draw the map: ${reason}`, cause === undefined ? undefined : { cause });
}

/** How dot ended when it failed, in one line: its own message, or how it ended when it gave none. */
export function dotFailureReason(ending: { code: number | null; signal: string | null; stderr: string }): string {
  const message = firstLine(ending.stderr);
  if (ending.signal !== null) return `it was ended by signal ${ending.signal}${message === '' ? '' : ` (${message})`}`;
  return message === '' ? `it exited with code ${ending.code} and gave no reason` : message;
}

/** Node refused to start a process at all (its permission model, say): no fault of Graphviz's. */
export function systemDotNotStarted(command: string, cause: unknown): RenderError {
  return new RenderError(`Could not start Graphviz (${command}): ${firstLine(cause)}`, { cause });
}

export function wasmGraphvizFailed(cause: unknown): RenderError {
  return new RenderError(`Graphviz (WebAssembly) could not draw the map: ${firstLine(cause)}`, { cause });
}

export function rasteriserFailed(cause: unknown): RenderError {
  return new RenderError(`resvg could not draw the PNG: ${firstLine(cause)}`, { cause });
}
