import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { mapToArgdown } from '../../src/interchange/index.js';
import { parseMap, type ArgMap } from '../../src/index.js';
import { toYaml, validMapObject } from '../hostile/arbitraries.js';
import { importedArgdown } from './imported.js';
import { argdownShape } from './shapes.js';

function roundTrip(map: ArgMap): ArgMap {
  return importedArgdown(mapToArgdown(map), 'round.argdown').map;
}

describe('argmap → Argdown → argmap', () => {
  it('gives back generated maps up to ids: texts, speakers, tags, premise sets, targets, kinds, titles, schemes, contradictions', () => {
    fc.assert(
      fc.property(validMapObject, (object) => {
        const { map, diagnostics } = parseMap(toYaml(object), 'generated.yaml');
        fc.pre(!diagnostics.some((d) => d.severity === 'error'));
        expect(argdownShape(roundTrip(map))).toEqual(argdownShape(map));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a scheme that holds ">:" (found by the property above: Argdown read it as the end of "<a0>:")', () => {
    const { map } = parseMap('argmap: 1\nstatements:\n  s0: S.\n  s1: T.\narguments:\n  a0: { supports: s0, premises: [s1], scheme: ">:" }\n', 'scheme.yaml');
    expect(argdownShape(roundTrip(map))).toEqual(argdownShape(map));
  });

  it('gives back the benchmark\'s generated maps (tags, speakers, undercuts, contradictions) up to ids', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 200 }), (seed, statements) => {
        const { map, diagnostics } = parseMap(generateMap({ statements, seed }).yaml, 'generated.yaml');
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(argdownShape(roundTrip(map))).toEqual(argdownShape(map));
      }),
      { numRuns: 20 },
    );
  });
});
