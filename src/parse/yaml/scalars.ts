import { NOT_RESOLVED, SCALAR_STYLE, boolCoreTag, floatCoreTag, getScalarValue, intCoreTag, nullCoreTag, type ScalarEvent } from './js-yaml.js';
import type { ScalarValue, YScalar } from './types.js';

/** A scalar event as a node: its value resolved as YAML 1.2's core schema does, its span around any quotes. */

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

export function scalarNode(text: string, event: ScalarEvent, lastOffset: number): YScalar {
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
