import { expect } from 'vitest';
import { parseMap, renderTree, type ArgMap, type TreeOptions } from '../../src/index.js';

/** A map that must parse without errors (the test fails here otherwise). */
export function parsed(text: string): ArgMap {
  const { map, diagnostics } = parseMap(text, 'm.yaml');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return map;
}

/** The tree's lines for a map's text. */
export function tree(text: string, options: TreeOptions = {}): string[] {
  return renderTree(parsed(text), options).lines;
}
