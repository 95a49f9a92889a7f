/**
 * The layout of `argmap fmt` (see format.ts), done with the `yaml` package's
 * document model, which keeps comments and blank lines on the nodes they
 * belong to. This is the plain version, and the definition of the layout:
 * format-fast.ts lays out the common entries itself and must give the same
 * bytes.
 *
 * The layout: top-level keys in the order of docs/format.md, each section
 * after one blank line; the keys of each statement, argument, speaker and
 * of the source and `expect:` in the order of the format's field tables
 * (`x-` keys last); mappings in block style; lists of ids and other short
 * scalars in flow style (`premises: [a, b]`) when the line fits in 100
 * columns, else one item per line; long text folded at 100 columns as YAML
 * allows. Statements and arguments keep the author's order unless `sort`.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { ARGUMENT_FIELDS, EXPECT_FIELDS, MAP_FIELDS, SOURCE_FIELDS, SPEAKER_FIELDS, STATEMENT_FIELDS, type FieldTable } from '../parse/spec.js';

export const FORMAT_WIDTH = 100;
/** The yaml package's options for writing the document: the fast layout folds text with the same width and minimum. */
export const FOLD_OPTIONS = { lineWidth: FORMAT_WIDTH, minContentWidth: 40 };

export interface FormatOptions {
  /** Sort statements, arguments and speakers by id. */
  sort?: boolean;
}

/** The map's text as the yaml package's document. Duplicate keys were refused by parseMap; the yaml package's own check compares every key with every other (minutes on 100,000 statements). */
export function parseForLayout(text: string): Document.Parsed {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: false });
}

/** The text laid out; the text must be a map without errors (parseMap checked it). */
export function layOutPlain(text: string, options: FormatOptions = {}): string {
  return layOutDocument(parseForLayout(text), options) ?? text;
}

/** The document laid out, or undefined if it is not a mapping. */
export function layOutDocument(doc: Document, options: FormatOptions): string | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
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
  quoteNoncharacters(doc);

  return doc.toString({ ...FOLD_OPTIONS, flowCollectionPadding: false, indentSeq: true }).replace(NONCHARACTER, (character) => (character === '\ufffe' ? '\\uFFFE' : '\\uFFFF'));
}

// YAML cannot hold U+FFFE or U+FFFF as they are, only as escapes in double quotes, and the yaml package writes them as they are.
const NONCHARACTER = /[\ufffe\uffff]/g;

/** Puts every text holding U+FFFE or U+FFFF in double quotes, so that each can be written as an escape once the document is text. */
function quoteNoncharacters(doc: Document): void {
  visit(doc, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.search(NONCHARACTER) >= 0) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

export const ENTRY_FIELDS: Record<string, FieldTable> = { statements: STATEMENT_FIELDS, arguments: ARGUMENT_FIELDS, speakers: SPEAKER_FIELDS };

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
  const values: string[] = [];
  for (const item of items) {
    if (!isScalar(item) || item.comment || item.commentBefore || typeof item.value !== 'string') return false;
    values.push(item.value);
  }
  return flowFits(values, level, keyLength);
}

/** Whether a list of these texts is written `[a, b]`: each plain in a flow list, and the line, at this depth and after a key this long, within the width. */
export function flowFits(values: readonly string[], level: number, keyLength: number): boolean {
  let width = 2 * level + keyLength + 4;
  for (const value of values) {
    if (/[\n,[\]{}#"'&*!|>%@`]|^[-?:]|: /.test(value)) return false;
    width += value.length + 2;
  }
  return values.length > 0 && width <= FORMAT_WIDTH;
}
