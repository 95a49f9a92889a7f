import { findQuotes, indexSource } from '../../quotes/index.js';
import type { MapIndex } from '../../model/graph.js';
import type { Argument, ArgMap } from '../../model/types.js';
import type { Root } from './roots.js';

/**
 * Where each statement and argument comes in the text, for `--order source`:
 * smaller comes first. Read with a source text, a statement sits where its
 * earliest quote is found, and an argument where its earliest premise does;
 * without one, both sit where they are written in the map. What has no
 * place (an implicit statement, a quote not found) comes after what has one,
 * in file order: every sort here is stable over lists in file order.
 */
export interface TextOrder {
  statement: ReadonlyMap<string, number>;
  argument: ReadonlyMap<string, number>;
}

export function textOrder(map: ArgMap, sourceText: string | undefined): TextOrder {
  if (sourceText === undefined) {
    return {
      statement: new Map(map.statements.map((statement) => [statement.id, statement.span.start])),
      argument: new Map(map.arguments.map((argument) => [argument.id, argument.span.start])),
    };
  }
  const source = indexSource(sourceText);
  const statement = new Map<string, number>();
  for (const entry of map.statements) {
    if (entry.quotes.length === 0) continue;
    let first = Infinity;
    for (const match of findQuotes(source, entry.quotes.map((quote) => quote.value))) {
      if (match.found && match.start < first) first = match.start;
    }
    if (first < Infinity) statement.set(entry.id, first);
  }
  const argument = new Map<string, number>();
  for (const entry of map.arguments) {
    let first = Infinity;
    for (const premise of entry.premises) first = Math.min(first, statement.get(premise.id) ?? Infinity);
    if (first < Infinity) argument.set(entry.id, first);
  }
  return { statement, argument };
}

/** Arguments in the order of the text (a stable sort: ties and unplaced ones keep their order). */
export function argumentsInTextOrder(args: readonly Argument[], order: TextOrder): readonly Argument[] {
  if (args.length < 2) return args;
  return [...args].sort((a, b) => placeOf(order.argument.get(a.id)) - placeOf(order.argument.get(b.id)));
}

/**
 * Roots in the order of the text. A root with no place of its own (a thesis
 * without a quote, an implicit claim) takes the earliest place in its tree,
 * so that it comes where its reasons are. Each root's walk stops at what an
 * earlier root's walk took: each statement and argument is walked once, an
 * explicit stack.
 */
export function rootsInTextOrder(roots: readonly Root[], order: TextOrder, index: MapIndex): Root[] {
  const taken = new Set<string>();
  const places = new Map<Root, number | undefined>();
  for (const root of roots) {
    const own = (root.kind === 'statement' ? order.statement : order.argument).get(root.id);
    places.set(root, own ?? earliestBelow(root, order, index, taken));
  }
  return [...roots].sort((a, b) => placeOf(places.get(a)) - placeOf(places.get(b)));
}

function earliestBelow(root: Root, order: TextOrder, index: MapIndex, taken: Set<string>): number | undefined {
  let earliest = Infinity;
  const pending = [`${root.kind === 'statement' ? 's' : 'a'}:${root.id}`];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (taken.has(key)) continue;
    taken.add(key);
    const id = key.slice(2);
    earliest = Math.min(earliest, (key.startsWith('s:') ? order.statement : order.argument).get(id) ?? Infinity);
    for (const argument of index.argumentsAt.get(id) ?? []) pending.push(`a:${argument.id}`);
    if (key.startsWith('a:')) for (const premise of index.arguments.get(id)?.premises ?? []) pending.push(`s:${premise.id}`);
  }
  return earliest < Infinity ? earliest : undefined;
}

// Infinity − Infinity is NaN, which sort would not treat as a tie.
function placeOf(position: number | undefined): number {
  return position ?? Number.MAX_SAFE_INTEGER;
}
