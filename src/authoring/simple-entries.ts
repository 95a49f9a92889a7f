/**
 * The entries of `statements:`, `arguments:` and `speakers:` that the fast
 * layout (format-fast.ts) writes itself: those written in the few forms
 * whose layout is certain without the yaml package's document model. An
 * entry is simple when it has no comments, blank lines, quotes, anchors,
 * tags or numbers, and is one of
 *
 *     id: plain text, possibly continued on more-indented lines
 *     id: { key: plain text, key: [a, b] }      (on one line)
 *     id:
 *       key: plain text (possibly continued)
 *       key: [a, b]
 *       key:
 *         - plain text
 *
 * Anything else is left to the plain layout: recognising too little costs
 * time, recognising too much would change bytes, so every test here is on
 * the safe side.
 */

export interface SimpleField {
  key: string;
  value: string | string[];
}

/** A simple entry: its id and either a text (the shorthand) or its fields in the order written. */
export type SimpleEntry = { id: string; text: string; fields?: undefined } | { id: string; text?: undefined; fields: SimpleField[] };

const ENTRY_HEADER = /^([\p{L}\p{N}_][\p{L}\p{N}_.-]*):(?: (.*))?$/u;
const FIELD_LINE = /^([A-Za-z][\w-]*):(?: (.*))?$/;
// Characters that may change how YAML reads a plain text, or how the yaml package writes it, anywhere in it.
const UNSAFE_ANYWHERE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff#:]/;
const UNSAFE_IN_FLOW = /[,[\]{}]/;
// Indicators, and the first characters of numbers, document markers and `~`.
const UNSAFE_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s.+~]/;
// Texts YAML reads as a number, boolean or null (a generous superset of the core schema's).
const NOT_TEXT = /^(?:\d[\w.+-]*|null|true|false|yes|no|on|off|y|n)$/i;

/** `true`, `false` and numbers as JavaScript writes them (`0.5`, not `.5` or `0.50`): the yaml package writes these back as they are. */
function canonicalScalar(text: string): boolean {
  return text === 'true' || text === 'false' || (/^-?\d{1,15}(?:\.\d{1,15})?$/.test(text) && String(Number(text)) === text);
}

export function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * The text without the spaces around it. Only spaces: YAML's white space is
 * the space and the tab (tabs send a text to the plain layout), and
 * JavaScript's trim() also takes U+3000 and the like, which are text.
 */
const trimSpaces = (text: string) => text.replace(/^ +| +$/g, '');

/** A piece of plain text that reads as the same text in YAML and that the yaml package writes back plain. */
function safeText(text: string, inFlow: boolean): boolean {
  return text !== '' && !UNSAFE_FIRST.test(text) && !UNSAFE_ANYWHERE.test(text) && !(inFlow && UNSAFE_IN_FLOW.test(text)) && !NOT_TEXT.test(text);
}

/** `[a, b]` on one line: its items, or undefined. */
function flowList(text: string): string[] | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const items = text.slice(1, -1).split(',').map(trimSpaces);
  return items.every((item) => safeText(item, true)) ? items : undefined;
}

/** `{ key: value, key: [a, b] }` on one line: its fields, or undefined. */
function flowMap(text: string): SimpleField[] | undefined {
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  const fields: SimpleField[] = [];
  let at = 1;
  const skipSpaces = () => {
    while (text[at] === ' ') at++;
  };
  for (;;) {
    skipSpaces();
    const key = /^[A-Za-z][\w-]*: /.exec(text.slice(at, at + 200))?.[0];
    if (key === undefined) return undefined;
    at += key.length;
    skipSpaces();
    const end = text[at] === '[' ? text.indexOf(']', at) + 1 : at + /^[^,}]*/.exec(text.slice(at))![0].length;
    if (end <= at) return undefined;
    const written = trimSpaces(text.slice(at, end));
    const value = written.startsWith('[') ? flowList(written) : safeText(written, true) || canonicalScalar(written) ? written : undefined;
    if (value === undefined) return undefined;
    fields.push({ key: key.slice(0, -2), value });
    at = end;
    skipSpaces();
    if (text[at] === '}') return at === text.length - 1 ? fields : undefined;
    if (text[at] !== ',') return undefined;
    at++;
  }
}

/**
 * A plain text starting on line `first` (its first part given) and continued
 * on the lines after it indented more than `parent`: the text, and the line
 * after it; undefined if any part is unsafe.
 */
function plainText(lines: readonly string[], firstPart: string, first: number, end: number, parent: number): { text: string; next: number } | undefined {
  const parts = [firstPart];
  let next = first + 1;
  while (next < end && indentOf(lines[next]!) > parent) {
    const line = lines[next++]!;
    parts.push(line.slice(indentOf(line)));
  }
  const text = parts.join(' ');
  return parts.every((part) => safeText(part, false)) ? { text, next } : undefined;
}

