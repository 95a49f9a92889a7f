import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapToDot } from '../src/graphviz.js';
import { parseMap } from '../src/index.js';
import { renderSvg } from '../src/render/graphviz/render-svg.js';

const root = new URL('..', import.meta.url);
const diagrams = JSON.parse(readFileSync(new URL('scripts/diagrams.json', root), 'utf8')) as Array<{ map: string; svg: string; options?: Parameters<typeof mapToDot>[1] }>;

describe('the diagrams in docs/', () => {
  it.each(diagrams)('$svg is drawn from $map (run `npm run docs:diagrams` after changing either, or the look)', async ({ map: mapFile, svg, options }) => {
    const { map, diagnostics } = parseMap(readFileSync(new URL(mapFile, root), 'utf8'), mapFile);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    // A checkout that turned line ends into CRLF is still up to date.
    const committed = readFileSync(new URL(svg, root), 'utf8').replace(/\r\n/g, '\n');
    const fresh = await renderSvg(mapToDot(map, options));
    expect(fresh === committed, `${svg} is out of date: run \`npm run docs:diagrams\` and commit the result.`).toBe(true);
  });
});
