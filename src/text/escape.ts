/**
 * Text from a map is untrusted. Before it reaches a terminal, every character
 * that could move the cursor, change colours, set the window title, reorder
 * text (bidirectional overrides) or hide itself is replaced by a visible escape
 * such as `\x1B` or `\u{202E}`. This is the one place that decides what is
 * unsafe; every terminal writer goes through it.
 */

// C0 controls, DEL and C1 controls; bidi embeddings, overrides, isolates and
// marks; line and paragraph separators; the byte-order mark / zero-width
// no-break space. In `u` mode a surrogate range matches only lone surrogates,
// which cannot be printed as UTF-8, so they are shown too.
const UNSAFE_CLASS =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ud800-\\udfff]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'gu');
const UNSAFE_TEST = new RegExp(UNSAFE_CLASS, 'u');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** True when the text holds nothing that `escapeTerminal` would change. */
export function isTerminalSafe(text: string): boolean {
  return !UNSAFE_TEST.test(text);
}

/** Make untrusted text safe to print: unsafe characters become visible escapes. */
export function escapeTerminal(text: string): string {
  if (isTerminalSafe(text)) return text;
  return text.replace(UNSAFE, visible);
}

// Most text has nothing to fold, trim or escape, and one quick test says so:
// it matches whatever escapeInline would change (and, being blind to surrogate
// pairs, every emoji too, which then takes the long way).
const MAY_CHANGE_INLINE = new RegExp(`${UNSAFE_CLASS}| {2}|^\\s|\\s$`);

/**
 * For a message of several lines (commander's usage errors, a stack trace):
 * each line escaped, the line breaks kept.
 */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}

/**
 * For prose that may legitimately span lines (a statement written as a YAML
 * block scalar): runs of whitespace, line breaks included, become one space,
 * then anything still unsafe is escaped.
 */
export function escapeInline(text: string): string {
  if (!MAY_CHANGE_INLINE.test(text)) return text;
  return escapeTerminal(oneLine(text));
}

/** Prose on one line: runs of whitespace, line breaks included, become one space; no space at either end. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

// What JSON.stringify leaves raw that a terminal would act on. It already
// writes C0 controls and lone surrogates as escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * JSON text from JSON.stringify, safe to print: DEL, C1 controls, bidi
 * controls, separators and the byte-order mark become `\u` escapes, which
 * every JSON reader decodes to the same value.
 */
export function escapeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
