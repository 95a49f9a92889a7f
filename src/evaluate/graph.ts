import type { ArgMap } from '../model/types.js';

/**
 * The map as a bipolar graph of numbered nodes: statements first (0 … S−1,
 * in file order), then arguments (S … S+A−1). Each list holds node numbers,
 * without repeats, in file order. References to ids the map does not define
 * are left out (a map with such errors is reported by check, not evaluated).
 */
export interface EvaluationGraph {
  ids: string[];
  statementCount: number;
  /** For each node: 'statement', or the argument's kind. */
  kinds: ('statement' | 'support' | 'attack' | 'undercut')[];
  /** Arguments: their premises. */
  premises: number[][];
  /** Arguments: the arguments that undercut them. */
  undercutters: number[][];
  /**
   * Arguments: the arguments that back them (`supports:` an argument). Only
   * strengths read it: backing is not needed for an argument to stand, so
   * grounded labels ignore it (dependentsOf leaves it out).
   */
  backers: number[][];
  /** Statements: the arguments that support them. */
  supporters: number[][];
  /** Statements: the arguments that attack them, then the statements they contradict. */
  attackers: number[][];
  /** Arguments: their target (a statement, or the argument they undercut or back); −1 when it is not in the map. */
  targets: number[];
}

export function buildGraph(map: ArgMap): EvaluationGraph {
  const statementCount = map.statements.length;
  const size = statementCount + map.arguments.length;
  const ids: string[] = new Array(size);
  const number = new Map<string, number>();
  const kinds: EvaluationGraph['kinds'] = new Array(size);
  map.statements.forEach((statement, i) => {
    ids[i] = statement.id;
    kinds[i] = 'statement';
    if (!number.has(statement.id)) number.set(statement.id, i);
  });
  map.arguments.forEach((argument, i) => {
    const node = statementCount + i;
    ids[node] = argument.id;
    kinds[node] = argument.kind;
    if (!number.has(argument.id)) number.set(argument.id, node);
  });

  const lists = () => Array.from({ length: size }, (): number[] => []);
  const premises = lists();
  const undercutters = lists();
  const backers = lists();
  const supporters = lists();
  const attackers = lists();
  const targets: number[] = new Array(size).fill(-1);
  const isStatement = (node: number | undefined): node is number => node !== undefined && node < statementCount;

  map.arguments.forEach((argument, i) => {
    const node = statementCount + i;
    for (const premise of argument.premises) {
      const p = number.get(premise.id);
      if (isStatement(p)) premises[node]!.push(p);
    }
    premises[node] = unique(premises[node]!);
    const target = number.get(argument.target.id);
    if (target === undefined) return;
    if (argument.kind === 'undercut' || argument.backing) {
      if (target >= statementCount) {
        targets[node] = target;
        (argument.kind === 'undercut' ? undercutters : backers)[target]!.push(node);
      }
    } else if (isStatement(target)) {
      targets[node] = target;
      (argument.kind === 'support' ? supporters : attackers)[target]!.push(node);
    }
  });
  // Contradiction is symmetric: each statement attacks the other.
  for (const contradiction of map.contradictions) {
    const [a, b] = contradiction.between.map((ref) => number.get(ref.id));
    if (!isStatement(a) || !isStatement(b)) continue;
    attackers[a]!.push(b);
    if (a !== b) attackers[b]!.push(a);
  }
  for (let node = 0; node < size; node++) {
    if (undercutters[node]!.length > 1) undercutters[node] = unique(undercutters[node]!);
    if (backers[node]!.length > 1) backers[node] = unique(backers[node]!);
    if (attackers[node]!.length > 1) attackers[node] = unique(attackers[node]!);
  }
  return { ids, statementCount, kinds, premises, undercutters, backers, supporters, attackers, targets };
}

function unique(list: number[]): number[] {
  return list.length < 2 ? list : [...new Set(list)];
}

/** Who reads a node's label: for each node, the nodes whose conditions mention it (backers are in no condition). */
export function dependentsOf(graph: EvaluationGraph): number[][] {
  const dependents = Array.from({ length: graph.ids.length }, (): number[] => []);
  const add = (from: number[], to: number) => {
    for (const node of from) dependents[node]!.push(to);
  };
  for (let node = 0; node < graph.ids.length; node++) {
    add(graph.premises[node]!, node);
    add(graph.undercutters[node]!, node);
    add(graph.supporters[node]!, node);
    add(graph.attackers[node]!, node);
  }
  return dependents;
}
