import { dirname, isAbsolute, join } from 'node:path';
import type { SourceText } from '../check/rule.js';
import type { RunContext } from './context.js';
import { CliError } from './exit-codes.js';
import { readInput, STDIN_NAME } from './io.js';
import type { LoadedMap } from './load.js';

/**
 * Reads a source text for the quote rules. A file that cannot be read or is
 * not UTF-8 comes back as an error for the `source-unreadable` rule to
 * report; only `--source` given on the command line turns that into exit 2.
 */
export async function readSourceText(path: string, context: RunContext): Promise<SourceText> {
  try {
    // "-" would mean standard input to readInput; a source named "-" is a file.
    const bytes = await readInput(path === '-' ? './-' : path, context.maxBytes);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { file: path, text };
  } catch (error) {
    if (error instanceof CliError) return { file: path, error: error.message };
    if (error instanceof TypeError) return { file: path, error: `${path} is not valid UTF-8 text` };
    throw error;
  }
}

/** The path of a map's `source: file:`, relative to the map's folder (for standard input, the current one). */
export function sourcePathOf(loaded: LoadedMap): string | undefined {
  const file = loaded.map.source?.file?.value;
  if (file === undefined) return undefined;
  if (isAbsolute(file) || loaded.file === STDIN_NAME) return file;
  return join(dirname(loaded.file), file);
}

/** Reads each source once per run, however many maps name it. */
export function sourceReader(context: RunContext): (path: string) => Promise<SourceText> {
  const cache = new Map<string, Promise<SourceText>>();
  return (path) => {
    let read = cache.get(path);
    if (!read) {
      read = readSourceText(path, context);
      cache.set(path, read);
    }
    return read;
  };
}
