export type Severity = 'error' | 'warning' | 'info';

/** A point in a file. Lines and columns count from 1; columns in UTF-16 code units. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends Location {
  message: string;
}

/**
 * A problem found in a map: plain data, formatted by a reporter later. Every
 * diagnostic points at a place in a file, so a reader (or an editor) can jump to it.
 */
export interface Diagnostic extends Location {
  /** Stable machine-readable id, e.g. `unknown-ref` or `circular-reasoning`. */
  code: string;
  severity: Severity;
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
  /** Other places involved: the first definition of a duplicate, each step of a cycle. */
  related?: RelatedLocation[];
}

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** Order for reports: by file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
