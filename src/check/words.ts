import { oneLine } from '../text/escape.js';
import { shorten } from '../text/shorten.js';

/**
 * Small helpers for the wording of findings. Ids and texts come from the map,
 * so they are shortened, and prose is put on one line. They are not escaped:
 * a diagnostic holds the map's text as it is, and each reporter escapes for
 * its own output (terminal, JSON, SARIF), as map text is escaped only at the
 * output edge.
 */

/** An id or name in quotes, shortened: "nato-veto". */
export const q = (id: string): string => `"${shorten(id)}"`;

/** A passage of prose (a statement written as a YAML block scalar may span lines), on one line and at most `max` characters. */
export const excerpt = (text: string, max = 100): string => shorten(oneLine(text), max);

/** "a", "b" and "c"; past `max` items, "a", "b" and 3 more. */
export function listIds(ids: readonly string[], max = 5): string {
  const shown = ids.slice(0, max).map(q);
  if (ids.length > max) return `${shown.join(', ')} and ${ids.length - max} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export { plural } from '../text/plural.js';
