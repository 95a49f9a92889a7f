import { dependentsOf, type EvaluationGraph } from './graph.js';

export type Label = 'in' | 'out' | 'undecided';

const UNDECIDED = 0;
const IN = 1;
const OUT = 2;
const LABELS: Label[] = ['undecided', 'in', 'out'];

/** Why a node got its label, as the propagation found it. */
export const PRESUMED = -1;
export const ALL_SUPPORTERS_OUT = -2;

export interface GroundedLabelling {
  labels: Label[];
  /**
   * For a node that is out: the node that made it out (an attacker or
   * undercutter that is in, a premise that is out), or ALL_SUPPORTERS_OUT.
   * For a statement that is in: a supporter that is in, or PRESUMED when
   * nothing supports it. Unused for the rest.
   */
  reasons: number[];
  /** The step at which each node was decided (−1: undecided). Reasons always point to earlier steps. */
  steps: number[];
}

/**
 * The grounded labelling: the least fixed point of the acceptance conditions
 * (docs/evaluation.md), reached from all-undecided by deciding a node as soon
 * as the nodes already decided settle its condition. Each node keeps counts of
 * what it waits for, each node is decided once and each link read once, so
 * the time is linear in nodes + links, whatever the depth.
 */
export function groundedLabelling(graph: EvaluationGraph): GroundedLabelling {
  const size = graph.ids.length;
  const state = new Uint8Array(size);
  const reasons: number[] = new Array(size).fill(PRESUMED);
  const steps: number[] = new Array(size).fill(-1);
  // Arguments: premises in + undercutters out so far. Statements: attackers out so far.
  const settled = new Int32Array(size);
  // Statements: supporters in so far, and out so far.
  const supportersIn = new Int32Array(size);
  const supportersOut = new Int32Array(size);
  const dependents = dependentsOf(graph);
  const queue: number[] = [];
  let step = 0;

  const decide = (node: number, label: number, reason: number) => {
    state[node] = label;
    reasons[node] = reason;
    steps[node] = step++;
    queue.push(node);
  };
  const isArgument = (node: number) => node >= graph.statementCount;
  const argumentWaitsFor = (node: number) => graph.premises[node]!.length + graph.undercutters[node]!.length;
  const statementIsIn = (node: number) =>
    settled[node] === graph.attackers[node]!.length && (graph.supporters[node]!.length === 0 || supportersIn[node]! > 0);

  for (let node = 0; node < size; node++) {
    if (isArgument(node) ? argumentWaitsFor(node) === 0 : statementIsIn(node)) decide(node, IN, PRESUMED);
  }

  for (let head = 0; head < queue.length; head++) {
    const decided = queue[head]!;
    const isIn = state[decided] === IN;
    for (const node of dependents[decided]!) {
      if (state[node] !== UNDECIDED) continue;
      if (isArgument(node)) {
        // A premise (a statement) must be in; an undercutter (an argument) must be out.
        const good = isArgument(decided) ? !isIn : isIn;
        if (!good) decide(node, OUT, decided);
        else if (++settled[node]! === argumentWaitsFor(node)) decide(node, IN, PRESUMED);
      } else if (graph.kinds[decided] === 'support') {
        if (isIn) {
          supportersIn[node]!++;
          if (statementIsIn(node)) decide(node, IN, decided);
        } else if (++supportersOut[node]! === graph.supporters[node]!.length) {
          decide(node, OUT, ALL_SUPPORTERS_OUT);
        }
      } else if (isIn) {
        decide(node, OUT, decided);
      } else {
        settled[node]!++;
        if (statementIsIn(node)) decide(node, IN, firstSupporterIn(graph, state, node));
      }
    }
  }
  return { labels: Array.from(state, (value) => LABELS[value]!), reasons, steps };
}

function firstSupporterIn(graph: EvaluationGraph, state: Uint8Array, node: number): number {
  for (const supporter of graph.supporters[node]!) if (state[supporter] === IN) return supporter;
  return PRESUMED;
}
