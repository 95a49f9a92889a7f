// Regenerates schema/argmap.schema.json from the parser's field tables (run `npm run schema`).
// A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { argmapJsonSchema } from '../dist/parse/json-schema.js';

const target = new URL('../schema/argmap.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(argmapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
