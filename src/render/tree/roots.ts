import type { MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';

/** Where a tree starts: a statement, or an argument when --focus names one. */
export interface Root {
  kind: 'statement' | 'argument';
  id: string;
}

export type RootSource = 'theses' | 'focus' | 'inferred';

export interface Roots {
  roots: Root[];
  from: RootSource;
}

/**
 * The focus when there is one, else the theses. A map without theses gets
 * inferred roots: first the conclusions that no argument uses as a premise (the
 * tops of the argument), then, in file order, whatever those do not reach (a
 * ring of statements that only support each other, a lone statement), so that
 * every statement shows somewhere.
 */
export function chooseRoots(map: ArgMap, index: MapIndex, focus: string | undefined): Roots {
  if (focus !== undefined) {
    return { from: 'focus', roots: [{ kind: index.arguments.has(focus) ? 'argument' : 'statement', id: focus }] };
  }
  if (map.theses.length > 0) {
    return { from: 'theses', roots: map.theses.map((thesis) => ({ kind: 'statement', id: thesis.id })) };
  }
  const reached = new Set<string>();
  const roots: Root[] = [];
  const add = (id: string) => {
    roots.push({ kind: 'statement', id });
    reach(index, [id], reached);
  };
  for (const statement of map.statements) {
    if (index.argumentsAt.has(statement.id) && !index.premiseOf.has(statement.id)) add(statement.id);
  }
  for (const statement of map.statements) {
    if (!reached.has(statement.id) && index.argumentsAt.has(statement.id)) add(statement.id);
  }
  for (const statement of map.statements) {
    if (!reached.has(statement.id)) add(statement.id);
  }
  return { from: 'inferred', roots };
}

/** Statements that none of the roots leads to, in file order. */
export function unreachedStatements(map: ArgMap, index: MapIndex, roots: readonly Root[]): string[] {
  const reached = new Set<string>();
  reach(index, roots.map((root) => root.id), reached);
  return map.statements.filter((statement) => !reached.has(statement.id)).map((statement) => statement.id);
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
