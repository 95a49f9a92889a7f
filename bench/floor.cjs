'use strict';
/**
 * The floor under any argmap built on Node and js-yaml, for `npm run bench`:
 * start Node, load js-yaml (from a V8 code cache, as the CLI loads its
 * bundle), turn the map's text into YAML events, read the source text beside
 * it, and nothing else: no model, no rules, no output. No command that reads
 * the map can finish sooner, so a goal below this time cannot be met.
 *   node bench/floor.cjs MAP.yaml CACHE_FILE
 * The first run writes the cache; the bench's warm-up run is that one.
 */
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const [map, cacheFile] = process.argv.slice(2);
const jsYaml = require.resolve('js-yaml');
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new vm.Script(`(function (exports, require, module) {${readFileSync(jsYaml, 'utf8')}\n})`, { filename: jsYaml, cachedData });
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_);

const text = readFileSync(map, 'utf8');
const events = module_.exports.parseEvents(text, { maxDepth: 1000 });
// The source file as bench/generate.ts writes it (`source:` then `  file: NAME`); only for its maps.
const source = /^ {2}file: (.+)$/m.exec(text);
if (source) readFileSync(join(dirname(map), source[1]), 'utf8');
// A cache V8 refused (another Node, other flags) is made again, or the floor would include compiling js-yaml.
if (cachedData === undefined || script.cachedDataRejected) writeFileSync(cacheFile, script.createCachedData());
process.stdout.write(`${events.length}\n`);
