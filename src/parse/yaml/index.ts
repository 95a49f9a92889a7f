/**
 * The YAML reader: a map's text to a tree of plain nodes with offsets, and
 * the problems YAML itself has (syntax, aliases, tags, several documents).
 * The big sections' entries go to `sink` as each is read instead of into the
 * tree. A big map is read a slice at a time when that can be vouched for
 * (events.ts says how), else whole; the caller sees one read either way.
 */
import { parseInSlices, parseWhole } from './tree.js';
import type { SectionSink, YamlResult } from './types.js';

export type { ScalarValue, SectionSink, YamlResult, YMap, YNode, YPair, YScalar, YSeq } from './types.js';
export { MAX_YAML_DEPTH } from './syntax.js';

/** Below this many characters a map is read whole: slicing saves nothing there. */
const SLICED_FROM = 1024 * 1024;

/** Reads YAML text into a tree. Never throws on bad input: every problem is in the result. */
export function readYaml(text: string, sink?: SectionSink): YamlResult {
  if (sink !== undefined && text.length >= SLICED_FROM) {
    const sliced = parseInSlices(text, sink);
    if (sliced) return sliced;
    sink.restart();
  }
  return parseWhole(text, sink);
}
