import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BIN, ROOT, capturingIo } from '../helpers.js';
import { tempDir as makeTempDir } from '../temp.js';

/**
 * Characters that must never reach a terminal raw: C0 controls but the line
 * feed, DEL and C1 controls, bidirectional controls, line and paragraph
 * separators, the byte-order mark. Written out here rather than taken from
 * src/text/escape.ts, so that a test cannot share the code's mistake.
 */
const RAW_UNSAFE_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first character that must not reach a terminal raw, with its index; null when there is none. */
export function findRawUnsafe(text: string): { char: string; index: number } | null {
  const match = RAW_UNSAFE_CHAR.exec(text) ?? (SURROGATE.test(text) ? LONE_SURROGATE.exec(text) : null);
  return match ? { char: match[0], index: match.index } : null;
}

/**
 * A child that runs longer than this is killed (and the test fails on its
 * signal): a hang then leaves no process behind. Below vitest's 30 s timeout;
 * a run takes well under 2 s.
 */
const KILL_AFTER_MS = 25_000;

/** A stack trace line: "    at fn (file:1:2)". */
const STACK_LINE = /\n\s+at /;

export interface HostileRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a user would, with a small heap, so that an input that blows
 * memory up fails the test instead of the machine. Colour is off.
 */
export function runBounded(args: string[], options: { input?: string | Buffer; heapMb?: number; cwd?: string; spawn?: SpawnSyncOptions } = {}): HostileRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 256}`, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    maxBuffer: 256 * 1024 * 1024,
    timeout: KILL_AFTER_MS,
    ...options.spawn,
  });
  const text = (output: string | Buffer | null) => (output === null ? '' : output.toString());
  return { code: result.status, signal: result.signal, stdout: text(result.stdout), stderr: text(result.stderr) };
}

/** runBounded without blocking, so that a test file can run many at once (describe.concurrent). */
export function runBoundedAsync(args: string[], options: { input?: string; heapMb?: number } = {}): Promise<HostileRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb ?? 256}`, BIN, ...args], { cwd: ROOT, env, timeout: KILL_AFTER_MS });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.input ?? '');
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/**
 * The CLI's main() in this process, its output kept: for cases where what
 * matters is what argmap says and returns, not the process (no heap limit, no
 * real standard streams). A tenth of the cost of a child process.
 */
export async function runInProcess(args: string[], options: { input?: string } = {}): Promise<HostileRun> {
  const { io, stdout, stderr } = capturingIo(new PassThrough().end(options.input ?? ''));
  const code = await main(['node', 'argmap', ...args], io);
  return { code, signal: null, stdout: stdout(), stderr: stderr() };
}

/** What every run must do, whatever the input: no stack trace, and nothing raw from the input on the terminal. */
export function expectSafeOutput(run: HostileRun, streams: ('stdout' | 'stderr')[] = ['stdout', 'stderr']): void {
  expect(run.stderr, 'no stack trace').not.toMatch(STACK_LINE);
  for (const stream of streams) {
    const raw = findRawUnsafe(run[stream]);
    expect(raw, `${stream} prints ${JSON.stringify(raw?.char)} raw: ${JSON.stringify(run[stream].slice(0, 400))}`).toBeNull();
  }
}

/** A temporary folder removed when the test (or, made outside one, the file) ends: see test/temp.ts. */
export const tempDir = (prefix = 'argmap-hostile-') => makeTempDir(prefix);
