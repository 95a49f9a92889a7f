import { expect } from 'vitest';
import { checkMap, type CheckOptions } from '../../src/check/run.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { parseMap } from '../../src/parse/parse-map.js';

/** Parses a map that must have no parse errors, and runs the rules over it. */
export function check(text: string, options?: CheckOptions): Diagnostic[] {
  const { map, diagnostics } = parseMap(text, 'm.yaml');
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return checkMap(map, text, options);
}
