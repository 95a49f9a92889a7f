import type { MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';

/** Where a tree starts: a statement, or an argument when --focus names one. */
export interface Root {
  kind: 'statement' | 'argument';
  id: string;
  /** A root shown after the theses because no thesis leads to it. */
  detached?: true;
}

export type RootSource = 'theses' | 'focus' | 'inferred';

export interface Roots {
  roots: Root[];
  from: RootSource;
}

/**
 * The focus when there is one, else the theses, followed by "detached" roots
 * for whatever no thesis leads to, so that nothing in the map goes unseen: a
 * rejected claim with its rebuttals, a conclusion drawn from a thesis, a
 * reader's comment. A map without theses gets inferred roots only.
 */
export function chooseRoots(map: ArgMap, index: MapIndex, focus: string | undefined): Roots {
  if (focus !== undefined) {
    return { from: 'focus', roots: [{ kind: index.arguments.has(focus) ? 'argument' : 'statement', id: focus }] };
  }
  if (map.theses.length === 0) return { from: 'inferred', roots: inferRoots(map, index, new Set()) };
  const reached = new Set<string>();
  reach(index, map.theses.map((thesis) => thesis.id), reached);
  const detached = inferRoots(map, index, reached).map((root): Root => ({ ...root, detached: true }));
  return { from: 'theses', roots: [...map.theses.map((thesis): Root => ({ kind: 'statement', id: thesis.id })), ...detached] };
}

/**
 * Roots for the statements not yet `reached`: first the conclusions that no
 * argument uses as a premise (the tops of the argument), then, in file order,
 * whatever those do not reach (a ring of statements that only support each
 * other, a lone statement), so that every statement shows somewhere.
 */
function inferRoots(map: ArgMap, index: MapIndex, reached: Set<string>): Root[] {
  const roots: Root[] = [];
  const add = (id: string) => {
    roots.push({ kind: 'statement', id });
    reach(index, [id], reached);
  };
  for (const statement of map.statements) {
    if (!reached.has(statement.id) && index.argumentsAt.has(statement.id) && !index.premiseOf.has(statement.id)) add(statement.id);
  }
  for (const statement of map.statements) {
    if (!reached.has(statement.id) && index.argumentsAt.has(statement.id)) add(statement.id);
  }
  for (const statement of map.statements) {
    if (!reached.has(statement.id)) add(statement.id);
  }
  return roots;
}

/**
 * Marks every statement and argument below `starts` in `reached`: the
 * arguments aimed at each, and their premises. An explicit stack, since maps
 * can be far deeper than the call stack.
 */
function reach(index: MapIndex, starts: readonly string[], reached: Set<string>): void {
  const pending = starts.filter((id) => !reached.has(id));
  for (const id of pending) reached.add(id);
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    pending.push(id);
  };
  while (pending.length > 0) {
    const id = pending.pop()!;
    for (const argument of index.argumentsAt.get(id) ?? []) visit(argument.id);
    for (const premise of index.arguments.get(id)?.premises ?? []) visit(premise.id);
  }
}
