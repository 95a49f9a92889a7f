// Regenerates the SVG diagrams in docs/ from the maps listed in scripts/diagrams.json
// (run `npm run docs:diagrams`), each with its export options (as in `argmap export`).
// A test fails when a committed diagram is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDiagnostics } from '../dist/diagnostics/format-pretty.js';
import { parseMap } from '../dist/parse/parse-map.js';
import { renderSvg } from '../dist/render/graphviz/render-svg.js';
import { mapToDot } from '../dist/render/graphviz/to-dot.js';

const root = new URL('..', import.meta.url);
const diagrams = JSON.parse(readFileSync(new URL('scripts/diagrams.json', root), 'utf8'));
for (const { map: mapFile, svg: svgFile, options = {} } of diagrams) {
  const text = readFileSync(new URL(mapFile, root), 'utf8');
  const { map, diagnostics } = parseMap(text, mapFile);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    process.stderr.write(formatDiagnostics(diagnostics, { sources: new Map([[mapFile, text]]) }));
    process.exit(1);
  }
  writeFileSync(new URL(svgFile, root), await renderSvg(mapToDot(map, options)));
  console.log(`wrote ${svgFile}`);
}
