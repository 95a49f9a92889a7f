import { relationOf, type MapIndex, type Relation } from '../../model/graph.js';
import type { Argument } from '../../model/types.js';
import { smallestLevels, type Levels } from './levels.js';
import { argumentsInTextOrder, type TextOrder } from './order.js';
import type { Root } from './roots.js';

/**
 * One node of the printed tree. The tree is kept flat, in print order, with
 * parent indices: walks over it are loops, never recursion, however deep the map.
 */
export interface Row {
  kind: 'statement' | 'argument';
  /**
   * `full`: printed in full; `seen`: printed in full earlier, shown as a
   * back-reference; `later`: printed in full further down, nearer a root (only
   * with a depth limit); `cycle`: it leads back to itself (it is on its own path), cut here.
   */
  shown: 'full' | 'seen' | 'later' | 'cycle';
  id: string;
  /** Index of the parent row; -1 for a root. */
  parent: number;
  /** Guide depth: 0 for a root. */
  depth: number;
  /** A premise of its parent argument (one of its linked group). */
  premise: boolean;
  /** For arguments: how it bears on its target. */
  relation?: Relation;
  /** The speaker differs from the line above, so the line names them. */
  showSpeaker: boolean;
  /** Arguments below this row cut off by the depth limit. */
  hidden: number;
  /** A root that no thesis leads to (see chooseRoots). */
  detached?: true;
}

interface Pending {
  kind: 'statement' | 'argument';
  id: string;
  parent: number;
  depth: number;
  /** Statement level: how many reasons down from the root (an argument shares its premises' level). */
  level: number;
  /** Who speaks on the parent line. */
  voice: string | undefined;
  premise: boolean;
  detached?: true;
}

/** Statements and arguments, each in its own namespace. */
class IdSet {
  private readonly sets = { statement: new Set<string>(), argument: new Set<string>() };
  has(kind: Row['kind'], id: string): boolean {
    return this.sets[kind].has(id);
  }
  add(kind: Row['kind'], id: string): void {
    this.sets[kind].add(id);
  }
  delete(kind: Row['kind'], id: string): void {
    this.sets[kind].delete(id);
  }
}

/**
 * Lays the map out as a tree from the roots, depth first, in the author's
 * order except that under a statement the arguments for it come before the
 * arguments against it; with a text order, arguments come in the order of
 * the text instead (--order source). Under an argument come its premises, then the
 * undercuts aimed at it. A statement or argument prints in full once; later
 * it is a back-reference, or a cycle marker if it is its own ancestor (a
 * ring of statements, or of arguments undercutting each other). With a
 * depth limit, an item prints in full only where it is fewest levels below a
 * root, so that a deeper occurrence met first does not cut off what lies
 * within the limit; elsewhere it is a reference. A limit that cuts nothing
 * gives the tree without it. Linear in the size of the map; an explicit
 * stack, however deep the map.
 */
export function layoutRows(index: MapIndex, roots: readonly Root[], depthLimit: number, author: string | undefined, order?: TextOrder): Row[] {
  const arrange = order ? (args: readonly Argument[]) => argumentsInTextOrder(args, order) : supportsFirst;
  if (!Number.isFinite(depthLimit)) return layout(index, roots, arrange, Infinity, author)!;
  // Tried first, and given up at the first item beyond the limit: cheap when it is cut.
  const uncut = layout(index, roots, arrange, Infinity, author, undefined, depthLimit);
  return uncut ?? layout(index, roots, arrange, depthLimit, author, smallestLevels(index, roots, depthLimit))!;
}

/**
 * The layout, with `levels` (each item's smallest level) when a limit cuts
 * the tree; undefined when `giveUpBeyond` is given and an item lies beyond it.
 */
function layout(
  index: MapIndex,
  roots: readonly Root[],
  arrange: (args: readonly Argument[]) => readonly Argument[],
  depthLimit: number,
  author: string | undefined,
  levels?: Levels,
  giveUpBeyond = Infinity,
): Row[] | undefined {
  const rows: Row[] = [];
  const expanded = new IdSet();
  // What lies on the path from the root to the current row, for cycles.
  const path: { kind: Row['kind']; id: string; depth: number }[] = [];
  const onPath = new IdSet();
  const pending: Pending[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i]!;
    const item: Pending = { kind: root.kind, id: root.id, parent: -1, depth: 0, level: 0, voice: author, premise: false };
    if (root.detached) item.detached = true;
    pending.push(item);
  }

  while (pending.length > 0) {
    const item = pending.pop()!;
    if (item.level > giveUpBeyond) return undefined;
    while (path.length > 0 && path[path.length - 1]!.depth >= item.depth) {
      const left = path.pop()!;
      onPath.delete(left.kind, left.id);
    }
    const row: Row = { kind: item.kind, shown: 'full', id: item.id, parent: item.parent, depth: item.depth, premise: item.premise, showSpeaker: false, hidden: 0 };
    if (item.detached) row.detached = true;
    const parent = rows.length;
    const depth = item.depth + 1;
    rows.push(row);
    const argument = item.kind === 'argument' ? index.arguments.get(item.id)! : undefined;
    // The sign of an argument shows even on a back-reference: it says how it bears on the line above.
    if (argument) row.relation = relationOf(index, argument);

    if (onPath.has(item.kind, item.id)) {
      row.shown = 'cycle';
      continue;
    }
    if (expanded.has(item.kind, item.id)) {
      row.shown = 'seen';
      continue;
    }
    if (levels && levels[item.kind].get(item.id)! < item.level) {
      row.shown = 'later';
      continue;
    }

    if (argument) {
      row.showSpeaker = argument.speaker !== undefined && argument.speaker !== item.voice;
      const voice = argument.speaker;
      expanded.add('argument', item.id);
      path.push({ kind: 'argument', id: item.id, depth: item.depth });
      onPath.add('argument', item.id);
      // Pushed in reverse, so that they pop in order: premises, then undercuts.
      const undercuts = arrange(index.argumentsAt.get(argument.id) ?? []);
      if (item.level + 1 > depthLimit) row.hidden = undercuts.length;
      else {
        for (let i = undercuts.length - 1; i >= 0; i--) {
          pending.push({ kind: 'argument', id: undercuts[i]!.id, parent, depth, level: item.level + 1, voice, premise: false });
        }
      }
      for (let i = argument.premises.length - 1; i >= 0; i--) {
        pending.push({ kind: 'statement', id: argument.premises[i]!.id, parent, depth, level: item.level, voice, premise: true });
      }
      continue;
    }

    const statement = index.statements.get(item.id)!;
    row.showSpeaker = statement.speaker !== undefined && statement.speaker !== item.voice;
    const args = arrange(index.argumentsAt.get(item.id) ?? []);
    expanded.add('statement', item.id);
    if (args.length > 0 && item.level + 1 > depthLimit) {
      row.hidden = args.length;
      continue;
    }
    path.push({ kind: 'statement', id: item.id, depth: item.depth });
    onPath.add('statement', item.id);
    const voice = statement.speaker;
    for (let i = args.length - 1; i >= 0; i--) {
      pending.push({ kind: 'argument', id: args[i]!.id, parent, depth, level: item.level + 1, voice, premise: false });
    }
  }
  return rows;
}

/** Arguments for a statement, then those against it, each in file order. */
function supportsFirst(args: readonly Argument[]): readonly Argument[] {
  if (args.every((argument) => argument.kind === 'support')) return args;
  return [...args.filter((argument) => argument.kind === 'support'), ...args.filter((argument) => argument.kind !== 'support')];
}
