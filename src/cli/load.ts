import { createLocator } from '../diagnostics/locate.js';
import { decodeMapBytes } from '../parse/parse-map.js';
import { emptyMap } from '../parse/build-map.js';
import { parseText, type ParsedText } from '../pipeline.js';
import { readInput, STDIN_NAME } from './io.js';
import type { RunContext } from './context.js';

/** A map read from a file or standard input: its text, its one locator, the parsed map and the parse diagnostics. */
export type LoadedMap = ParsedText;

/** Reads, decodes and parses one map. I/O problems throw a CliError; everything else is a diagnostic. */
export async function loadMap(path: string, context: RunContext): Promise<LoadedMap> {
  const file = path === '-' ? STDIN_NAME : path;
  const bytes = await readInput(path, context.maxBytes, context.io.stdin);
  const decoded = decodeMapBytes(bytes, file);
  if ('diagnostic' in decoded) {
    return { file, text: '', locator: createLocator(file, ''), map: emptyMap(file), diagnostics: [decoded.diagnostic], failed: true };
  }
  return parseText(decoded.text, file);
}
