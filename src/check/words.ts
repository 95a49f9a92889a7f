import { escapeInline, escapeTerminal } from '../text/escape.js';
import { shorten } from '../text/shorten.js';

/**
 * Small helpers for the wording of findings. Ids and texts come from the map,
 * so they are shortened, and prose from the map or the source is flattened
 * to one line with anything unprintable made visible.
 */

/** An id or name in quotes, shortened, anything unprintable made visible: "nato-veto". */
export const q = (id: string): string => `"${escapeTerminal(shorten(id))}"`;

/** A passage of untrusted prose, on one line and at most `max` characters. */
export const excerpt = (text: string, max = 100): string => shorten(escapeInline(text), max);

/** "a", "b" and "c"; past `max` items, "a", "b" and 3 more. */
export function listIds(ids: readonly string[], max = 5): string {
  const shown = ids.slice(0, max).map(q);
  if (ids.length > max) return `${shown.join(', ')} and ${ids.length - max} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export { plural } from '../text/plural.js';
