import type { MapIndex } from '../../model/graph.js';
import type { Root } from './roots.js';

/** Smallest level of each statement and argument, in their own namespaces. */
export interface Levels {
  statement: Map<string, number>;
  argument: Map<string, number>;
}

/**
 * How few levels below any root each statement and argument lies, counted as
 * the tree counts them: an argument is one level below the statement (or the
 * argument it undercuts) it bears on, and its premises share its level.
 * Breadth first over levels, with the premises (no step down) taken within
 * their level: linear, no recursion. Stops at `limit`: nothing deeper is drawn.
 */
export function smallestLevels(index: MapIndex, roots: readonly Root[], limit: number): Levels {
  const levels: Levels = { statement: new Map(), argument: new Map() };
  type Item = { kind: Root['kind']; id: string };
  let current: Item[] = [];
  const reach = (list: Item[], kind: Root['kind'], id: string, level: number) => {
    const known = levels[kind].get(id);
    if (known !== undefined && known <= level) return;
    levels[kind].set(id, level);
    list.push({ kind, id });
  };
  for (const root of roots) reach(current, root.kind, root.id, 0);
  for (let level = 0; current.length > 0 && level <= limit; level++) {
    const next: Item[] = [];
    // `current` grows while it is walked: premises join their argument's level.
    for (let i = 0; i < current.length; i++) {
      const { kind, id } = current[i]!;
      // Reached again at a smaller level after it was queued for this one.
      if (levels[kind].get(id)! < level) continue;
      for (const argument of index.argumentsAt.get(id) ?? []) reach(next, 'argument', argument.id, level + 1);
      if (kind === 'argument') {
        for (const premise of index.arguments.get(id)!.premises) reach(current, 'statement', premise.id, level);
      }
    }
    current = next;
  }
  return levels;
}
