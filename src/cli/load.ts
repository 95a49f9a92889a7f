import { decodeMapBytes } from '../parse/parse-map.js';
import { parseText, unreadableText, type ParsedText } from '../pipeline.js';
import { readInput, STDIN_NAME } from './io.js';
import type { RunContext } from './context.js';
import type { Progress } from './progress.js';

/** From about this size a map takes a second or more to parse (docs/performance.md): its parsing is shown as progress. */
export const LONG_PARSE_BYTES = 8 * 1024 * 1024;

/** A map read from a file or standard input: its text, its one locator, the parsed map and the parse diagnostics. */
export type LoadedMap = ParsedText;

/**
 * Reads, decodes and parses one map. I/O problems throw a CliError; everything
 * else is a diagnostic. With `progress`, a big map's parsing is shown.
 */
export async function loadMap(path: string, context: RunContext, progress?: Progress): Promise<LoadedMap> {
  const file = path === '-' ? STDIN_NAME : path;
  const bytes = await readInput(path, context.maxBytes, () => context.io.stdin);
  if (progress !== undefined && bytes.length >= LONG_PARSE_BYTES) await progress.stage(`parsing ${megabytes(bytes.length)}`, { long: true });
  const decoded = decodeMapBytes(bytes, file);
  if ('diagnostic' in decoded) {
    return unreadableText(file, decoded.diagnostic);
  }
  return parseText(decoded.text, file);
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
