import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';

/**
 * A map of a megabyte or more is read a slice at a time; when the slices
 * cannot be vouched for, the read starts over, whole. What the first read
 * handed on (entries, their ids, problems) must not survive into the second.
 */
describe('a big map whose sliced read starts over', () => {
  const entries = Array.from({ length: 30_000 }, (_, i) => `  s${i}: Statement number ${i}, long enough to make the map big.`);

  it('reads every entry once, with only the problem that made it start over', () => {
    // A second document (the "---") is fine for the slices' plan but not for the whole read: the read starts over.
    const text = ['argmap: 1', 'statements:', ...entries, '---', ''].join('\n');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const { map, diagnostics } = parseMap(text, 'big.yaml');
    expect(map.statements).toHaveLength(30_000);
    // Placed as in a map too small to slice: at the end of the last entry (the second document has no node of its own).
    const small = parseMap(['argmap: 1', 'statements:', ...entries.slice(0, 10), '---', ''].join('\n'), 'small.yaml');
    expect(small.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['yaml-multiple-documents 12:59']);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['yaml-multiple-documents 30002:67']);
  });

  it('gives the same map as the same entries in a map too small to slice', () => {
    const big = parseMap(['argmap: 1', 'statements:', ...entries, '---', ''].join('\n'), 'big.yaml');
    const small = parseMap(['argmap: 1', 'statements:', ...entries.slice(0, 10), '---', ''].join('\n'), 'small.yaml');
    expect(big.map.statements.slice(0, 10).map((s) => [s.id, s.text])).toEqual(small.map.statements.map((s) => [s.id, s.text]));
  });
});
