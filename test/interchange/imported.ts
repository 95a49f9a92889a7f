import { expect } from 'vitest';
import { formatMapText } from '../../src/authoring/format.js';
import { writeMapData } from '../../src/authoring/write-data.js';
import { importAif } from '../../src/interchange/index.js';
import { importArgdown } from '../../src/interchange/argdown/import.js';
import { parseMap, type ArgMap } from '../../src/index.js';

/** What an import made, written as `argmap import` writes it and parsed back the way argmap reads it, with no error from either; the text is already in fmt's layout. */
function asMap(outcome: ReturnType<typeof importAif>, file: string): { map: ArgMap; yaml: string; codes: string[]; outcome: typeof outcome } {
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const yaml = writeMapData(outcome.document!);
  const { map, diagnostics } = parseMap(yaml, file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(formatMapText(yaml, {}, file)).toEqual({ text: yaml });
  return { map, yaml, codes: outcome.diagnostics.map((d) => d.code), outcome };
}

export const importedAif = (text: string, file: string) => asMap(importAif(text, file), file);
export const importedArgdown = (text: string, file: string) => asMap(importArgdown(text, file), file);
