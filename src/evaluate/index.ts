/**
 * What follows from a map: the grounded labelling (which statements and
 * arguments stand, fall or stay open) and DF-QuAD strengths, with
 * explanations. Pure functions over the model; docs/evaluation.md gives the
 * rules.
 */
import type { ArgMap } from '../model/types.js';
import { dfquadStrengths } from './dfquad.js';
import { explainNode, type ExplanationLine } from './explain.js';
import { buildGraph, type EvaluationGraph } from './graph.js';
import { groundedLabelling, type GroundedLabelling, type Label } from './grounded.js';

export type { ExplanationLine } from './explain.js';
export type { Label } from './grounded.js';
export { aggregate, combine, DEFAULT_ARGUMENT_WEIGHT, DEFAULT_STATEMENT_WEIGHT, MAX_ROUNDS, TOLERANCE } from './dfquad.js';

export type Semantics = 'grounded' | 'dfquad';
export const SEMANTICS: readonly Semantics[] = ['grounded', 'dfquad'];

export interface Evaluation {
  semantics: Semantics;
  /** The grounded label of every statement and argument, by id, in file order (statements first). */
  labels: Map<string, Label>;
  /** With dfquad: the strength of every statement and argument, in [0, 1]. */
  strengths?: Map<string, number>;
  /** With dfquad: false when a cyclic map did not settle (see MAX_ROUNDS). */
  converged?: boolean;
}

export interface EvaluateOptions {
  semantics?: Semantics;
}

// The graph and the derivation behind an evaluation, kept for explain() without putting them in the data.
const derivations = new WeakMap<Evaluation, { graph: EvaluationGraph; labelling: GroundedLabelling }>();

export function evaluate(map: ArgMap, options: EvaluateOptions = {}): Evaluation {
  const semantics = options.semantics ?? 'grounded';
  const graph = buildGraph(map);
  const labelling = groundedLabelling(graph);
  const labels = new Map<string, Label>();
  graph.ids.forEach((id, node) => labels.set(id, labelling.labels[node]!));
  const evaluation: Evaluation = { semantics, labels };
  if (semantics === 'dfquad') {
    const { strengths, converged } = dfquadStrengths(map, graph);
    evaluation.strengths = new Map(graph.ids.map((id, node) => [id, strengths[node]!]));
    evaluation.converged = converged;
  }
  derivations.set(evaluation, { graph, labelling });
  return evaluation;
}

/**
 * Why `id` has its grounded label: the lines of a small tree, root first
 * (see explainNode). Undefined when the map has no such statement or argument.
 */
export function explain(map: ArgMap, evaluation: Evaluation, id: string): ExplanationLine[] | undefined {
  let derivation = derivations.get(evaluation);
  if (derivation === undefined) {
    const graph = buildGraph(map);
    derivation = { graph, labelling: groundedLabelling(graph) };
  }
  const node = derivation.graph.ids.indexOf(id);
  return node < 0 ? undefined : explainNode(derivation.graph, derivation.labelling, node);
}
