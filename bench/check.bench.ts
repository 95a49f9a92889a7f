/**
 * How long the consistency rules take, apart from parsing, on synthetic maps
 * from bench/generate.ts. Run with `npm run bench:rules` (vitest bench);
 * `npm run bench` runs bench/run.ts, the end-to-end timings.
 */
import { bench, describe } from 'vitest';
import { checkMap } from '../src/check/run.js';
import { parseMap } from '../src/parse/parse-map.js';
import { generateMap } from './generate.js';

for (const statements of [10_000, 100_000]) {
  const { yaml, source } = generateMap({ statements, sourceFile: 'source.txt' });
  const { map } = parseMap(yaml, 'generated.yaml');
  const chain = generateMap({ statements, chain: true }).yaml;
  const deep = parseMap(chain, 'chain.yaml').map;

  describe(`${statements.toLocaleString('en')} statements`, () => {
    bench('parse', () => void parseMap(yaml, 'generated.yaml'), { iterations: 3, warmupIterations: 1 });
    bench('all rules, quotes checked against the source', () => void checkMap(map, yaml, { source: { file: 'source.txt', text: source } }), {
      iterations: 5,
      warmupIterations: 1,
    });
    bench('all rules, without a source text (no quote search)', () => void checkMap(map, yaml), { iterations: 5, warmupIterations: 1 });
    bench('all rules and critical questions, on a chain as deep as the map is long', () => void checkMap(deep, chain, { rules: { 'critical-question': 'info' } }), {
      iterations: 5,
      warmupIterations: 1,
    });
  });
}
