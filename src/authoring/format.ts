/**
 * `argmap fmt`: one canonical layout for every map, keeping every comment
 * with the entry it was written above or beside. Uses the `yaml` package's
 * document model, which keeps comments and blank lines on the nodes they
 * belong to; the map's meaning is checked to be unchanged before anything is
 * returned.
 *
 * The layout: top-level keys in the order of docs/format.md, each section
 * after one blank line; the keys of each statement, argument, speaker and
 * of the source and `expect:` in the order of the format's field tables
 * (`x-` keys last); mappings in block style; lists of ids and other short
 * scalars in flow style (`premises: [a, b]`) when the line fits in 100
 * columns, else one item per line; long text folded at 100 columns as YAML
 * allows. Statements and arguments keep the author's order unless `sort`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ArgMap } from '../model/types.js';
import { parseMap } from '../parse/parse-map.js';
import { ARGUMENT_FIELDS, EXPECT_FIELDS, MAP_FIELDS, SOURCE_FIELDS, SPEAKER_FIELDS, STATEMENT_FIELDS, type FieldTable } from '../parse/spec.js';

export const FORMAT_WIDTH = 100;

export type FormatResult = { text: string } | { diagnostics: Diagnostic[] };

export interface FormatOptions {
  /** Sort statements, arguments and speakers by id. */
  sort?: boolean;
}

export function formatMapText(text: string, options: FormatOptions = {}, file = '<input>'): FormatResult {
  const before = parseMap(text, file);
  const errors = before.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) return { diagnostics: errors };

  // Duplicate keys were refused by parseMap above; the yaml package's own check compares every key with every other (minutes on 100,000 statements).
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const root = doc.contents;
  if (!isMap(root)) return { text };
  // A comment at the top of the file (a modeline, a header) belongs to the file: it stays first whatever key comes first.
  const first = root.items[0]?.key;
  const header = isScalar(first) ? first.commentBefore : undefined;
  if (isScalar(first)) first.commentBefore = undefined;
  orderKeys(root, MAP_FIELDS);
  const newFirst = root.items[0]?.key;
  if (header && isScalar(newFirst)) newFirst.commentBefore = joinComments(header, newFirst.commentBefore);
  root.items.forEach((pair, i) => setSpaceBefore(pair, i > 0));
  for (const pair of root.items) {
    const name = keyOf(pair);
    const value = pair.value;
    if (name === 'source' && isMap(value)) orderKeys(value, SOURCE_FIELDS);
    if (name === 'expect' && isMap(value)) orderKeys(value, EXPECT_FIELDS);
    const entries = ENTRY_FIELDS[name ?? ''];
    if (entries === undefined || !isMap(value)) continue;
    keepCommentsWithEntries(value);
    if (options.sort) value.items.sort((a, b) => compare(keyOf(a) ?? '', keyOf(b) ?? ''));
    for (const entry of value.items) if (isMap(entry.value)) orderKeys(entry.value, entries);
  }
  layOut(root, 0);

  const formatted = doc.toString({ lineWidth: FORMAT_WIDTH, minContentWidth: 40, flowCollectionPadding: false, indentSeq: true });
  const after = parseMap(formatted, file);
  // The layout must never change what the map says: a difference here is a bug in argmap, not in the map.
  if (after.diagnostics.some((diagnostic) => diagnostic.severity === 'error') || meaning(after.map, options.sort) !== meaning(before.map, options.sort)) {
    throw new Error('fmt: the formatted map would not say the same as the original; nothing was changed');
  }
  return { text: formatted };
}

