import type { Palette } from '../text/palette.js';
import { writeSync } from 'node:fs';
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
  const fd = fileDescriptorOf(stream);
  if (fd !== undefined) {
    for (const chunk of chunks) writeWholeSync(fd, chunk);
    return;
  }
  for (const chunk of chunks) {
    // A closed stream (its reader gone: the stream's error handler says so) takes nothing more; the rest is not made.
    if (isClosed(stream)) return;
    if (!stream.write(chunk)) await drained(stream);
  }
}

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

/** Writes all of `text`: a write that takes only part of it (rare for a file) is followed by the rest. */
function writeWholeSync(fd: number, text: string): void {
  try {
    const written = writeSync(fd, text);
    if (written === Buffer.byteLength(text)) return;
    const rest = Buffer.from(text).subarray(written);
    for (let offset = 0; offset < rest.length; ) offset += writeSync(fd, rest, offset);
  } catch (error) {
    // As the stream's error handler would say it: one line, exit 2.
    throw ioError(error, 'write', 'to standard output');
  }
}

const isClosed = (stream: NodeJS.WritableStream): boolean => (stream as { destroyed?: boolean }).destroyed === true;

/** Resolves when the stream can take more, or will take nothing more (closed, or failed). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  if (isClosed(stream)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
