/**
 * Rendering with the Graphviz installed on the system (`dot` on the PATH),
 * through @ts-graphviz/adapter. PDF needs it; SVG and PNG do not.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/**
 * Runs @ts-graphviz/adapter's toStream in a worker thread of its own. The
 * adapter pipes the DOT into dot's stdin with a stream pipeline it never
 * awaits: when dot exits before reading it all (a syntax error, a crash),
 * that pipeline rejects with EPIPE and nothing handles the rejection. In the
 * main thread that would end the process, and a process-wide handler would
 * also see, and could hide, every other unhandled rejection. A worker has
 * its own 'unhandledRejection' event, so the one handler that ignores EPIPE
 * concerns this call only; dot's own failure comes back as the adapter's error.
 * (CommonJS source for an eval worker: it needs no file next to this module.)
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
process.on('unhandledRejection', (reason) => {
  if (reason?.code !== 'EPIPE') throw reason;
});
(async () => {
  const { toStream } = await import(workerData.adapter);
  try {
    const stream = await toStream(workerData.dot, workerData.options);
    const chunks = [];
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const output = new Uint8Array(Buffer.concat(chunks));
    parentPort.postMessage({ output }, [output.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
})();
`;

type WorkerReply = { output: Uint8Array } | { error: string } | { failed: string };

export async function renderWithSystemDot(dot: string, format: SystemFormat, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const dotCommand = findExecutable('dot', env);
  if (dotCommand === undefined) throw new GraphvizMissingError(`Graphviz's \`dot\` is not on the PATH: ${INSTALL_HINT}.`);
  const adapter = pathToFileURL(createRequire(import.meta.url).resolve('ts-graphviz/adapter')).href;
  // Starting a worker can fail at once (Node's permission model without
  // --allow-worker, too many threads): that is no fault of Graphviz's.
  let worker: Worker;
  try {
    worker = new Worker(WORKER, { eval: true, env, workerData: { adapter, dot, options: { format, dotCommand } } });
  } catch (error) {
    throw new RenderError(`Could not start the worker thread that runs Graphviz (${dotCommand}): ${firstLine(error)}`, { cause: error });
  }
  let reply: WorkerReply;
  try {
    reply = await new Promise<WorkerReply>((resolve) => {
      worker.once('message', resolve);
      // The worker itself failing (out of memory, say) is not dot failing.
      worker.once('error', (error) => resolve({ failed: firstLine(error) }));
      worker.once('exit', (code) => resolve({ failed: `it stopped (exit code ${code})` }));
    });
  } finally {
    await worker.terminate();
  }
  if ('output' in reply) return reply.output;
  if ('failed' in reply) throw new RenderError(`The worker thread that runs Graphviz (${dotCommand}) failed: ${reply.failed}`);
  throw new RenderError(`Graphviz (${dotCommand}) could not draw the map: ${dotMessage(reply.error)}`, { cause: new Error(reply.error) });
}

/** The adapter's error holds dot's stderr after a `MESSAGE:` line. */
function dotMessage(message: string): string {
  const stderr = message.split('MESSAGE:')[1]?.trim();
  return firstLine(stderr || message);
}
