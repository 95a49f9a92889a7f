/**
 * Renames a statement, argument or speaker id everywhere the map uses it,
 * changing nothing else in the file: the parser gives the span of every
 * definition and reference, and exactly those bytes are replaced. Comments,
 * order, quoting and layout stay as they were.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { ArgMap, Span } from '../model/types.js';
import { parseMap } from '../parse/parse-map.js';
import { ID_REGEXP, MAX_ID_LENGTH } from '../parse/spec.js';
import { didYouMean } from '../parse/suggest.js';

export type RenameResult =
  | { ok: true; text: string; count: number; kind: 'statement' | 'argument' | 'speaker' }
  /** The map has errors: rename refuses, since it could miss a reference. */
  | { ok: false; diagnostics: Diagnostic[] }
  /** What was asked cannot be done; `message` says why in one line. */
  | { ok: false; message: string };

// What YAML would read as something other than text when written plain.
const NOT_PLAIN_TEXT = /^(?:true|false|null|~|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

export function renameId(text: string, oldId: string, newId: string, file = '<input>'): RenameResult {
  const { map, diagnostics } = parseMap(text, file);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) return { ok: false, diagnostics: errors };

  const kind = kindOf(map, oldId);
  if (kind === undefined) {
    const suggestion = didYouMean(oldId, [...map.statements, ...map.arguments, ...map.speakers].map((entry) => entry.id));
    return { ok: false, message: `no statement, argument or speaker "${oldId}" in ${file}.${suggestion === undefined ? '' : ` ${suggestion}`}` };
  }
  if (!ID_REGEXP.test(newId) || newId.length > MAX_ID_LENGTH) {
    return { ok: false, message: `"${newId}" is not an id: ids are letters, digits, "_", "-" and ".", starting with a letter, digit or "_" (at most ${MAX_ID_LENGTH}).` };
  }
  if (newId === oldId) return { ok: false, message: `"${oldId}" already has that name.` };
  // Statements and arguments share one namespace; speakers have their own.
  const clash = kind === 'speaker' ? map.speakers.some((s) => s.id === newId) : kindOf(map, newId, false) !== undefined;
  if (clash) {
    const other = kind === 'speaker' ? 'a speaker' : kindOf(map, newId, false) === 'argument' ? 'an argument' : 'a statement';
    return { ok: false, message: `"${newId}" is already the id of ${other} in ${file}; choose another.` };
  }

  // A reference listed twice is dropped from the model with a warning (duplicate-ref) that points at it.
  const repeats = diagnostics.filter((d) => d.code === 'duplicate-ref' && d.message.startsWith(`"${oldId}" is listed twice`));
  const spans = [...allOccurrences(map).filter((o) => o.id === oldId && (o.kind === 'speaker') === (kind === 'speaker')).map((o) => o.span), ...repeats.map((d) => spanAt(text, d.line, d.column, oldId))].sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const span of spans) {
    const written = text.slice(span.start, span.end);
    result += text.slice(at, span.start) + replacement(written, oldId, newId);
    at = span.end;
  }
  return { ok: true, text: result + text.slice(at), count: spans.length, kind };
}

/** The span of the id written at a line and column (1-based), as a diagnostic gives them. */
function spanAt(text: string, line: number, column: number, id: string): Span {
  let start = 0;
  for (let n = 1; n < line; n++) start = text.indexOf('\n', start) + 1;
  const at = (offset: number) => (text.startsWith(id, offset) ? id.length : /^["']/.test(text[offset] ?? '') && text.startsWith(id, offset + 1) ? id.length + 2 : 0);
  const guess = start + column - 1;
  if (at(guess) > 0) return { start: guess, end: guess + at(guess) };
  // Columns count characters, not UTF-16 units, on lines with astral text: look along the line, nearest first.
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  for (let distance = 1; distance < end - start; distance++) {
    for (const offset of [guess - distance, guess + distance]) {
      if (offset >= start && offset < end && at(offset) > 0 && !/[\p{L}\p{N}_.-]/u.test(text[offset - 1] ?? '')) return { start: offset, end: offset + at(offset) };
    }
  }
  throw new Error(`rename: cannot find "${id}" at ${line}:${column}`);
}

/** The new id written as the old one was: inside the same quotes, or plain, quoted only if YAML would read it as a number or the like. */
function replacement(written: string, oldId: string, newId: string): string {
  if (written.startsWith('"')) return `"${newId}"`;
  if (written.startsWith("'")) return `'${newId}'`;
  if (written !== oldId) throw new Error(`rename: expected "${oldId}" at a reference, found ${JSON.stringify(written)}`);
  return NOT_PLAIN_TEXT.test(newId) ? `"${newId}"` : newId;
}

function kindOf(map: ArgMap, id: string, speakers = true): 'statement' | 'argument' | 'speaker' | undefined {
  if (map.statements.some((statement) => statement.id === id)) return 'statement';
  if (map.arguments.some((argument) => argument.id === id)) return 'argument';
  if (speakers && map.speakers.some((speaker) => speaker.id === id)) return 'speaker';
  return undefined;
}

/** An id written in the map: where, what it names, and whether this is its definition. */
export interface IdOccurrence {
  id: string;
  kind: 'statement' | 'argument' | 'speaker';
  span: Span;
  definition: boolean;
}

/** Every id written in the map (definitions and references), for an editor: go to definition, references, completion. */
export function allOccurrences(map: ArgMap): IdOccurrence[] {
  const found: IdOccurrence[] = [];
  const kinds = new Map<string, 'statement' | 'argument'>();
  for (const statement of map.statements) kinds.set(statement.id, 'statement');
  for (const argument of map.arguments) kinds.set(argument.id, 'argument');
  const add = (ref: { id: string; span: Span } | undefined, definition = false, kind: IdOccurrence['kind'] | undefined = ref && kinds.get(ref.id)) => {
    if (ref !== undefined && kind !== undefined) found.push({ id: ref.id, kind, span: ref.span, definition });
  };
  for (const speaker of map.speakers) add(speaker, true, 'speaker');
  for (const statement of map.statements) {
    add(statement, true);
    add(statement.speakerRef, false, 'speaker');
    for (const speaker of statement.saidBy ?? []) add(speaker, false, 'speaker');
    for (const speaker of statement.endorsedBy ?? []) add(speaker, false, 'speaker');
  }
  for (const argument of map.arguments) {
    add(argument, true);
    add(argument.speakerRef, false, 'speaker');
    for (const speaker of argument.endorsedBy ?? []) add(speaker, false, 'speaker');
    add(argument.target);
    for (const premise of argument.premises) add(premise);
  }
  for (const thesis of map.theses) add(thesis);
  for (const contradiction of map.contradictions) for (const ref of contradiction.between) add(ref);
  for (const expected of map.expect ?? []) add(expected.ref);
  return found;
}
