import type { MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';
import { rootsInTextOrder, type TextOrder } from './order.js';

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
 * The focus when there is one, else the theses, with "detached" roots for
 * whatever no thesis leads to, so that nothing in the map goes unseen: a
 * rejected claim with its rebuttals, a conclusion drawn from a thesis, a
 * reader's comment, arguments that undercut each other in a ring. A map
 * without theses gets inferred roots only. With a text order (`--order
 * source`) the roots follow the text; otherwise each detached root comes
 * right after the thesis whose tree it answers (see besideTheses).
 */
export function chooseRoots(map: ArgMap, index: MapIndex, focus: string | undefined, order?: TextOrder): Roots {
  if (focus !== undefined) {
    return { from: 'focus', roots: [{ kind: index.arguments.has(focus) ? 'argument' : 'statement', id: focus }] };
  }
  if (map.theses.length === 0) {
    const inferred = inferRoots(map, index, new Set());
    return { from: 'inferred', roots: order ? rootsInTextOrder(inferred, order, index) : inferred };
  }
  const reached = new Set<string>();
  reach(index, map.theses.map((thesis) => thesis.id), reached);
  const theses = map.theses.map((thesis): Root => ({ kind: 'statement', id: thesis.id }));
  const detached = inferRoots(map, index, reached).map((root): Root => ({ ...root, detached: true }));
  return { from: 'theses', roots: order ? rootsInTextOrder([...theses, ...detached], order, index) : besideTheses(index, theses, detached) };
}

/**
 * Puts each detached root right after the first thesis whose tree shares a
 * statement or argument with its own: a claim the author rebuts with a
 * premise from that tree, a conclusion drawn from that thesis. A root that
 * shares nothing with any thesis's tree stays at the end. Each statement and
 * argument is walked once: linear, an explicit stack.
 */
function besideTheses(index: MapIndex, theses: readonly Root[], detached: readonly Root[]): Root[] {
  // Which root's walk reached each statement ('s') and argument ('a') first: a thesis's index, or -1 for a detached root.
  const owner = new Map<string, number>();
  const walk = (root: Root, mark: number): number => {
    let nearest = Infinity;
    const pending = [`${root.kind === 'statement' ? 's' : 'a'}:${root.id}`];
    const visit = (key: string) => {
      const known = owner.get(key);
      if (known === undefined) {
        owner.set(key, mark);
        pending.push(key);
      } else if (known >= 0) nearest = Math.min(nearest, known);
    };
    owner.set(pending[0]!, mark);
    while (pending.length > 0) {
      const key = pending.pop()!;
      const id = key.slice(2);
      for (const argument of index.argumentsAt.get(id) ?? []) visit(`a:${argument.id}`);
      if (key.startsWith('a:')) for (const premise of index.arguments.get(id)?.premises ?? []) visit(`s:${premise.id}`);
    }
    return nearest;
  };
  theses.forEach((thesis, i) => walk(thesis, i));
  const after = theses.map((): Root[] => []);
  const unplaced: Root[] = [];
  for (const root of detached) {
    const thesis = walk(root, -1);
    (thesis < Infinity ? after[thesis]! : unplaced).push(root);
  }
  return [...theses.flatMap((thesis, i) => [thesis, ...after[i]!]), ...unplaced];
}

/**
 * Roots for what is not yet `reached`: first the conclusions that no
 * argument uses as a premise (the tops of the argument), then, in file order,
 * whatever those do not reach (a ring of statements that only support each
 * other), then rings of arguments undercutting each other (see ringRoots),
 * then lone statements, so that every statement and argument shows somewhere.
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
  // Every statement with arguments at it is reached now: only rings of undercuts remain unreached.
  for (const id of ringRoots(map, index, reached)) {
    roots.push({ kind: 'argument', id });
    reach(index, [id], reached);
  }
  for (const statement of map.statements) {
    if (!reached.has(statement.id)) add(statement.id);
  }
  return roots;
}

/**
 * Once every statement with arguments at it is reached, an argument is left out only if its
 * target is an argument left out too: following targets from it leads into
 * a ring of undercuts (or an argument undercutting itself). The ring's first
 * argument in file order is a root from which all of them are reached.
 * Yields lazily, since each root reaches more arguments; each argument is
 * walked over at most once before it is reached.
 */
function* ringRoots(map: ArgMap, index: MapIndex, reached: Set<string>): Generator<string> {
  let order: Map<string, number> | undefined;
  for (const argument of map.arguments) {
    if (reached.has(argument.id)) continue;
    const walk = new Set<string>();
    let id = argument.id;
    while (!walk.has(id)) {
      walk.add(id);
      const target = index.arguments.get(id)?.target.id;
      // A target that is no argument, or already reached, would have reached this one; only bad input gets here.
      if (target === undefined || !index.arguments.has(target) || reached.has(target)) break;
      id = target;
    }
    order ??= new Map(map.arguments.map((entry, i) => [entry.id, i]));
    // `id` is where the walk came back on itself: it lies on the ring. Start from the ring's first argument.
    let first = id;
    for (let next = index.arguments.get(id)!.target.id; next !== id && walk.has(next); next = index.arguments.get(next)!.target.id) {
      if (order.get(next)! < order.get(first)!) first = next;
    }
    yield first;
  }
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
