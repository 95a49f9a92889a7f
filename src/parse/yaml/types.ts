import type { Span } from '../../model/types.js';
import type { ParseProblem } from '../problems.js';

/** The YAML stage's output: a small tree of plain nodes that keep their source offsets. */

export type ScalarValue = string | number | boolean | null;

export interface YScalar extends Span {
  kind: 'scalar';
  value: ScalarValue;
  /** Stands in for a rejected alias; the pair or item holding it is left out. */
  alias?: true;
}

export interface YPair {
  key: YNode;
  value: YNode;
}

export interface YMap extends Span {
  kind: 'map';
  pairs: YPair[];
}

export interface YSeq extends Span {
  kind: 'seq';
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq;

/**
 * Receives the entries of chosen top-level sections one by one, as soon as
 * each is complete, instead of the tree keeping them: a 100,000-statement map
 * then never exists as a whole tree next to the model.
 */
export interface SectionSink {
  sections: ReadonlySet<string>;
  entry(section: string, key: YNode, value: YNode): void;
  /** A read in slices gave up part way: forget the entries received so far, they come again from the start. */
  restart(): void;
}

export interface YamlResult {
  root?: YNode;
  problems: ParseProblem[];
}
