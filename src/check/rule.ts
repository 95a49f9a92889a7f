import type { Location } from '../diagnostics/types.js';
import type { MapIndex } from '../model/graph.js';
import type { ArgMap, RuleLevel, Span } from '../model/types.js';
import type { SourceIndex } from '../quotes/index.js';

/**
 * What a consistency rule is: its metadata (for `argmap rules`, the docs and
 * SARIF) and its check, a pure function over the map that reports findings
 * through the context. The runner (run.ts) decides the severity.
 */
export interface RuleMeta {
  /** Stable id, also the diagnostic code: `circular-reasoning`. */
  id: string;
  /** The level when neither the map nor the command line sets one. */
  level: RuleLevel;
  /** One line for `argmap rules`. */
  description: string;
  /** A minimal map that triggers the rule, shown in docs/rules.md and tested. */
  example: string;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

/** The source text quotes are checked against, as the caller read it (or failed to). */
export type SourceText = { file: string; text: string } | { file: string; error: string };

/** A problem found by a rule, with spans in the map (or, for `inSource`, in the source text). */
export interface Finding {
  message: string;
  span: Span;
  hint?: string;
  related?: RelatedFinding[];
}

export interface RelatedFinding {
  message: string;
  span: Span;
  inSource?: boolean;
}

/** Shared by every rule of one run: the map, its index, the source; `report` is per rule. */
export interface RuleContext {
  map: ArgMap;
  index: MapIndex;
  source: SourceText | undefined;
  /** The source text indexed for quote search: built on first use, once per run. */
  sourceIndex(): SourceIndex | undefined;
  /** Line and column of a span in the source text (one line table per run). */
  locateInSource(span: Span): Location;
  report(finding: Finding): void;
}