const ENTRY_FIELDS: Record<string, FieldTable> = { statements: STATEMENT_FIELDS, arguments: ARGUMENT_FIELDS, speakers: SPEAKER_FIELDS };

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Puts a mapping's keys in the table's order; keys it does not know (x- keys) keep their order, after them. */
function orderKeys(map: YAMLMap, table: FieldTable): void {
  keepCommentsWithEntries(map);
  const rank = new Map(Object.keys(table).map((key, i) => [key, i]));
  const ranked = map.items.map((pair, i) => ({ pair, i, rank: rank.get(keyOf(pair) ?? '') ?? rank.size }));
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const firstHadSpace = (map.items[0]?.key as Node | undefined)?.spaceBefore;
  map.items = ranked.map(({ pair }) => pair);
  // A blank line stays before whatever comes first only if there was one there.
  map.items.forEach((pair, i) => {
    if (i === 0 && !firstHadSpace) setSpaceBefore(pair, false);
  });
}

/**
 * The yaml package keeps a comment above a mapping's first entry on the
 * mapping, and a comment beside a flow collection (with any comment lines
 * after it) on that collection. Entries are about to move and flow
 * collections to become blocks, so each comment goes onto the entry it was
 * written with: above the first entry, beside an entry's flow value (it is
 * then written above the entry), or above the next entry.
 */
function keepCommentsWithEntries(map: YAMLMap): void {
  const firstKey = map.items[0]?.key;
  if (map.commentBefore && isScalar(firstKey)) {
    firstKey.commentBefore = joinComments(map.commentBefore, firstKey.commentBefore);
    map.commentBefore = undefined;
  }
  map.items.forEach((pair, i) => {
    const value = pair.value;
    if (!(isMap(value) || isSeq(value)) || !value.flow || !value.comment || !isScalar(pair.key)) return;
    const [beside, ...after] = value.comment.split('\n');
    pair.key.commentBefore = joinComments(pair.key.commentBefore, beside);
    const next = map.items[i + 1]?.key;
    if (after.length > 0 && isScalar(next)) next.commentBefore = joinComments(after.join('\n'), next.commentBefore);
    else if (after.length > 0) map.comment = joinComments(map.comment, after.join('\n'));
    value.comment = undefined;
  });
}

function joinComments(a: string | null | undefined, b: string | null | undefined): string | undefined {
  return [a, b].filter((part): part is string => typeof part === 'string' && part !== '').join('\n') || undefined;
}

function setSpaceBefore(pair: Pair, space: boolean): void {
  if (isScalar(pair.key)) pair.key.spaceBefore = space;
}

/**
 * Block mappings everywhere; a list in flow style when its items are short
 * scalars with no comments and it fits on its line, else one item a line.
 * An explicit stack: maps nest only a few levels, but nothing here recurses.
 */
function layOut(root: YAMLMap, depth: number): void {
  const stack: { node: unknown; depth: number; keyLength: number }[] = [{ node: root, depth, keyLength: 0 }];
  while (stack.length > 0) {
    const { node, depth: level, keyLength } = stack.pop()!;
    if (isMap(node)) {
      node.flow = false;
      for (const pair of node.items) stack.push({ node: pair.value, depth: level + 1, keyLength: String(keyOf(pair) ?? '').length });
    } else if (isSeq(node)) {
      node.flow = fitsFlow(node.items, level, keyLength);
      for (const item of node.items) stack.push({ node: item, depth: level + 1, keyLength: 0 });
    }
  }
}

function fitsFlow(items: unknown[], level: number, keyLength: number): boolean {
  let width = 2 * level + keyLength + 4;
  for (const item of items) {
    if (!isScalar(item) || item.comment || item.commentBefore || typeof item.value !== 'string') return false;
    if (/[\n,[\]{}#"'&*!|>%@`]|^[-?:]|: /.test(item.value)) return false;
    width += item.value.length + 2;
  }
  return items.length > 0 && width <= FORMAT_WIDTH;
}

/** What a map says, spans aside (and, when sorting, in id order): equal before and after formatting. */
function meaning(map: ArgMap, sorted = false): string {
  const byId = <T extends { id: string }>(list: T[]) => (sorted ? [...list].sort((a, b) => compare(a.id, b.id)) : list);
  const plain = { ...map, statements: byId(map.statements), arguments: byId(map.arguments), speakers: byId(map.speakers) };
  return JSON.stringify(plain, (key, value) => (key === 'span' || key === 'textSpan' ? undefined : value));
}

