import type { ArgMap } from '../model/types.js';
import type { EvaluationGraph } from './graph.js';

/** Base scores when the map gives no `weight:`. */
export const DEFAULT_STATEMENT_WEIGHT = 0.5;
export const DEFAULT_ARGUMENT_WEIGHT = 1;
/** On a cyclic map, iteration stops when no strength moves by more than this… */
export const TOLERANCE = 1e-9;
/** …or after this many rounds, and then the strengths are reported as not converged. */
export const MAX_ROUNDS = 1000;

export interface GradualStrengths {
  strengths: number[];
  /** False when a cyclic map did not settle within MAX_ROUNDS. */
  converged: boolean;
  rounds: number;
}

/** DF-QuAD's aggregation of the strengths of several attackers (or supporters): 1 − ∏(1 − vᵢ), 0 for none. */
export function aggregate(values: Iterable<number>): number {
  let product = 1;
  for (const value of values) product *= 1 - value;
  return 1 - product;
}

/** DF-QuAD's combination of a base score with the aggregated attack and support. */
export function combine(base: number, attack: number, support: number): number {
  if (attack === support) return base;
  if (attack > support) return base - base * (attack - support);
  return base + (1 - base) * (support - attack);
}

/**
 * DF-QuAD strengths (Rago, Toni, Aurisicchio and Baroni, KR 2016) over the
 * bipolar graph. A statement combines its base score with its attackers
 * (attacking arguments and the statements it contradicts) and supporters;
 * an argument's strength is its base score combined with its undercutters
 * (attack) and backers (support), times the product of its premises' strengths (linked premises hold together or not at
 * all). Acyclic maps take one pass in topological order; cyclic ones are
 * iterated from the base scores until they settle.
 */
export function dfquadStrengths(map: ArgMap, graph: EvaluationGraph): GradualStrengths {
  const size = graph.ids.length;
  const base: number[] = new Array(size);
  map.statements.forEach((statement, i) => (base[i] = statement.weight ?? DEFAULT_STATEMENT_WEIGHT));
  map.arguments.forEach((argument, i) => (base[graph.statementCount + i] = argument.weight ?? DEFAULT_ARGUMENT_WEIGHT));
  const strengths = base.slice();
  const strengthOf = (node: number) => {
    if (node >= graph.statementCount) {
      const undercut = aggregate(graph.undercutters[node]!.map((u) => strengths[u]!));
      let value = combine(base[node]!, undercut, aggregate(graph.backers[node]!.map((b) => strengths[b]!)));
      for (const premise of graph.premises[node]!) value *= strengths[premise]!;
      return value;
    }
    return combine(base[node]!, aggregate(graph.attackers[node]!.map((a) => strengths[a]!)), aggregate(graph.supporters[node]!.map((s) => strengths[s]!)));
  };

  const { order, cyclic } = topologicalOrder(graph);
  for (const node of order) strengths[node] = strengthOf(node);
  if (cyclic.length === 0) return { strengths, converged: true, rounds: 1 };

  // What depends on a cycle is iterated with it, in file order, each round using the latest values.
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    let change = 0;
    for (const node of cyclic) {
      const value = strengthOf(node);
      change = Math.max(change, Math.abs(value - strengths[node]!));
      strengths[node] = value;
    }
    if (change <= TOLERANCE) return { strengths, converged: true, rounds: round };
  }
  return { strengths, converged: false, rounds: MAX_ROUNDS };
}

/**
 * Kahn's algorithm over "is read by": the nodes that depend on no cycle, in an
 * order where each comes after everything it reads; the rest (on a cycle or
 * downstream of one), in file order.
 */
function topologicalOrder(graph: EvaluationGraph): { order: number[]; cyclic: number[] } {
  const size = graph.ids.length;
  const waiting = new Int32Array(size);
  const readers = Array.from({ length: size }, (): number[] => []);
  for (let node = 0; node < size; node++) {
    for (const list of [graph.premises[node]!, graph.undercutters[node]!, graph.backers[node]!, graph.supporters[node]!, graph.attackers[node]!]) {
      waiting[node]! += list.length;
      for (const read of list) readers[read]!.push(node);
    }
  }
  const order: number[] = [];
  for (let node = 0; node < size; node++) if (waiting[node] === 0) order.push(node);
  for (let head = 0; head < order.length; head++) {
    for (const reader of readers[order[head]!]!) if (--waiting[reader]! === 0) order.push(reader);
  }
  const cyclic: number[] = [];
  if (order.length < size) for (let node = 0; node < size; node++) if (waiting[node]! > 0) cyclic.push(node);
  return { order, cyclic };
}
