import type { EvaluationGraph } from './graph.js';
import { ALL_SUPPORTERS_OUT, PRESUMED, type GroundedLabelling, type Label } from './grounded.js';

/** One line of an explanation: a node, its label, why, at a depth in the tree. */
export interface ExplanationLine {
  id: string;
  kind: 'statement' | 'support' | 'attack' | 'undercut';
  label: Label;
  depth: number;
  /** Why, in words; for a node explained earlier in the same tree, "see above". */
  because: string;
  /** Set when the line only points back to an earlier one. */
  seeAbove?: true;
}

/**
 * Why a node has its label, as the derivation the grounded labelling used: a
 * node that is out shows the one node that defeated it; one that is in shows
 * what it needed (its supporter that holds and each attacker, out; an
 * argument's premises and undercutters). A node is explained once per tree
 * and pointed back to after that. An undecided node shows the chain of
 * undecided nodes it waits on, up to the cycle (or contradiction) that
 * leaves them all open. Built with an explicit stack: any depth works.
 */
export function explainNode(graph: EvaluationGraph, labelling: GroundedLabelling, root: number): ExplanationLine[] {
  if (labelling.labels[root] === 'undecided') return explainUndecided(graph, labelling, root);
  const lines: ExplanationLine[] = [];
  const explained = new Set<number>();
  const stack: { node: number; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const line = { id: graph.ids[node]!, kind: graph.kinds[node]!, label: labelling.labels[node]!, depth };
    if (explained.has(node)) {
      lines.push({ ...line, because: 'see above', seeAbove: true });
      continue;
    }
    explained.add(node);
    const { because, children } = derivation(graph, labelling, node);
    lines.push({ ...line, because });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return lines;
}

function derivation(graph: EvaluationGraph, labelling: GroundedLabelling, node: number): { because: string; children: number[] } {
  const { labels, reasons } = labelling;
  const reason = reasons[node]!;
  const name = (other: number) => graph.ids[other]!;
  if (node >= graph.statementCount) {
    const premises = graph.premises[node]!;
    const undercutters = graph.undercutters[node]!;
    if (labels[node] === 'out') {
      return reason >= graph.statementCount
        ? { because: `undercut by ${name(reason)}, which is in`, children: [reason] }
        : { because: `its premise ${name(reason)} is out`, children: [reason] };
    }
    const because = undercutters.length === 0 ? 'its premises are in, and nothing undercuts it' : 'its premises are in, and what undercuts it is out';
    return { because, children: [...premises, ...undercutters] };
  }
  const attackers = graph.attackers[node]!;
  if (labels[node] === 'out') {
    if (reason === ALL_SUPPORTERS_OUT) return { because: 'every argument for it is out', children: graph.supporters[node]! };
    const by = reason < graph.statementCount ? `it contradicts ${name(reason)}, which is in` : `attacked by ${name(reason)}, which is in`;
    return { because: by, children: [reason] };
  }
  if (reason === PRESUMED) {
    return attackers.length === 0
      ? { because: 'nothing supports or attacks it: it stands as the text asserts it', children: [] }
      : { because: 'every attack on it fails, and nothing needs to support it', children: attackers };
  }
  const attacked = attackers.length === 0 ? '' : ', and every attack on it fails';
  return { because: `supported by ${name(reason)}, which is in${attacked}`, children: [reason, ...attackers] };
}

/**
 * An undecided node waits on another undecided node (else it would be
 * decided); following those waits must come back round: the cycle found is
 * what leaves them all open.
 */
function explainUndecided(graph: EvaluationGraph, labelling: GroundedLabelling, root: number): ExplanationLine[] {
  const { labels } = labelling;
  const path: number[] = [];
  const position = new Map<number, number>();
  let node = root;
  while (!position.has(node)) {
    position.set(node, path.length);
    path.push(node);
    node = waitsOn(graph, labels, node);
  }
  const cycle = path.slice(position.get(node)!).map((n) => graph.ids[n]!);
  const lines: ExplanationLine[] = path.map((n, depth) => ({
    id: graph.ids[n]!,
    kind: graph.kinds[n]!,
    label: 'undecided',
    depth,
    because: waitText(graph, n, waitsOn(graph, labels, n)),
  }));
  const contradiction = cycle.length === 2 && path.slice(position.get(node)!).every((n) => n < graph.statementCount);
  const closing = contradiction
    ? `${cycle[0]} and ${cycle[1]} contradict each other, and nothing settles which one holds`
    : cycle.length === 1
      ? `${cycle[0]} defeats itself`
      : `a cycle that nothing settles: ${[...cycle, cycle[0]].join(' → ')}`;
  lines.push({ id: graph.ids[node]!, kind: graph.kinds[node]!, label: 'undecided', depth: path.length, because: closing, seeAbove: true });
  return lines;
}

function waitText(graph: EvaluationGraph, node: number, on: number): string {
  const name = graph.ids[on]!;
  if (node >= graph.statementCount) {
    return on >= graph.statementCount ? `undercut by ${name}, which is undecided` : `its premise ${name} is undecided`;
  }
  if (on < graph.statementCount) return `it contradicts ${name}, which is undecided`;
  return graph.kinds[on] === 'support' ? `no argument for it holds, and ${name} is undecided` : `attacked by ${name}, which is undecided`;
}

/** The undecided node that keeps this undecided node from being decided: an attacker or undercutter first, else a premise or supporter. */
function waitsOn(graph: EvaluationGraph, labels: Label[], node: number): number {
  if (node < graph.statementCount) {
    // A contradiction first: it names the conflict most directly.
    for (const other of graph.attackers[node]!) if (other < graph.statementCount && labels[other] === 'undecided') return other;
  }
  const lists = node >= graph.statementCount ? [graph.undercutters[node]!, graph.premises[node]!] : [graph.attackers[node]!, graph.supporters[node]!];
  for (const list of lists) for (const other of list) if (labels[other] === 'undecided') return other;
  throw new Error(`explain: ${graph.ids[node]} is undecided but waits on nothing undecided`);
}
