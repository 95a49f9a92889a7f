import type { Argument, Ref } from '../../model/types.js';
import type { RelatedFinding, Rule } from '../rule.js';
import { plural, q } from '../words.js';

// A cycle of thousands of steps is still one finding; its message and notes stay readable.
const MAX_IDS_IN_MESSAGE = 8;
const MAX_PATH_LENGTH = 200;
const MAX_STEP_NOTES = 100;

/** The support graph in compressed form: statement numbers, edges premise → conclusion. */
interface SupportGraph {
  ids: string[];
  /** Edges of node v are edgeTo[offsets[v] .. offsets[v + 1]). */
  offsets: Int32Array;
  edgeTo: Int32Array;
  /** For each edge, the argument and the premise reference that make it. */
  edgeArgument: Argument[];
  edgePremise: Ref[];
}

export const circularReasoning: Rule = {
  id: 'circular-reasoning',
  level: 'error',
  description: 'A claim is supported, through a chain of arguments, by itself.',
  example: `argmap: 1
theses: [reliable]
statements:
  reliable: The Book is reliable.
  says-so: The Book says it is the word of God.
  word-of-god: The Book is the word of God.
arguments:
  a1: { supports: reliable, premises: [word-of-god] }
  a2: { supports: word-of-god, premises: [says-so, reliable] }
`,
  check({ map, report }) {
    const graph = supportGraph(map.statements.map((statement) => statement.id), map.arguments);
    const { component, knots } = stronglyConnected(graph);
    const mark = new Int32Array(graph.ids.length).fill(-1);
    for (const { root, size } of knots) {
      const steps = cycleThrough(graph, component, mark, root);
      const ids = steps.map((edge) => graph.ids[edgeSource(graph, edge)]!);
      ids.push(ids[0]!);
      const shown = pathShown(ids);
      const related: RelatedFinding[] = steps.slice(0, MAX_STEP_NOTES).map((edge, i) => ({
        message: `step ${i + 1}: ${q(graph.edgePremise[edge]!.id)} is a premise of ${q(graph.edgeArgument[edge]!.id)}, which supports ${q(graph.ids[graph.edgeTo[edge]!]!)}`,
        span: graph.edgePremise[edge]!.span,
      }));
      const more = size > steps.length ? ` ${plural(size, 'statement')} support each other in circles here; this is one of the circles.` : '';
      report({
        message: `Circular reasoning (${plural(steps.length, 'step')}): ${shown.join(' → ')}.`,
        span: graph.edgePremise[steps[0]!]!.span,
        hint: `Each claim in the circle is supported, in the end, by itself, so the circle gives no reason to accept any of them. Break it: drop one of these supports, or give one claim a reason from outside the circle.${more}`,
        related,
      });
    }
  },
};

/** The circle as "a" → "b" → "a", cut in the middle (…) when it has too many steps or too long ids. */
function pathShown(ids: string[]): string[] {
  const quoted = ids.map(q);
  if (quoted.length <= MAX_IDS_IN_MESSAGE && quoted.join(' → ').length <= MAX_PATH_LENGTH) return quoted;
  const last = quoted[quoted.length - 1]!;
  const shown: string[] = [];
  let length = last.length + 6;
  for (const id of quoted.slice(0, MAX_IDS_IN_MESSAGE - 1)) {
    if (shown.length > 0 && length + id.length + 3 > MAX_PATH_LENGTH) break;
    shown.push(id);
    length += id.length + 3;
  }
  return [...shown, '…', last];
}

function supportGraph(ids: string[], args: readonly Argument[]): SupportGraph {
  const number = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) number.set(ids[i]!, i);
  // One pass collects the edges, a counting sort groups them by source.
  const from: number[] = [];
  const to: number[] = [];
  const argumentOf: Argument[] = [];
  const premiseOf: Ref[] = [];
  for (const argument of args) {
    if (argument.kind !== 'support') continue;
    const target = number.get(argument.target.id);
    if (target === undefined) continue;
    for (const premise of argument.premises) {
      from.push(number.get(premise.id)!);
      to.push(target);
      argumentOf.push(argument);
      premiseOf.push(premise);
    }
  }
  const offsets = new Int32Array(ids.length + 1);
  for (const source of from) offsets[source + 1]!++;
  for (let v = 0; v < ids.length; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, ids.length);
  const edgeTo = new Int32Array(from.length);
  const edgeArgument: Argument[] = new Array(from.length);
  const edgePremise: Ref[] = new Array(from.length);
  for (let k = 0; k < from.length; k++) {
    const edge = fill[from[k]!]!++;
    edgeTo[edge] = to[k]!;
    edgeArgument[edge] = argumentOf[k]!;
    edgePremise[edge] = premiseOf[k]!;
  }
  return { ids, offsets, edgeTo, edgeArgument, edgePremise };
}

/** The node an edge leaves: found by binary search, as edges are stored by source. */
function edgeSource(graph: SupportGraph, edge: number): number {
  let low = 0;
  let high = graph.ids.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (graph.offsets[middle]! <= edge) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Tarjan's strongly connected components, with an explicit call stack so a
 * chain 100,000 deep cannot overflow. Returns each node's component and, for
 * each component of two or more nodes (a knot of circular support), its
 * first node in file order and its size.
 */
function stronglyConnected(graph: SupportGraph): { component: Int32Array; knots: { root: number; size: number }[] } {
  const n = graph.ids.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const knots: { root: number; size: number }[] = [];
  let stackSize = 0;
  let depth = 0;
  let counter = 0;
  let components = 0;

  const enter = (v: number) => {
    order[v] = low[v] = counter++;
    stack[stackSize++] = v;
    onStack[v] = 1;
    callNode[depth] = v;
    callEdge[depth] = graph.offsets[v]!;
    depth++;
  };

  for (let start = 0; start < n; start++) {
    if (order[start] !== -1) continue;
    enter(start);
    while (depth > 0) {
      const v = callNode[depth - 1]!;
      const edge = callEdge[depth - 1]!;
      if (edge < graph.offsets[v + 1]!) {
        callEdge[depth - 1] = edge + 1;
        const w = graph.edgeTo[edge]!;
        if (order[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callNode[depth - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] !== order[v]) continue;
      let size = 0;
      let root = v;
      let w: number;
      do {
        w = stack[--stackSize]!;
        onStack[w] = 0;
        component[w] = components;
        if (w < root) root = w;
        size++;
      } while (w !== v);
      if (size > 1) knots.push({ root, size });
      components++;
    }
  }
  knots.sort((a, b) => a.root - b.root);
  return { component, knots };
}

/**
 * A shortest cycle through `root` inside its component, as a list of edges,
 * by breadth-first search. `mark` remembers visits across calls, tagged with
 * the root, so each node is visited once per component: linear overall.
 */
function cycleThrough(graph: SupportGraph, component: Int32Array, mark: Int32Array, root: number): number[] {
  const parentEdge = new Map<number, number>();
  const queue = [root];
  mark[root] = root;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let edge = graph.offsets[v]!; edge < graph.offsets[v + 1]!; edge++) {
      const w = graph.edgeTo[edge]!;
      if (component[w] !== component[root]) continue;
      if (w === root) {
        const path = [edge];
        for (let node = v; node !== root; node = edgeSource(graph, path[path.length - 1]!)) {
          path.push(parentEdge.get(node)!);
        }
        return path.reverse();
      }
      if (mark[w] === root) continue;
      mark[w] = root;
      parentEdge.set(w, edge);
      queue.push(w);
    }
  }
  throw new Error('circular-reasoning: a strongly connected component without a cycle through its root');
}
