/**
 * Rendering with the Graphviz installed on the system (`dot` on the PATH), as
 * a child process: the DOT goes in on stdin, the drawing comes out on stdout.
 * PDF needs it; SVG and PNG do not.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { dotFailureReason, firstLine, graphvizMissing, systemDotFailed, systemDotNotStarted } from './errors.js';

export type SystemFormat = 'svg' | 'png' | 'pdf';

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
  if (dotCommand === undefined) throw graphvizMissing();
  // -q: no warnings, so what dot writes on stderr is the error that stopped it.
  const run = await runProcess(dotCommand, ['-q', `-T${format}`], dot, env);
  if (run.code === 0) return run.stdout;
  throw systemDotFailed(dotCommand, dotFailureReason(run));
}

/** How a process ended, and what it wrote. */
interface ProcessRun {
  /** The exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Uint8Array;
  stderr: string;
}

/** Only the first line of stderr is shown; a runaway stream of errors is not kept whole. */
const MAX_STDERR_CHARS = 64 * 1024;

/**
 * Runs `command` with `input` on its stdin. Rejects with a RenderError only
 * when the process cannot be started; how it ended is the caller's to judge.
 */
function runProcess(command: string, args: string[], input: string, env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(command, args, { env });
    } catch (error) {
      // Refused at once (Node's permission model without --allow-child-process, say).
      reject(systemDotNotStarted(command, error));
      return;
    }
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk;
    });
    // 'error' comes when the process could not be started (a missing
    // interpreter, no permission); 'close' may follow it, and is then ignored.
    let settled = false;
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(systemDotFailed(command, firstLine(error), error));
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      resolve({ code, signal, stdout: joinBytes(stdout), stderr });
    });
    // A process that exits before reading all of its input (dot at a syntax
    // error, or killed) makes the write fail with EPIPE. Without a listener
    // that error would end argmap; its exit code and stderr tell what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** The chunks as one array over a buffer of its own (Buffer.concat may hand back a slice of Node's shared pool). */
function joinBytes(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
