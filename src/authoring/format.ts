/**
 * `argmap fmt`: one canonical layout for every map, keeping every comment
 * with the entry it was written above or beside (the layout is described in
 * format-plain.ts). The map's meaning is checked to be unchanged before
 * anything is returned.
 *
 * Two versions give the same bytes: the plain one lays the whole map out
 * with the `yaml` package's document model; the fast one (format-fast.ts)
 * writes the common, comment-free entries itself and leaves the rest to the
 * plain one. The fast one is what fmt and the language server use: the
 * document model takes about 20 s on a 100,000-statement map.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { ArgMap } from '../model/types.js';
import { parseMap } from '../parse/parse-map.js';
import { layOutFast } from './format-fast.js';
import { compare, layOutPlain, type FormatOptions } from './format-plain.js';

export { FORMAT_WIDTH, type FormatOptions } from './format-plain.js';

export type FormatResult = { text: string } | { diagnostics: Diagnostic[] };

export function formatMapText(text: string, options: FormatOptions = {}, file = '<input>'): FormatResult {
  return checkedLayout(text, options, file, layOutFast);
}

/** The same result as formatMapText, by the yaml package's document model alone: the reference the fast version is held to. */
export function formatMapTextPlain(text: string, options: FormatOptions = {}, file = '<input>'): FormatResult {
  return checkedLayout(text, options, file, layOutPlain);
}

function checkedLayout(text: string, options: FormatOptions, file: string, layOut: (text: string, options: FormatOptions) => string): FormatResult {
  const before = parseMap(text, file);
  const errors = before.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) return { diagnostics: errors };
  const formatted = layOut(text, options);
  const after = parseMap(formatted, file);
  // The layout must never change what the map says: a difference here is a bug in argmap, not in the map.
  if (after.diagnostics.some((diagnostic) => diagnostic.severity === 'error') || !sameMeaning(before.map, after.map, options.sort)) {
    throw new Error('fmt: the formatted map would not say the same as the original; nothing was changed');
  }
  return { text: formatted };
}

/**
 * Whether two maps say the same, spans aside (and, when sorting, in id
 * order). A walk over both with an explicit stack: the maps are plain data
 * (arrays, objects, text, numbers), and a property left undefined counts as
 * absent, as in JSON.
 */
export function sameMeaning(before: ArgMap, after: ArgMap, sorted = false): boolean {
  const byId = <T extends { id: string }>(list: T[]) => (sorted ? [...list].sort((a, b) => compare(a.id, b.id)) : list);
  const plain = (map: ArgMap) => ({ ...map, statements: byId(map.statements), arguments: byId(map.arguments), speakers: byId(map.speakers) });
  const keys = (value: object) => Object.keys(value).filter((key) => key !== 'span' && key !== 'textSpan' && (value as Record<string, unknown>)[key] !== undefined);
  const stack: [unknown, unknown][] = [[plain(before), plain(after)]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === b) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = 0; i < a.length; i++) stack.push([a[i], other[i]]);
      continue;
    }
    const [keysA, keysB] = [keys(a), keys(b)];
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) stack.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
  }
  return true;
}