/**
 * The entry on lines [start, end) at indentation `indent` (its id on the
 * first line), if it is simple. The lines hold no blank or comment line
 * (the caller splits those off) but may have any other content.
 */
export function simpleEntry(lines: readonly string[], start: number, end: number, indent: number): SimpleEntry | undefined {
  for (let n = start; n < end; n++) if (lines[n]!.trim() === '' || lines[n]!.endsWith(' ') || lines[n]!.includes('#')) return undefined;
  const header = ENTRY_HEADER.exec(lines[start]!.slice(indent));
  if (!header || !safeText(header[1]!, false) || header[1]!.length > 200) return undefined;
  const id = header[1]!;
  const rest = header[2];
  if (rest !== undefined && rest.startsWith('{')) {
    const fields = end === start + 1 ? flowMap(rest) : undefined;
    return fields && { id, fields };
  }
  if (rest !== undefined) {
    const text = plainText(lines, rest, start, end, indent);
    return text && text.next === end ? { id, text: text.text } : undefined;
  }
  if (end === start + 1) return undefined;
  const fieldIndent = indentOf(lines[start + 1]!);
  const fields: SimpleField[] = [];
  let at = start + 1;
  while (at < end) {
    if (indentOf(lines[at]!) !== fieldIndent) return undefined;
    const field = FIELD_LINE.exec(lines[at]!.slice(fieldIndent));
    if (!field || !safeText(field[1]!, false)) return undefined;
    const [, key, written] = field as unknown as [string, string, string | undefined];
    if (written === undefined) {
      const items = blockList(lines, at + 1, end, fieldIndent);
      if (!items) return undefined;
      fields.push({ key, value: items.items });
      at = items.next;
    } else if (written.startsWith('[')) {
      const items = flowList(written);
      if (!items) return undefined;
      fields.push({ key, value: items });
      at++;
    } else if (canonicalScalar(written) && (at + 1 === end || indentOf(lines[at + 1]!) <= fieldIndent)) {
      fields.push({ key, value: written });
      at++;
    } else {
      const text = plainText(lines, written, at, end, fieldIndent);
      if (!text) return undefined;
      fields.push({ key, value: text.text });
      at = text.next;
    }
  }
  return { id, fields };
}

/** The items `- text` of a block list under a key at indentation `keyIndent`, from line `start`. */
function blockList(lines: readonly string[], start: number, end: number, keyIndent: number): { items: string[]; next: number } | undefined {
  const items: string[] = [];
  const itemIndent = start < end ? indentOf(lines[start]!) : -1;
  let at = start;
  while (at < end && indentOf(lines[at]!) >= keyIndent && !(indentOf(lines[at]!) === keyIndent && !lines[at]!.startsWith('- ', keyIndent))) {
    if (indentOf(lines[at]!) !== itemIndent || !lines[at]!.startsWith('- ', itemIndent)) return undefined;
    const text = plainText(lines, lines[at]!.slice(itemIndent + 2), at, end, itemIndent);
    if (!text) return undefined;
    items.push(text.text);
    at = text.next;
  }
  return items.length > 0 ? { items, next: at } : undefined;
}

/**
 * The entry `id: value` of a map's data (what a map file loads to) as a
 * simple entry, if the fast layout may write it: a text, or fields whose
 * values are texts, `true`/`false`, plain numbers or non-empty lists of
 * texts, every text plain-safe and written with single spaces (a plain text
 * folded at a double space would read back with one).
 */
export function simpleEntryOfData(id: string, value: unknown): SimpleEntry | undefined {
  if (!ENTRY_ID.test(id) || !safeText(id, false) || id.length > 200) return undefined;
  if (typeof value === 'string') return singleSpaced(value) && safeText(value, false) ? { id, text: value } : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields: SimpleField[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (!FIELD_KEY.test(key) || !safeText(key, false)) return undefined;
    if (typeof field === 'string' && singleSpaced(field) && safeText(field, false)) fields.push({ key, value: field });
    else if ((typeof field === 'boolean' || typeof field === 'number') && canonicalScalar(String(field))) fields.push({ key, value: String(field) });
    else if (Array.isArray(field) && field.length > 0 && field.every((item) => typeof item === 'string' && singleSpaced(item) && safeText(item, true))) fields.push({ key, value: field as string[] });
    else return undefined;
  }
  return fields.length > 0 ? { id, fields } : undefined;
}

const ENTRY_ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;
const FIELD_KEY = /^[A-Za-z][\w-]*$/;
// Data may hold a lone surrogate (a file read as UTF-8 cannot), which the yaml package writes as an escape.
const LONE_SURROGATE = /\p{Cs}/u;
const singleSpaced = (text: string) => !text.includes('  ') && !text.endsWith(' ') && !LONE_SURROGATE.test(text);
