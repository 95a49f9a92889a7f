import type { MapIndex } from '../../model/graph.js';
import type { Statement } from '../../model/types.js';
import type { Row } from './layout.js';

export interface RowFilter {
  /** Speaker ids to match, when filtering by speaker. */
  speakers: ReadonlySet<string> | undefined;
  tag: string | undefined;
}

export interface Selection {
  /** Rows to print. */
  keep: Uint8Array;
  /** Rows that match the filter themselves (the rest are kept as the way to them). */
  match: Uint8Array;
  matches: number;
}

/**
 * Keeps the rows that match the filter and the rows on the way to them; drops
 * branches with no match. A kept argument keeps all its premises, since linked
 * premises only make sense together, but not what lies below a premise that
 * does not match. Statements match on speaker and tag; arguments (which have
 * no tags) only on speaker. Two passes over the flat rows, no recursion.
 */
export function selectRows(rows: readonly Row[], index: MapIndex, filter: RowFilter): Selection {
  const keep = new Uint8Array(rows.length);
  const match = new Uint8Array(rows.length);
  let matches = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (matchesRow(row, index, filter)) {
      match[i] = 1;
      keep[i] = 1;
      // A reference is the same statement or argument again: counted once, at its full row.
      if (row.shown === 'full') matches++;
    }
    if (keep[i] && row.parent >= 0) keep[row.parent] = 1;
  }
  // Children come after their parent, so one forward pass settles premise groups.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.premise && keep[row.parent]) keep[i] = 1;
  }
  return { keep, match, matches };
}

function speaks(statement: Statement, speakers: ReadonlySet<string>): boolean {
  if (statement.speaker !== undefined && speakers.has(statement.speaker)) return true;
  return statement.saidBy?.some((ref) => speakers.has(ref.id)) ?? false;
}

function matchesRow(row: Row, index: MapIndex, filter: RowFilter): boolean {
  if (row.kind === 'argument') {
    if (filter.tag !== undefined || filter.speakers === undefined) return false;
    const speaker = index.arguments.get(row.id)!.speaker;
    return speaker !== undefined && filter.speakers.has(speaker);
  }
  const statement = index.statements.get(row.id)!;
  // A speaker matches what they argue in the map and what the text reports them saying (said-by).
  if (filter.speakers && !speaks(statement, filter.speakers)) return false;
  if (filter.tag !== undefined && !statement.tags.some((tag) => tag.value === filter.tag)) return false;
  return true;
}
