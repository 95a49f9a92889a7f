import { createLocator, diagnosticAt, type DiagnosticInput } from '../diagnostics/locate.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import type { ArgMap } from '../model/types.js';
import { createMapBuilder, emptyMap } from './build-map.js';
import type { ParseContext } from './fields.js';
import { resolveReferences } from './references.js';
import { parseYamlTree, parseYamlTreeInSlices } from './yaml-tree.js';

export interface ParseResult {
  /** The map as far as it could be read. With errors, parts may be missing, but every reference in it resolves. */
  map: ArgMap;
  /** Problems found, sorted by position. */
  diagnostics: Diagnostic[];
}

/**
 * Parses the text of an argument map. Never throws on bad input: every problem
 * becomes a diagnostic with a position in `file`.
 */
export function parseMap(text: string, file = '<input>'): ParseResult {
  // Editors on Windows may save a byte-order mark; it is not part of the YAML.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A big map is parsed a slice at a time when it can be (yaml-events.ts);
  // when it cannot, it is parsed again, whole, from the start.
  return (source.length >= SLICED_FROM ? parseWith(source, file, true) : undefined) ?? parseWith(source, file, false)!;
}

/** Below this many characters a map is parsed whole: slicing saves nothing there. */
const SLICED_FROM = 1024 * 1024;

function parseWith(source: string, file: string, sliced: boolean): ParseResult | undefined {
  const problems: DiagnosticInput[] = [];
  const ctx: ParseContext = { text: source, report: (problem) => problems.push(problem) };

  const builder = createMapBuilder(ctx, file);
  const tree = sliced ? parseYamlTreeInSlices(source, builder.sink) : parseYamlTree(source, builder.sink);
  if (!tree) return undefined;
  // Not push(...list): a file with 200,000 aliases has as many problems, too many to spread.
  for (const problem of tree.problems) problems.push(problem);
  let map: ArgMap;
  if (!tree.root && tree.problems.length > 0) {
    map = emptyMap(file);
  } else {
    map = builder.finish(tree.root);
    resolveReferences(ctx, map);
  }

  const locator = createLocator(file, source);
  const diagnostics = problems.map((problem) => diagnosticAt(locator, problem)).sort(compareDiagnostics);
  return { map, diagnostics };
}

/**
 * Decodes a file's bytes as UTF-8. Invalid bytes are an error at the line and
 * column where they occur, not a silent replacement character.
 */
export function decodeMapBytes(bytes: Uint8Array, file: string): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\ufffd'));
    const location = createLocator(file, lenient).locate({ start: offset, end: offset + 1 });
    return {
      diagnostic: {
        code: 'encoding',
        severity: 'error',
        message: 'The file is not valid UTF-8 text.',
        hint: 'Save it as UTF-8 in your editor (maps are text files, not binary).',
        ...location,
      },
    };
  }
}
