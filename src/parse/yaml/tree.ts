import type { ParseProblem } from '../problems.js';
import { visitAllEvents, visitEventsInSlices } from './events.js';
import { EVENT_ID, YAMLException, type Event } from './js-yaml.js';
import { scalarNode } from './scalars.js';
import { aliasEnd, MAX_YAML_DEPTH, syntaxProblem, tagProblem } from './syntax.js';
import type { SectionSink, YamlResult, YMap, YNode, YSeq } from './types.js';

/**
 * Stage one of parsing: YAML text to a small tree of plain nodes that keep
 * their source offsets. js-yaml's event parser does the YAML work (it reads a
 * 100,000-statement map in under half a second, where a full document model
 * takes seconds); this module only assembles its flat event stream, with an
 * explicit stack, so no input depth can overflow the call stack.
 */

/**
 * A rejected alias is already reported; leaving out what holds it avoids a
 * second, confusing error about the same spot.
 */
const isAlias = (item: YNode) => item.kind === 'scalar' && item.alias === true;

interface OpenCollection {
  node: YMap | YSeq;
  /** For maps: a key waiting for its value. */
  pendingKey?: YNode;
  /** Set on a top-level section whose entries go to the sink. */
  section?: string;
  /** Set on a section entry's value: hand it to the sink when it closes. */
  deliver?: { section: string; key: YNode };
}

/** Parses YAML text into a tree, or explains why it cannot. Never throws on bad input. */
export function parseWhole(text: string, sink?: SectionSink): YamlResult {
  const tree = createTreeBuilder(text, sink);
  try {
    // js-yaml parses the whole text before the first visit: a syntax error means nothing was visited.
    visitAllEvents(text, MAX_YAML_DEPTH, tree.visit);
  } catch (error) {
    if (error instanceof YAMLException) return { problems: [syntaxProblem(error, text.length)] };
    throw error;
  }
  return tree.result();
}

/**
 * The same tree, from the events of a big map parsed a slice at a time
 * (events.ts), or undefined when the map cannot be parsed that way:
 * then the sink restarts and `parseWhole` parses it whole.
 */
export function parseInSlices(text: string, sink: SectionSink): YamlResult | undefined {
  const tree = createTreeBuilder(text, sink);
  return visitEventsInSlices(text, { sections: sink.sections, maxDepth: MAX_YAML_DEPTH }, tree.visit) ? tree.result() : undefined;
}

/** Builds the tree from events handed to `visit` one by one, in document order. */
function createTreeBuilder(text: string, sink?: SectionSink): { visit(event: Event): void; result(): YamlResult } {
  const problems: ParseProblem[] = [];
  const stack: OpenCollection[] = [];
  let root: YNode | undefined;
  let documents = 0;
  // Offset of the last thing seen, to place empty values (which have none).
  let lastOffset = 0;
  // Where a second document starts, found from its first node.
  let placeSecondDocument = false;
  // Only a section's first occurrence streams; a repeat stays in the tree,
  // where it is reported as a duplicate key.
  const streamed = new Set<string>();
  const sectionOf = (): string | undefined => {
    const parent = stack[0];
    if (!sink || stack.length !== 1 || parent?.node.kind !== 'map') return undefined;
    const key = parent.pendingKey;
    if (key?.kind !== 'scalar' || typeof key.value !== 'string' || !sink.sections.has(key.value)) return undefined;
    if (streamed.has(key.value)) return undefined;
    streamed.add(key.value);
    return key.value;
  };
  const nodeStarted = (offset: number): void => {
    if (!placeSecondDocument) return;
    placeSecondDocument = false;
    const marker = text.lastIndexOf('---', offset);
    const start = marker >= lastOffset ? marker : offset;
    problems.push({
      code: 'yaml-multiple-documents',
      message: 'This file holds more than one YAML document.',
      span: { start, end: start + 3 },
      hint: 'A map is one document. Remove the "---" line, or split the file into one map per file.',
    });
  };

  /**
   * Adds a node to its parent. A section entry's value is handed to the sink
   * instead: a scalar at once, a collection (returned here) once it closes.
   */
  const attach = (node: YNode): OpenCollection['deliver'] => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return undefined;
    }
    parent.node.end = Math.max(parent.node.end, node.end);
    if (parent.node.kind === 'seq') {
      if (!isAlias(node)) parent.node.items.push(node);
      return undefined;
    }
    const key = parent.pendingKey;
    if (key === undefined) {
      parent.pendingKey = node;
      return undefined;
    }
    parent.pendingKey = undefined;
    if (isAlias(key) || isAlias(node)) return undefined;
    if (parent.section === undefined) {
      parent.node.pairs.push({ key, value: node });
      return undefined;
    }
    if (node.kind !== 'scalar') return { section: parent.section, key };
    sink!.entry(parent.section, key, node);
    return undefined;
  };

  const visit = (event: Event): void => {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents === 2) placeSecondDocument = true;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        nodeStarted(event.start);
        if (event.tagStart >= 0) problems.push(tagProblem(text, event.tagStart, event.tagEnd));
        lastOffset = event.start;
        const node: YMap | YSeq =
          event.type === EVENT_ID.MAPPING
            ? { kind: 'map', start: event.start, end: event.start + 1, pairs: [] }
            : { kind: 'seq', start: event.start, end: event.start + 1, items: [] };
        const section = event.type === EVENT_ID.MAPPING && documents <= 1 ? sectionOf() : undefined;
        const deliver = documents <= 1 ? attach(node) : undefined;
        const open: OpenCollection = { node };
        if (section !== undefined) open.section = section;
        if (deliver !== undefined) open.deliver = deliver;
        stack.push(open);
        break;
      }
      case EVENT_ID.SCALAR: {
        nodeStarted(event.valueStart >= 0 ? event.valueStart : lastOffset);
        const node = scalarNode(text, event, lastOffset);
        if (event.tagStart >= 0 && text.slice(event.tagStart, event.tagEnd) !== '!!str') {
          problems.push(tagProblem(text, event.tagStart, event.tagEnd));
        }
        lastOffset = node.end;
        if (documents <= 1) attach(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        // js-yaml points at the alias's name; include the "*" before it.
        const nameStart = event.anchorStart >= 0 ? event.anchorStart : lastOffset;
        const start = text[nameStart - 1] === '*' ? nameStart - 1 : nameStart;
        nodeStarted(start);
        const end = aliasEnd(text, start);
        problems.push({
          code: 'yaml-alias',
          message: `Aliases such as "${text.slice(start, end)}" are not supported in argmap maps.`,
          span: { start, end },
          hint: 'Write the value out, or refer to the statement by its id.',
        });
        lastOffset = end;
        // Keep the tree's shape so later checks still make sense.
        if (documents <= 1) attach({ kind: 'scalar', value: null, start, end, alias: true });
        break;
      }
      case EVENT_ID.POP: {
        const closed = stack.pop();
        if (closed?.deliver) sink!.entry(closed.deliver.section, closed.deliver.key, closed.node);
        if (closed && stack.length > 0) {
          const parent = stack[stack.length - 1]!;
          parent.node.end = Math.max(parent.node.end, closed.node.end);
        }
        break;
      }
    }
  };
  const result = (): YamlResult => (root ? { root, problems } : { problems });
  return { visit, result };
}
