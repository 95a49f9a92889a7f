/**
 * Where a map's text can be cut so that js-yaml can parse it a slice at a
 * time (see events.ts for why and for how the slices are checked).
 *
 * A big section looks like this, its header at column 0 and each entry's
 * key at column 2:
 *
 *     statements:
 *       s1:
 *         text: …
 *       s2: …
 *
 * Its body runs from the line after the header to the first line that has
 * content at column 0 or 1 (blank and comment lines do not end it). A *split
 * line* is a body line with exactly two spaces and then a letter, digit or
 * `_`: where an entry should start. Slices are runs of whole entries, cut at
 * split lines. This is only a plan made from the lines; whether the YAML
 * really is what it looks like is for the parser to confirm.
 */

export interface Slice {
  start: number;
  end: number;
  /** Offsets of the split lines' first characters (column 2), in order. */
  keys: number[];
}

export interface SlicedSection {
  name: string;
  /** Offset of the header line (the key's first character). */
  header: number;
  /** The body: [bodyStart, bodyEnd), cut out of the skeleton. */
  bodyStart: number;
  bodyEnd: number;
  slices: Slice[];
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;

function isKeyStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The start of the line after the one that starts at `start` (text.length at the end). */
function nextLine(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  return lf === -1 ? text.length : lf + 1;
}

/** The header's section name, when the line at `start` is `name:` alone (a comment may follow). */
function headerAt(text: string, start: number, names: ReadonlySet<string>): string | undefined {
  const colon = text.indexOf(':', start);
  if (colon === -1) return undefined;
  const name = text.slice(start, colon);
  if (!names.has(name)) return undefined;
  let i = colon + 1;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  const code = text.charCodeAt(i);
  return i === text.length || code === LF || code === CR || (code === HASH && i > colon + 1) ? name : undefined;
}

type LineKind = 'blank' | 'split' | 'body' | 'end';

/** What a line inside a section is: blank or a comment, an entry's first line, another body line, or the end. */
function lineKind(text: string, start: number): LineKind {
  let spaces = 0;
  while (text.charCodeAt(start + spaces) === SPACE) spaces++;
  let i = start + spaces;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  const first = text.charCodeAt(i);
  if (i === text.length || first === LF || first === CR || first === HASH) return 'blank';
  if (spaces < 2) return 'end';
  return spaces === 2 && isKeyStart(text.charCodeAt(start + 2)) ? 'split' : 'body';
}

/**
 * The sections worth parsing in slices of about `sliceLength` characters,
 * or none. Files with a lone CR line break are left whole: the plan finds
 * lines by LF only.
 */
export function planSlices(text: string, names: ReadonlySet<string>, sliceLength: number): SlicedSection[] {
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return [];
  const sections: SlicedSection[] = [];
  let line = 0;
  while (line < text.length) {
    const header = line;
    const name = headerAt(text, header, names);
    line = nextLine(text, line);
    if (name === undefined) continue;
    const section = sectionAt(text, name, header, line, sliceLength);
    if (section) {
      sections.push(section);
      line = section.bodyEnd;
    }
  }
  return sections;
}

/** Reads the body that starts at `bodyStart`, cutting it into slices. */
function sectionAt(text: string, name: string, header: number, bodyStart: number, sliceLength: number): SlicedSection | undefined {
  const slices: Slice[] = [];
  let current: Slice | undefined;
  let line = bodyStart;
  for (; line < text.length; line = nextLine(text, line)) {
    const kind = lineKind(text, line);
    if (kind === 'end') break;
    if (kind === 'blank') continue;
    if (kind === 'body') {
      // The body must begin with an entry; anything else is left to the whole parse.
      if (!current) return undefined;
      continue;
    }
    if (!current) {
      current = { start: bodyStart, end: bodyStart, keys: [] };
      slices.push(current);
    } else if (line - current.start >= sliceLength) {
      current.end = line;
      current = { start: line, end: line, keys: [] };
      slices.push(current);
    }
    current.keys.push(line + 2);
  }
  if (!current) return undefined;
  current.end = line;
  return { name, header, bodyStart, bodyEnd: line, slices };
}
