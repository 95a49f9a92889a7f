import { writeSync } from 'node:fs';
import type { Palette } from '../text/palette.js';
import { DEFAULT_MAX_SIZE_MB, ioError } from './io.js';
import { colourLevel, paletteFor } from './terminal.js';

/** What a command needs from the outside world; tests can supply their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  color?: boolean;
  debug?: boolean;
  maxSize?: number;
}

/** Per-run helpers derived from the global options. */
export interface RunContext {
  io: CliIo;
  maxBytes: number;
  stdoutPalette: Palette;
  stderrPalette: Palette;
  out(text: string): void;
  err(text: string): void;
  /** Text in chunks, to standard output or error, each written when the stream can take it (writeChunks). */
  outChunks(chunks: Iterable<string>): Promise<void>;
  errChunks(chunks: Iterable<string>): Promise<void>;
}

export function runContext(io: CliIo, options: GlobalOptions): RunContext {
  // Each palette looks at its stream when first asked for: Node makes a standard stream on first use, and a run that never writes to one should not make it.
  let stdoutPalette: Palette | undefined;
  let stderrPalette: Palette | undefined;
  return {
    io,
    maxBytes: Math.floor((options.maxSize ?? DEFAULT_MAX_SIZE_MB) * 1024 * 1024),
    get stdoutPalette() {
      return (stdoutPalette ??= paletteFor(colourLevel(io.stdout, options.color, io.env)));
    },
    get stderrPalette() {
      return (stderrPalette ??= paletteFor(colourLevel(io.stderr, options.color, io.env)));
    },
    out: (text) => void io.stdout.write(text),
    err: (text) => void io.stderr.write(text),
    outChunks: (chunks) => writeChunks(io.stdout, chunks),
    errChunks: (chunks) => writeChunks(io.stderr, chunks),
  };
}

const CHUNK = 64 * 1024;

/**
 * The parts, each followed by `end`, joined into chunks of about 64 KB: a
 * report of 60,000 diagnostics or a tree of 400,000 lines is never one string.
 */
export function* chunked(parts: Iterable<string>, end: string): Generator<string> {
  let chunk = '';
  for (const part of parts) {
    chunk += part + end;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/**
 * Writes text chunks to a stream in order, waiting whenever its buffer is
 * full. Node queues whatever a pipe cannot take at once, so without the wait
 * `argmap export big.yaml | jq` held the whole output in memory (0.8 GB for a
 * 106 MB AIF file) and took twice as long. Chunks are made as they are
 * written, so a slow reader also slows their making.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  const name = streamName(stream);
  const fd = fileDescriptorOf(stream);
  if (fd !== undefined) {
    for (const chunk of chunks) writeWholeSync(fd, chunk, name);
    return;
  }
  for (const chunk of chunks) {
    if (stream.write(chunk)) continue;
    const failure = await drained(stream);
    // A failed stream takes nothing more, and the rest is not made. Standard
    // output's own error handler (cli/main.ts) has ended the run by now (a
    // reader gone is not an error); any other stream's failure is one line, exit 2.
    if (failure !== undefined) throw ioError(failure, 'write', name);
  }
}

const streamName = (stream: NodeJS.WritableStream): string => {
  const fd = (stream as { fd?: unknown }).fd;
  return fd === 1 ? 'to standard output' : fd === 2 ? 'to standard error' : 'the output';
};

/**
 * The descriptor of a standard stream that Node writes to a file or a device
 * (`> out.json`, `> /dev/null`): such a stream writes synchronously anyway,
 * and writing its text straight to the descriptor spares the stream's copy
 * of each chunk into a Buffer of its own, about a tenth of exporting 100,000
 * statements to AIF (docs/performance.md). Undefined for a pipe, a terminal
 * or any other stream; `_type` is how Node marks such a stream (its
 * SyncWriteStream), and without it the stream is simply used.
 */
function fileDescriptorOf(stream: NodeJS.WritableStream): number | undefined {
  const { _type: type, fd } = stream as { _type?: unknown; fd?: unknown };
  return type === 'fs' && typeof fd === 'number' ? fd : undefined;
}

/**
 * Writes all of `text` to a descriptor: a write that takes only part of it
 * (rare for a file) is followed by the rest. A failure is the CLI's one line
 * and exit code 2, as the stream's error handler would make it.
 */
export function writeWholeSync(fd: number, text: string, name: string, write: typeof writeSync = writeSync): void {
  try {
    const written = write(fd, text);
    if (written === Buffer.byteLength(text)) return;
    const rest = Buffer.from(text).subarray(written);
    for (let offset = 0; offset < rest.length; ) {
      const more = write(fd, rest, offset);
      // A descriptor that takes nothing would be written to for ever.
      if (more <= 0) throw Object.assign(new Error('nothing was written'), { code: 'EIO' });
      offset += more;
    }
  } catch (error) {
    throw ioError(error, 'write', name);
  }
}

/** Resolves when the stream can take more (undefined), or with the error that ended it; a stream closed without one takes nothing more either. */
function drained(stream: NodeJS.WritableStream): Promise<unknown> {
  const { destroyed, errored } = stream as { destroyed?: boolean; errored?: unknown };
  if (destroyed === true || errored) return Promise.resolve(endOf(stream));
  return new Promise((resolve) => {
    const settle = (outcome: unknown) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onError);
      resolve(outcome);
    };
    const onDrain = () => settle(undefined);
    const onError = (error: unknown) => settle(error);
    const onClose = () => settle(endOf(stream));
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onError);
  });
}

/** Why a closed stream takes nothing more: the error it failed with, or that it was closed. */
const endOf = (stream: NodeJS.WritableStream): unknown =>
  (stream as { errored?: unknown }).errored ?? Object.assign(new Error('the stream is closed'), { code: 'EPIPE' });
