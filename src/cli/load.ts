import { parseMap, decodeMapBytes, type ParseResult } from '../parse/parse-map.js';
import { emptyMap } from '../parse/build-map.js';
import { readInput, STDIN_NAME } from './io.js';
import type { RunContext } from './context.js';

export interface LoadedMap {
  /** The name diagnostics use: the path as given, or <stdin>. */
  file: string;
  /** The decoded text ('' when it could not be decoded). */
  text: string;
  result: ParseResult;
}

/** Reads, decodes and parses one map. I/O problems throw a CliError; everything else is a diagnostic. */
export async function loadMap(path: string, context: RunContext): Promise<LoadedMap> {
  const file = path === '-' ? STDIN_NAME : path;
  const bytes = await readInput(path, context.maxBytes, context.io.stdin);
  const decoded = decodeMapBytes(bytes, file);
  if ('diagnostic' in decoded) {
    return { file, text: '', result: { map: emptyMap(file), diagnostics: [decoded.diagnostic] } };
  }
  return { file, text: decoded.text, result: parseMap(decoded.text, file) };
}
