import { describe, expect, it } from 'vitest';
import { generateMap } from '../bench/generate.js';
import { parseMap } from '../src/index.js';

describe('bench/generate.ts', () => {
  it('makes valid maps of the size asked for, the same for the same seed', () => {
    const { yaml } = generateMap({ statements: 1000, seed: 7 });
    const { map, diagnostics } = parseMap(yaml, 'gen.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.statements).toHaveLength(1000);
    expect(map.arguments.some((a) => a.kind === 'attack')).toBe(true);
    expect(map.arguments.some((a) => a.kind === 'undercut')).toBe(true);
    expect(generateMap({ statements: 1000, seed: 7 }).yaml).toBe(yaml);
    expect(generateMap({ statements: 1000, seed: 8 }).yaml).not.toBe(yaml);
  });

  it('makes a chain as deep as it is long', () => {
    const { map, diagnostics } = parseMap(generateMap({ statements: 100_000, chain: true }).yaml, 'chain.yaml');
    expect(diagnostics).toEqual([]);
    expect(map.arguments).toHaveLength(99_999);
    expect(map.arguments[99_998]).toMatchObject({ target: { id: 's99998' }, premises: [{ id: 's99999' }] });
  });
});
