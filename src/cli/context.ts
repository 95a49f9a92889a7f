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
