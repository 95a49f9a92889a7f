import type { ArgMap, Argument, Statement } from './types.js';

/**
 * Lookup tables derived from a map in one linear pass. Renderers and rules
 * share it instead of each building their own.
 */
export interface MapIndex {
  statements: Map<string, Statement>;
  arguments: Map<string, Argument>;
  /** Arguments aimed at an id (a statement, or an argument for undercuts), in file order. */
  argumentsAt: Map<string, Argument[]>;
  /** Arguments that use a statement as a premise, in file order. */
  premiseOf: Map<string, Argument[]>;
  theses: Set<string>;
}

export function indexMap(map: ArgMap): MapIndex {
  const statements = new Map<string, Statement>();
  const args = new Map<string, Argument>();
  const argumentsAt = new Map<string, Argument[]>();
  const premiseOf = new Map<string, Argument[]>();
  for (const statement of map.statements) statements.set(statement.id, statement);
  for (const argument of map.arguments) {
    args.set(argument.id, argument);
    push(argumentsAt, argument.target.id, argument);
    // Most arguments have one or two premises: no set needed to skip repeats.
    const seen = argument.premises.length > 2 ? new Set<string>() : undefined;
    for (let i = 0; i < argument.premises.length; i++) {
      const id = argument.premises[i]!.id;
      if (seen ? seen.has(id) : i === 1 && id === argument.premises[0]!.id) continue;
      seen?.add(id);
      push(premiseOf, id, argument);
    }
  }
  return {
    statements,
    arguments: args,
    argumentsAt,
    premiseOf,
    theses: new Set(map.theses.map((ref) => ref.id)),
  };
}

export type Relation = 'support' | 'rebut' | 'undermine' | 'undercut';

/**
 * The relation an argument stands in to its target. An attack on a statement
 * that some argument uses as a premise undermines that argument; an attack on
 * anything else rebuts it.
 */
export function relationOf(index: MapIndex, argument: Argument): Relation {
  if (argument.kind === 'support') return 'support';
  if (argument.kind === 'undercut') return 'undercut';
  return index.premiseOf.has(argument.target.id) ? 'undermine' : 'rebut';
}

function push<K, V>(table: Map<K, V[]>, key: K, value: V): void {
  const list = table.get(key);
  if (list) list.push(value);
  else table.set(key, [value]);
}
