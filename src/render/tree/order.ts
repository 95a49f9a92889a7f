import { findQuotes, indexSource } from '../../check/quotes.js';
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

/** Roots in the order of the text. */
export function rootsInTextOrder(roots: readonly Root[], order: TextOrder): Root[] {
  const place = (root: Root) => placeOf((root.kind === 'statement' ? order.statement : order.argument).get(root.id));
  return [...roots].sort((a, b) => place(a) - place(b));
}

// Infinity − Infinity is NaN, which sort would not treat as a tie.
function placeOf(position: number | undefined): number {
  return position ?? Number.MAX_SAFE_INTEGER;
}
