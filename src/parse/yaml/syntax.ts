import type { YAMLException } from 'js-yaml';
import type { ParseProblem } from '../problems.js';

/** The problems the YAML stage (tree.ts) reports, with their hints. */

/**
 * Nesting deeper than any valid map needs (a map is at most five levels deep);
 * the limit turns "tens of thousands of brackets" into one clear error.
 */
export const MAX_YAML_DEPTH = 64;

const SYNTAX_HINTS: [RegExp, string][] = [
  [/bad indentation of a (mapping|sequence) entry/, 'Keys at the same level must start in the same column. A value that contains ": " must be quoted.'],
  [/deficient indentation/, 'An unclosed bracket or quote may begin on an earlier line.'],
  [/tab characters/, 'YAML indents with spaces only. Replace the tab with spaces.'],
  [/maxDepth/, `argmap maps need only a few levels of nesting; this file nests more than ${MAX_YAML_DEPTH}.`],
  [/unexpected end of the stream within a (single|double) quoted scalar/, 'A quoted string is not closed. Add the closing quote.'],
  [/duplicated mapping key/, 'Each key may appear only once in a mapping.'],
];

export function syntaxProblem(error: YAMLException, textLength: number): ParseProblem {
  const reason = error.reason || 'invalid YAML';
  const offset = Math.min(error.mark?.position ?? 0, textLength);
  const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
  const problem: ParseProblem = {
    code: 'yaml-syntax',
    message: `YAML syntax error: ${reason}`,
    span: { start: offset, end: offset + 1 },
  };
  if (hint) problem.hint = hint;
  return problem;
}

export function tagProblem(text: string, start: number, end: number): ParseProblem {
  return {
    code: 'yaml-tag',
    message: `YAML tags such as "${text.slice(start, end)}" are not supported in argmap maps.`,
    span: { start, end },
    hint: 'Remove the tag. To force a string, put the value in quotes.',
  };
}

export function aliasEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && !/[\s,\]}]/.test(text[end]!)) end++;
  return end;
}
