/**
 * Rendering with the Graphviz installed on the system (`dot` on the PATH),
 * through @ts-graphviz/adapter. PDF needs it; SVG and PNG do not.
 */
import { statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { RenderError, firstLine } from './render-svg.js';

export type SystemFormat = 'svg' | 'png' | 'pdf';

/** `dot` is not on the PATH. */
export class GraphvizMissingError extends Error {
  override name = 'GraphvizMissingError';
}

export const INSTALL_HINT = 'install Graphviz (sudo apt install graphviz, or brew install graphviz)';

/** The full path of an executable on the PATH, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    for (const extension of extensions) {
      const candidate = join(folder, name + extension);
      try {
        const info = statSync(candidate);
        if (info.isFile() && (process.platform === 'win32' || (info.mode & 0o111) !== 0)) return candidate;
      } catch {
        // Not here; try the next folder.
      }
    }
  }
  return undefined;
}

export async function renderWithSystemDot(dot: string, format: SystemFormat, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const dotCommand = findExecutable('dot', env);
  if (dotCommand === undefined) throw new GraphvizMissingError(`Graphviz's \`dot\` is not on the PATH: ${INSTALL_HINT}.`);
  const { toStream } = await import('ts-graphviz/adapter');
  // The adapter writes the DOT to dot's stdin without awaiting it: when dot
  // exits early, that write fails with EPIPE as an unhandled rejection, which
  // would end the process. dot's own error, reported below, says what went wrong.
  const ignoreBrokenPipe = (reason: unknown) => {
    if ((reason as NodeJS.ErrnoException | undefined)?.code !== 'EPIPE') throw reason;
  };
  process.on('unhandledRejection', ignoreBrokenPipe);
  try {
    const stream = await toStream(dot, { format, dotCommand });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  } catch (error) {
    throw new RenderError(`Graphviz (${dotCommand}) could not draw the map: ${dotMessage(error)}`, { cause: error });
  } finally {
    // Let a late EPIPE from this run arrive before the handler goes.
    setImmediate(() => process.off('unhandledRejection', ignoreBrokenPipe));
  }
}

/** The adapter's error holds dot's stderr after a `MESSAGE:` line. */
function dotMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stderr = message.split('MESSAGE:')[1]?.trim();
  return stderr ? firstLine(stderr) : firstLine(error);
}
