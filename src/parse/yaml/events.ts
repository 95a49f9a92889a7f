import { COLLECTION_STYLE, EVENT_ID, parseEvents, PARSER_CALLS_ARE_CHEAP, SCALAR_STYLE, YAMLException, type Event, type MappingEvent } from './js-yaml.js';
import { firstOffset, shiftEvent, startOf } from './event-offsets.js';
import { planSlices, type SlicedSection, type Slice } from './slices.js';

/**
 * js-yaml's event parser, fed to a visitor. js-yaml returns all of a
 * document's events at once: for a map of 100,000 statements, 1.5 million
 * objects (over 200 MB) that all live until they are read, and that the
 * garbage collector copies from one generation to the next on the way
 * (a quarter of the parse's time).
 *
 * So a big map is parsed in slices: the big sections' bodies (slices.ts)
 * are cut out, the rest of the map (the skeleton) is parsed, and each slice
 * of a section is parsed on its own, behind a stand-in header (`x:`) that
 * puts its entries at the same indentation and depth as in the map. Each
 * slice's events are handed on, offsets moved to the map's text, before the
 * next slice is parsed, so they die young.
 *
 * Why the events are the same as the whole map's: at a split line (an entry
 * key at column 2) js-yaml's state is the same whether the line follows the
 * previous entry or the stand-in header. Nothing open in the previous entry
 * can go on into a line indented by two: a value's plain, quoted or flow
 * scalar and its block scalar would need three; a key without a colon, an
 * unclosed quote or bracket fail to parse on their own. The slices are then
 * checked: the skeleton must hold each section's header as a key of a block
 * mapping at column 0 with an empty value, and each slice must parse, with no
 * error, to one mapping whose keys start at every split line, in order. A
 * test compares the result with parseEvents on the whole text for thousands
 * of random maps. Whenever a check fails, or anything does not parse, this
 * gives up, and the whole text is parsed as usual (and errors are reported
 * from there, exactly as before).
 */

export type EventVisitor = (event: Event) => void;

/** Visits the events of the whole text. Throws YAMLException for invalid YAML. */
export function visitAllEvents(text: string, maxDepth: number, visit: EventVisitor): void {
  const events = parseEvents(text, { maxDepth });
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    // Released once read: on a big map the events and the tree would
    // otherwise be in memory together (150 MB each at 100,000 statements).
    (events as (Event | undefined)[])[i] = undefined;
    visit(event);
  }
}

export interface SliceOptions {
  /** The sections to slice: top-level keys whose values are big mappings. */
  sections: ReadonlySet<string>;
  maxDepth: number;
  /** Characters per slice; tests make it small. */
  sliceLength?: number;
}

/**
 * Slices are small, so that each one's events die young, unless the parser
 * slows down when called often (js-yaml.ts: its ES module build, from the
 * ninth call in a process): then they are a fifth of the text at least, and
 * the skeleton, five slices and the sections' last slices stay within eight
 * calls. At 100,000 statements, slices of 64 KB against a fifth: peak RSS of
 * check 455 MB to 355 MB, in the same time.
 */
const SMALL_SLICE_LENGTH = 64 * 1024;
const SLICES = 5;
const MIN_SLICE_LENGTH = 1024 * 1024;
const defaultSliceLength = (text: string): number =>
  PARSER_CALLS_ARE_CHEAP ? SMALL_SLICE_LENGTH : Math.max(MIN_SLICE_LENGTH, Math.ceil(text.length / SLICES));
/** Stands in for the section header in front of each slice. */
const STAND_IN = 'x:\n';

/**
 * Visits exactly the events `parseEvents(text)` returns, a slice at a time.
 * Returns false when it cannot vouch for that (nothing to slice, a check
 * failed, something did not parse); events may have been visited by then,
 * and the caller starts over with `visitAllEvents`.
 */
