import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';
import { yaml } from '../helpers.js';

describe('expect:', () => {
  const base = yaml`
    argmap: 1
    statements:
      t: T
      p: P
    arguments:
      a: { supports: t, premises: [p] }
  `;

  it('keeps each listed id with its label, in file order; one id or a list', () => {
    const { map, diagnostics } = parseMap(`${base}expect:\n  in: [t, a]\n  out: p\n  undecided: []\n`);
    expect(diagnostics).toEqual([]);
    expect(map.expect?.map(({ ref, label }) => [ref.id, label, ref.span.start])).toEqual([
      ['t', 'in', base.length + 15],
      ['a', 'in', base.length + 18],
      ['p', 'out', base.length + 28],
    ]);
    expect(parseMap(base).map.expect).toBeUndefined();
  });

  it('reports unknown ids and keys where they are, with a suggestion', () => {
    const { diagnostics } = parseMap(`${base}expect:\n  in: [tt]\n  undecide: [t]\n`);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.hint}`)).toEqual([
      'unknown-ref 8:8 Did you mean "t"?',
      'unknown-key 9:3 Did you mean "undecided"?',
    ]);
  });
});
