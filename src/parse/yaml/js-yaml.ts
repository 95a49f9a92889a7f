import * as yaml from 'js-yaml';

/**
 * js-yaml's values, read from the module once. The CLI bundle takes js-yaml's
 * CommonJS build (scripts/bundle.mjs says why), whose exports esbuild reads
 * through a getter on every use: as module-level constants, the parser's
 * loops pay for that once (it cost 0.3 s at 100,000 statements).
 */
export const {
  COLLECTION_STYLE,
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  parseEvents,
} = yaml;
export type { Event, MappingEvent, ScalarEvent } from 'js-yaml';

/**
 * Whether a build's `parseEvents` stays fast however often it is called.
 * js-yaml's ES module build makes its parser state with object spread, and
 * from the ninth call in a process on, V8 gives every such state a hidden
 * class of its own: the parser's optimised code turns megamorphic and runs
 * two to four times slower for good. Its CommonJS build copies the options
 * with a helper instead and keeps one hidden class. Read off the function's
 * source; a wrong answer costs speed only (events.ts then makes few, big
 * slices).
 */
export function parserCallsAreCheap(parse: (...args: never[]) => unknown): boolean {
  return !/[{,]\s*\.\.\.\s*[A-Za-z_$]/.test(String(parse));
}

export const PARSER_CALLS_ARE_CHEAP = parserCallsAreCheap(parseEvents);