export function visitEventsInSlices(text: string, options: SliceOptions, visit: EventVisitor): boolean {
  const sliceLength = options.sliceLength ?? defaultSliceLength(text);
  const sections = planSlices(text, options.sections, sliceLength);
  if (sections.length === 0) return false;
  const { skeleton, shiftAt } = cutOut(text, sections);
  const events = parseOrUndefined(skeleton, options.maxDepth);
  if (!events) return false;

  // Children seen so far in each open collection; [0] is the document.
  const counts: number[] = [];
  let documents = 0;
  let rootIsBlockMapping = false;
  let nextSection = 0;
  let sectionKey: SlicedSection | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    // A node never spans a cut (else the checks below fail): one shift per event.
    shiftEvent(event, shiftAt(firstOffset(event)));
    if (sectionKey) {
      // In the skeleton the section's value is empty; the slices fill it in.
      if (event.type !== EVENT_ID.SCALAR || event.valueStart !== -1 || event.anchorStart !== -1 || event.tagStart !== -1) return false;
      if (!visitSection(text, sectionKey, options.maxDepth, visit)) return false;
      counts[1]!++;
      sectionKey = undefined;
      continue;
    }
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) return false;
        counts.push(0);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (counts.length === 1) rootIsBlockMapping = event.type === EVENT_ID.MAPPING && event.style === COLLECTION_STYLE.BLOCK && atLineStart(text, event.start);
        counts.push(0);
        break;
      case EVENT_ID.SCALAR: {
        const section = sections[nextSection];
        const isKey = counts.length === 2 && rootIsBlockMapping && counts[1]! % 2 === 0;
        if (section && isKey && event.valueStart === section.header && event.valueEnd === section.header + section.name.length) {
          if (event.style !== SCALAR_STYLE.PLAIN || event.anchorStart !== -1 || event.tagStart !== -1) return false;
          sectionKey = section;
          nextSection++;
        }
        counts[counts.length - 1]!++;
        break;
      }
      case EVENT_ID.ALIAS:
        counts[counts.length - 1]!++;
        break;
      case EVENT_ID.POP:
        counts.pop();
        if (counts.length > 0) counts[counts.length - 1]!++;
        break;
    }
    visit(event);
  }
  return nextSection === sections.length && sectionKey === undefined;
}

function parseOrUndefined(text: string, maxDepth: number): Event[] | undefined {
  try {
    return parseEvents(text, { maxDepth });
  } catch (error) {
    if (error instanceof YAMLException) return undefined;
    throw error;
  }
}

function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || text.charCodeAt(offset - 1) === 10;
}

/** The text without the sections' bodies, and what to add to its offsets to get the text's. */
function cutOut(text: string, sections: readonly SlicedSection[]): { skeleton: string; shiftAt: (offset: number) => number } {
  const parts: string[] = [];
  // From `at` on (skeleton offsets), add `shift` to get the text's offset.
  const cuts: { at: number; shift: number }[] = [];
  let from = 0;
  let removed = 0;
  for (const section of sections) {
    parts.push(text.slice(from, section.bodyStart));
    const at = section.bodyStart - removed;
    removed += section.bodyEnd - section.bodyStart;
    cuts.push({ at, shift: removed });
    from = section.bodyEnd;
  }
  parts.push(text.slice(from));
  const shiftAt = (offset: number) => {
    let shift = 0;
    for (const cut of cuts) {
      if (offset < cut.at) break;
      shift = cut.shift;
    }
    return shift;
  };
  return { skeleton: parts.join(''), shiftAt };
}

/** Visits a section's value, a mapping, from its slices. */
function visitSection(text: string, section: SlicedSection, maxDepth: number, visit: EventVisitor): boolean {
  for (let i = 0; i < section.slices.length; i++) {
    if (!visitSlice(text, section.slices[i]!, maxDepth, i === 0, visit)) return false;
  }
  visit({ type: EVENT_ID.POP });
  return true;
}

/**
 * Parses one slice behind the stand-in header and visits its entries' events.
 * The slice must parse to the stand-in's mapping of one key, whose value is a
 * block mapping with a key at each split line.
 */
function visitSlice(text: string, slice: Slice, maxDepth: number, first: boolean, visit: EventVisitor): boolean {
  const events = parseOrUndefined(STAND_IN + text.slice(slice.start, slice.end), maxDepth);
  if (!events) return false;
  const shift = slice.start - STAND_IN.length;
  const last = events.length - 3;
  const [document, root, key, mapping] = events;
  if (document?.type !== EVENT_ID.DOCUMENT || root?.type !== EVENT_ID.MAPPING || key?.type !== EVENT_ID.SCALAR || key.valueStart !== 0) return false;
  if (mapping?.type !== EVENT_ID.MAPPING || mapping.style !== COLLECTION_STYLE.BLOCK || mapping.anchorStart !== -1 || mapping.tagStart !== -1) return false;
  if (last < 4 || events[last]!.type !== EVENT_ID.POP || events[last + 1]!.type !== EVENT_ID.POP || events[last + 2]!.type !== EVENT_ID.POP) return false;
  shiftEvent(mapping, shift);
  if ((mapping as MappingEvent).start !== slice.keys[0]) return false;
  if (first) visit(mapping);

  let depth = 0;
  let children = 0;
  let nextKey = 0;
  for (let i = 4; i < last; i++) {
    const event = events[i]!;
    shiftEvent(event, shift);
    if (depth === 0 && children % 2 === 0) {
      const start = startOf(event);
      if (start === slice.keys[nextKey]) nextKey++;
      else if (nextKey < slice.keys.length && start > slice.keys[nextKey]!) return false;
    }
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        return false;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        depth++;
        break;
      case EVENT_ID.POP:
        if (--depth < 0) return false;
        if (depth === 0) children++;
        break;
      default:
        if (depth === 0) children++;
    }
    visit(event);
  }
  return depth === 0 && nextKey === slice.keys.length;
}
