import { spawnSync } from 'node:child_process';
import { PassThrough, Writable, type Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/context.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/argmap', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real executable as a child process, as a user would. Colour is
 * off unless the test asks for it, whatever the environment running the tests says.
 */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A YAML map from an indented template literal: strips the common indentation. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** An io for running main() in process that keeps what it writes; standard input is empty unless given. */
export function capturingIo(stdin: Readable = new PassThrough().end()): { io: CliIo; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const io: CliIo = { stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), stdin, env: {} };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

/**
 * An io for running main() in process whose stdout throws a plain Error
 * synchronously from write(), as a bug in a command would.
 */
export function brokenIo(message = 'boom'): { io: CliIo; stderr: () => string } {
  const { io, stderr } = capturingIo();
  io.stdout.write = () => {
    throw new Error(message);
  };
  return { io, stderr };
}
