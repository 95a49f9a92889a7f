/**
 * Text from a map on its way into Graphviz. ts-graphviz quotes strings, but
 * Graphviz reads more into a string than DOT's quoting covers, and
 * ts-graphviz does not escape backslashes, so this is the one place that makes
 * untrusted text show exactly as written:
 *
 * - HTML entities are decoded in every label and tooltip: `&` must be `&amp;`.
 * - A string that looks like `<...>` becomes an HTML-like label in
 *   ts-graphviz: `<` and `>` are written as entities, so no text can.
 * - Backslash sequences (`\N` node name, `\l` line break, `\G` …) are expanded:
 *   labels need each backslash doubled, tooltips (expanded twice) quadrupled.
 *   Checked against Graphviz 2.43 and the WebAssembly build (16.x).
 * - Control characters and bidirectional overrides become visible escapes
 *   (src/text/escape.ts), so a label cannot hide or reorder text; so do
 *   U+FFFE and U+FFFF, which XML forbids and Graphviz would drop a label for.
 *
 * One liberty remains, Graphviz's own: labels draw every kind of space
 * (no-break, thin, figure…) as a plain space.
 */
import { escapeInline } from '../../text/escape.js';
import { ID_REGEXP } from '../../model/ids.js';

/** Graphviz 2.x refuses quoted strings over 16,384 characters; escaping can grow text sixfold. */
export const MAX_TOOLTIP_CHARS = 2000;

/**
 * The most characters a label shows of one text (a statement, a title, a
 * tag); the tree shows it all. A 2 MB statement would otherwise make 50,000
 * lines that take resvg a minute and a gigabyte to draw as PNG.
 */
export const MAX_LABEL_CHARS = 2000;

/** Text for a label, cut to MAX_LABEL_CHARS with "…" when longer. */
export function labelText(text: string): string {
  return cutTo(text, MAX_LABEL_CHARS);
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => XML[char]!);
}

/** Text escaped as escapeInline does, and U+FFFE and U+FFFF too, which XML forbids: everything shown as it will be drawn. */
function visible(text: string): string {
  const inline = escapeInline(text);
  return /[\uFFFE\uFFFF]/.test(inline) ? inline.replace(/[\uFFFE\uFFFF]/g, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`) : inline;
}

/**
 * One line of text for an HTML-like label (`label=<...>`), escaped and cut to
 * MAX_LABEL_CHARS, counted as shown. Whitespace runs, line breaks included,
 * become one space.
 */
export function htmlText(text: string): string {
  // Cut again once escaped: escapes such as `\u{FFFE}` make one character eight, and a label
  // that is not wrapped (a title, a tag, a name) must stay under Graphviz's limits: 16,384
  // characters of HTML text between two tags, and 65,535 points of width.
  return htmlOfInline(shownText(text));
}

/** The text as a label shows it: control characters and the like as visible escapes, cut to MAX_LABEL_CHARS of what is shown. */
export function shownText(text: string): string {
  return labelText(visible(labelText(text)));
}

/**
 * The same for text that is already what escapeInline makes of something
 * (such as a line wrapped from it), which escapeInline would leave as it is.
 */
export function htmlOfInline(text: string): string {
  const escaped = xmlEscape(text);
  return escaped.includes('\\') ? escaped.replace(/\\/g, '\\\\') : escaped;
}

/**
 * A tooltip from lines of text: each line escaped, joined by line breaks,
 * cut to MAX_TOOLTIP_CHARS.
 */
export function tooltipText(lines: readonly string[]): string {
  const text = cutTo(lines.map(visible).join('\n'), MAX_TOOLTIP_CHARS);
  // ts-graphviz turns the line breaks into `\n`, which Graphviz reads as a break.
  return xmlEscape(text).replace(/\\/g, '\\\\\\\\');
}

/** The text, or when longer than `max` UTF-16 units its start and "…", `max` in all. */
function cutTo(text: string, max: number): string {
  return text.length > max ? `${cutAt(text, max - 1)}…` : text;
}

/** Cuts without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * A node name for DOT. Parsed maps only have ids of letters, digits, `_`, `.`
 * and `-`; anything else (a map built by hand through the library) gets a
 * generated name, since a node name reaches Graphviz unescaped.
 */
export function createNodeNames(): (id: string) => string {
  const generated = new Map<string, string>();
  return (id) => {
    if (ID_REGEXP.test(id)) return id;
    let name = generated.get(id);
    if (name === undefined) {
      // `#` never occurs in a valid id, so generated names cannot collide with real ones.
      name = `#${generated.size + 1}`;
      generated.set(id, name);
    }
    return name;
  };
}
