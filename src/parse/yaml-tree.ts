import {
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  type Event,
  type ScalarEvent,
} from './js-yaml.js';
import type { Span } from '../model/types.js';
import type { ParseProblem } from './problems.js';
import { visitAllEvents, visitEventsInSlices } from './yaml-events.js';
import { aliasEnd, MAX_YAML_DEPTH, syntaxProblem, tagProblem } from './yaml-problems.js';

/**
 * Stage one of parsing: YAML text to a small tree of plain nodes that keep
 * their source offsets. js-yaml's event parser does the YAML work (it reads a
 * 100,000-statement map in under half a second, where a full document model
 * takes seconds); this module only assembles its flat event stream, with an
 * explicit stack, so no input depth can overflow the call stack.
 */

export type ScalarValue = string | number | boolean | null;

export interface YScalar extends Span {
  kind: 'scalar';
  value: ScalarValue;
  /** Stands in for a rejected alias; the pair or item holding it is left out. */
  alias?: true;
}

export interface YPair {
  key: YNode;
  value: YNode;
}

export interface YMap extends Span {
  kind: 'map';
  pairs: YPair[];
}

export interface YSeq extends Span {
  kind: 'seq';
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq;

/**
 * Receives the entries of chosen top-level sections one by one, as soon as
 * each is complete, instead of the tree keeping them: a 100,000-statement map
 * then never exists as a whole tree next to the model.
 */
export interface SectionSink {
  sections: ReadonlySet<string>;
  entry(section: string, key: YNode, value: YNode): void;
}

export interface YamlResult {
  root?: YNode;
  problems: ParseProblem[];
}


/**
 * A rejected alias is already reported; leaving out what holds it avoids a
 * second, confusing error about the same spot.
 */
const isAlias = (item: YNode) => item.kind === 'scalar' && item.alias === true;

const CORE_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

/**
 * The core tags that may resolve a plain scalar, by its first character (''
 * when empty), in order, as js-yaml's composer picks them by the tags'
 * `implicitFirstChars`: text, most scalars, then tries none.
 */
const TRY_ALWAYS = CORE_TAGS.filter((tag) => !tag.implicitFirstChars);
const TAGS_BY_FIRST_CHAR = new Map<string, typeof CORE_TAGS>();
for (const first of CORE_TAGS.flatMap((tag) => tag.implicitFirstChars ?? [])) {
  TAGS_BY_FIRST_CHAR.set(first, CORE_TAGS.filter((tag) => !tag.implicitFirstChars || tag.implicitFirstChars.includes(first)));
}

/** Resolves a plain scalar the way YAML 1.2's core schema does. */
function resolvePlain(source: string): ScalarValue {
  for (const tag of TAGS_BY_FIRST_CHAR.get(source.charAt(0)) ?? TRY_ALWAYS) {
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value as ScalarValue;
  }
  return source;
}

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
export function parseYamlTree(text: string, sink?: SectionSink): YamlResult {
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
 * (yaml-events.ts), or undefined when the map cannot be parsed that way:
 * then `parseYamlTree` (with a fresh sink) parses it whole.
 */
export function parseYamlTreeInSlices(text: string, sink: SectionSink): YamlResult | undefined {
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

function scalarNode(text: string, event: ScalarEvent, lastOffset: number): YScalar {
  if (event.valueStart < 0) {
    // An empty value (`key:` with nothing after it) is null, placed at the key.
    return { kind: 'scalar', value: null, start: lastOffset, end: lastOffset };
  }
  const source = getScalarValue(text, event);
  const isPlainUntagged = event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0;
  // js-yaml places a quoted scalar inside its quotes; the span takes them in,
  // so a caret under "" or 'x' starts at the opening quote, as an editor shows it.
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  const withQuotes = quoted && text[event.valueStart - 1] === text[event.valueEnd] && (text[event.valueEnd] === '"' || text[event.valueEnd] === "'");
  return {
    kind: 'scalar',
    value: isPlainUntagged ? resolvePlain(source) : source,
    start: withQuotes ? event.valueStart - 1 : event.valueStart,
    end: withQuotes ? event.valueEnd + 1 : event.valueEnd,
  };
}
