import { createLocator, diagnosticAt, withoutBom, type DiagnosticInput } from '../diagnostics/locate.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import type { ArgMap } from '../model/types.js';
import { createMapBuilder, emptyMap } from './build-map.js';
import { type ParseContext } from './nodes.js';
import { resolveReferences } from './references.js';
import { PARSE_PROBLEMS, withSeverity } from './problems.js';
import { readYaml } from './yaml/index.js';

export interface ParseResult {
  /** The map as far as it could be read. With errors, parts may be missing, but every reference in it resolves. */
  map: ArgMap;
  /** Problems found, sorted by position. */
  diagnostics: Diagnostic[];
}

/** What the parser found, by spans in the text it was given: lines and columns are the caller's (`diagnosticAt`). */
export interface ReadResult {
  map: ArgMap;
  /** In the order found: not sorted. */
  problems: DiagnosticInput[];
}

/**
 * Parses the text of an argument map. Never throws on bad input: every problem
 * becomes a diagnostic with a position in `file`.
 */
export function parseMap(text: string, file = '<input>'): ParseResult {
  const source = withoutBom(text);
  const { map, problems } = readMap(source, file);
  const locator = createLocator(file, source);
  return { map, diagnostics: problems.map((problem) => diagnosticAt(locator, problem)).sort(compareDiagnostics) };
}

/**
 * The parser's core, in three steps: YAML to a tree (yaml/, which hands the
 * big sections to the builder entry by entry as it reads them, so a large map
 * never exists as a whole tree), the rest of the tree to the model, then
 * references resolved. `text` has no byte-order mark (`withoutBom`).
 */
export function readMap(text: string, file = '<input>'): ReadResult {
  const problems: DiagnosticInput[] = [];
  const ctx: ParseContext = { text, report: (problem) => problems.push(withSeverity(problem)) };
  // A read in slices that gives up starts again whole: what the builder reported by then goes.
  const builder = createMapBuilder(ctx, file, () => (problems.length = 0));

  const tree = readYaml(text, builder.sink);
  // Not push(...list): a file with 200,000 aliases has as many problems, too many to spread.
  for (const problem of tree.problems) problems.push(withSeverity(problem));
  if (!tree.root && tree.problems.length > 0) return { map: emptyMap(file), problems };

  const map = builder.finish(tree.root);
  resolveReferences(ctx, map, builder.rejected, builder.index);
  return { map, problems };
}

/**
 * Decodes a file's bytes as UTF-8, dropping a byte-order mark. Invalid bytes
 * are an error at the line and column where they occur, not a silent
 * replacement character.
 */
export function decodeMapBytes(bytes: Uint8Array, file: string): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    const location = createLocator(file, new TextDecoder('utf-8').decode(bytes)).locate({ start: offset, end: offset + 1 });
    return {
      diagnostic: {
        code: 'encoding',
        severity: PARSE_PROBLEMS.encoding.severity,
        message: 'The file is not valid UTF-8 text.',
        hint: 'Save it as UTF-8 in your editor (maps are text files, not binary).',
        ...location,
      },
    };
  }
}

/**
 * Where the first invalid byte sequence starts, as an offset in the decoded
 * text. Found in the bytes, not by looking for U+FFFD in a lenient decoding:
 * the file may hold a real U+FFFD earlier. A streaming decoder accepts any
 * valid prefix (an unfinished sequence at its end waits for more), so the
 * shortest prefix it rejects ends in the first bad sequence: binary search.
 */
function firstInvalidOffset(bytes: Uint8Array): number {
  const decodePrefix = (length: number): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    } catch {
      return undefined;
    }
  };
  const whole = decodePrefix(bytes.length);
  // Every sequence is valid but the last is cut short.
  if (whole !== undefined) return whole.length;
  let low = 0; // a prefix that decodes
  let high = bytes.length; // a prefix that does not
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (decodePrefix(middle) === undefined) high = middle;
    else low = middle;
  }
  // The text before the bad sequence (a sequence still pending at `low` is part of it).
  return decodePrefix(high - 1)!.length;
}
