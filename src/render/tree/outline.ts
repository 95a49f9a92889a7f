import type { MapIndex } from '../../model/graph.js';
import { escapeInline, escapeTerminal } from '../../text/escape.js';
import type { DisplayWidth } from '../../text/width.js';
import { DETACHED_HEADING } from './draw.js';
import type { Glyphs } from './glyphs.js';
import type { Row } from './layout.js';
import type { TreeSettings } from './options.js';
import { paintsFor } from './paints.js';
import { truncate } from './wrap.js';

// Enough lines for one screen with the title and the start of the tree.
export const OUTLINE_ROOTS = 12;
// An id longer than this is cut in the outline (the tree below shows it whole).
const ID_COLUMNS = 24;
const INDENT = '  ';

export const OUTLINE_HEADING = 'Outline:';

interface Entry {
  row: Row;
  statements: number;
}

/**
 * The outline that opens the tree: the theses, then the other roots, one
 * line each: id, how many statements its tree shows (in full or as a
 * reference) and the start of its text, cut to the width. At most
 * OUTLINE_ROOTS lines, then how many more there are. `rows` is the whole
 * layout, without a depth limit, so that the counts do not depend on --depth.
 */
export function outlineLines(rows: readonly Row[], index: MapIndex, settings: TreeSettings, glyphs: Glyphs, measure: DisplayWidth): string[] {
  const entries = countStatements(rows);
  const theses = entries.filter((entry) => !entry.row.detached);
  const others = entries.filter((entry) => entry.row.detached);
  const shown = [...theses, ...others].slice(0, OUTLINE_ROOTS);
  const paints = paintsFor(settings.palette);

  const ids = shown.map((entry) => (settings.ids ? truncate(escapeTerminal(entry.row.id), ID_COLUMNS, measure, glyphs.ellipsis) : ''));
  // The other roots are indented under their heading: padded so that the counts still line up.
  const indents = shown.map((entry) => (entry.row.detached && theses.length > 0 ? INDENT + INDENT : INDENT));
  const leadWidth = Math.max(...shown.map((_, i) => indents[i]!.length + measure(ids[i]!)));
  const counts = shown.map((entry) => `${entry.statements} statement${entry.statements === 1 ? '' : 's'}`);
  const countWidth = Math.max(...counts.map((count) => count.length));

  const lines = [paints.heading(OUTLINE_HEADING)];
  shown.forEach((entry, i) => {
    if (entry.row.detached && (i === 0 || !shown[i - 1]!.row.detached)) lines.push(`${INDENT}${paints.heading(DETACHED_HEADING)}`);
    const id = ids[i]!;
    const padding = ' '.repeat(leadWidth - indents[i]!.length - measure(id));
    const lead = settings.ids ? `${indents[i]}${paints.id(id)}${padding}  ` : `${indents[i]}${padding}`;
    const countCell = `${counts[i]!.padStart(countWidth)}  `;
    const room = settings.width - leadWidth - (settings.ids ? 2 : 0) - countWidth - 2;
    const text = room >= 8 ? truncate(escapeInline(textOf(entry.row, index, glyphs)), room, measure, glyphs.ellipsis) : '';
    const painted = entry.row.detached ? paints.text(text) : paints.thesis(text);
    lines.push(`${lead}${countCell}${painted}`.trimEnd());
  });
  const more = entries.length - shown.length;
  if (more > 0) lines.push(`${INDENT}${glyphs.more} and ${more} more root${more === 1 ? '' : 's'}`);
  return lines;
}

/** A statement's text; an argument's title, else what it bears on (its id is in the column before). */
function textOf(row: Row, index: MapIndex, glyphs: Glyphs): string {
  if (row.kind === 'statement') return index.statements.get(row.id)!.text;
  const argument = index.arguments.get(row.id)!;
  return argument.title ?? `${glyphs.target} ${argument.target.id}`;
}

/** Each root's row and how many different statements its tree shows: one pass over the rows. */
function countStatements(rows: readonly Row[]): Entry[] {
  const entries: Entry[] = [];
  // The last root each statement was counted for: a statement shown twice under one root counts once.
  const countedFor = new Map<string, number>();
  for (const row of rows) {
    if (row.parent < 0) entries.push({ row, statements: 0 });
    if (row.kind !== 'statement') continue;
    const root = entries.length - 1;
    if (countedFor.get(row.id) === root) continue;
    countedFor.set(row.id, root);
    entries[root]!.statements++;
  }
  return entries;
}
