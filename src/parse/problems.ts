import type { DiagnosticInput } from '../diagnostics/locate.js';
import type { Severity } from '../diagnostics/types.js';

/**
 * Every problem the parser reports, with its severity and a one-line
 * description: the parser's counterpart of the rules' `RuleMeta`. SARIF,
 * `argmap codes` and the table in docs/format.md read from here (a test
 * holds the table equal to it), and a report can only name a code listed here.
 */
export interface ProblemMeta {
  severity: Severity;
  description: string;
  /** The section of docs/format.md that explains what is expected: `#statements`. */
  docs: string;
}

export const PARSE_PROBLEMS = {
  encoding: { severity: 'error', description: 'The file is not valid UTF-8 text.', docs: '#the-header' },
  'empty-map': { severity: 'error', description: 'The file is empty.', docs: '#the-header' },
  'not-a-mapping': { severity: 'error', description: 'The file is not a YAML mapping of keys such as "argmap:" and "statements:".', docs: '#the-header' },
  'unsupported-version': { severity: 'error', description: '"argmap:" names a format version this argmap does not read.', docs: '#the-header' },
  'yaml-syntax': { severity: 'error', description: 'The file is not valid YAML.', docs: '#yaml-features' },
  'yaml-multiple-documents': { severity: 'error', description: 'The file holds more than one YAML document.', docs: '#yaml-features' },
  'yaml-alias': { severity: 'error', description: 'A YAML alias (*name); maps write values out.', docs: '#yaml-features' },
  'yaml-merge-key': { severity: 'error', description: 'A YAML merge key (<<); maps write fields out.', docs: '#yaml-features' },
  'yaml-tag': { severity: 'error', description: 'A YAML tag (!!int, !custom…); maps use plain values.', docs: '#yaml-features' },
  'unknown-key': { severity: 'error', description: 'A key the format does not have (often a typo; the message suggests the nearest).', docs: '#statements' },
  'duplicate-key': { severity: 'error', description: 'The same key twice in one mapping.', docs: '#yaml-features' },
  'missing-field': { severity: 'error', description: 'A required key is missing (a statement\'s "text:", the header\'s "argmap:"…).', docs: '#statements' },
  'wrong-type': { severity: 'error', description: 'A value of the wrong kind: a list where text is expected, a number for an id…', docs: '#statements' },
  'invalid-id': { severity: 'error', description: 'An id that is not a name: ids start with a letter, digit or "_", then letters, digits, "_", "." or "-".', docs: '#statements' },
  'duplicate-id': { severity: 'error', description: 'Two entries with the same id.', docs: '#statements' },
  'unknown-ref': { severity: 'error', description: 'A reference to an id the map does not define.', docs: '#arguments' },
  'wrong-ref-kind': { severity: 'error', description: 'A reference to the wrong kind of entry: an argument where a statement is expected, or the reverse.', docs: '#arguments' },
  'duplicate-ref': { severity: 'warning', description: 'The same id listed twice in one list.', docs: '#arguments' },
  'missing-target': { severity: 'error', description: 'An argument with none of "supports:", "attacks:" or "undercuts:".', docs: '#arguments' },
  'several-targets': { severity: 'error', description: 'An argument with more than one of "supports:", "attacks:" and "undercuts:".', docs: '#arguments' },
  'no-premises': { severity: 'error', description: 'An argument without premises.', docs: '#arguments' },
  'self-premise': { severity: 'error', description: 'An argument whose conclusion is also one of its premises.', docs: '#arguments' },
  'self-undercut': { severity: 'error', description: 'An argument that undercuts itself.', docs: '#arguments' },
  'self-backing': { severity: 'error', description: 'An argument that supports (backs) itself.', docs: '#arguments' },
  'self-contradiction': { severity: 'error', description: 'A statement listed as contradicting itself.', docs: '#contradictions' },
  'several-authors': { severity: 'error', description: 'More than one speaker with the role author.', docs: '#speakers' },
} as const satisfies Record<string, ProblemMeta>;

export type ParseCode = keyof typeof PARSE_PROBLEMS;

/** A problem as the parser reports it: the code decides the severity. */
export type ParseProblem = Omit<DiagnosticInput, 'code' | 'severity'> & { code: ParseCode };

/** The problem with the severity its code has in the catalogue. */
export function withSeverity(problem: ParseProblem): DiagnosticInput {
  return { ...problem, severity: PARSE_PROBLEMS[problem.code].severity };
}
