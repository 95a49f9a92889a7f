import { dump } from 'js-yaml';
import { expect } from 'vitest';
import { importAif } from '../../src/interchange/index.js';
import { importArgdown } from '../../src/interchange/argdown/import.js';
import { parseMap, type ArgMap } from '../../src/index.js';

/** What an import made, as YAML parsed back the way argmap reads it, with no error from either. */
function asMap(outcome: ReturnType<typeof importAif>, file: string): { map: ArgMap; yaml: string; codes: string[]; outcome: typeof outcome } {
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const yaml = dump(outcome.document, { lineWidth: 100, noRefs: true });
  const { map, diagnostics } = parseMap(yaml, file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { map, yaml, codes: outcome.diagnostics.map((d) => d.code), outcome };
}

export const importedAif = (text: string, file: string) => asMap(importAif(text, file), file);
export const importedArgdown = (text: string, file: string) => asMap(importArgdown(text, file), file);
