import type { Palette } from '../text/palette.js';
import { DEFAULT_MAX_SIZE_MB } from './io.js';
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
}

export function runContext(io: CliIo, options: GlobalOptions): RunContext {
  return {
    io,
    maxBytes: Math.floor((options.maxSize ?? DEFAULT_MAX_SIZE_MB) * 1024 * 1024),
    stdoutPalette: paletteFor(colourLevel(io.stdout, options.color, io.env)),
    stderrPalette: paletteFor(colourLevel(io.stderr, options.color, io.env)),
    out: (text) => void io.stdout.write(text),
    err: (text) => void io.stderr.write(text),
  };
}

const CHUNK = 64 * 1024;

/**
 * Writes the parts, each followed by `end`, in chunks of about 64 KB: a report
 * of 60,000 diagnostics or a tree of 400,000 lines is never one string.
 */
export function writeEach(write: (text: string) => void, parts: Iterable<string>, end: string): void {
  let chunk = '';
  for (const part of parts) {
    chunk += part + end;
    if (chunk.length >= CHUNK) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') write(chunk);
}
