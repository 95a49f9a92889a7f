'use strict';
/**
 * Argdown's own pipeline on one .argdown file, for `npm run bench`: what its
 * CLI runs for `argdown json` (parse, model, map, JSON) or for
 * `argdown map --format dot` (parse, model, map, groups, colours, DOT), from
 * @argdown/core's default application. Writes the output's length to stdout.
 *   node bench/argdown-run.cjs json|dot FILE
 *
 * Argdown's parser recurses over the document and overflows Node's default
 * stack at about 100,000 statements, so it runs in a worker thread given a
 * 512 MB stack (a bigger `--stack-size` for the main thread would overrun
 * the operating system's own stack limit and crash).
 */
const { readFileSync } = require('node:fs');
const { isMainThread, Worker, workerData } = require('node:worker_threads');

if (isMainThread) {
  const [what, file] = process.argv.slice(2);
  const worker = new Worker(__filename, { workerData: { what, file }, resourceLimits: { stackSizeMb: 512 } });
  worker.on('error', (error) => {
    process.stderr.write(`argdown failed: ${error && error.message}\n`);
    process.exitCode = 1;
  });
} else {
  const { argdown } = require('@argdown/core/dist/argdown.js');
  const { what, file } = workerData;
  const response = argdown.run({ process: what === 'dot' ? 'export-dot' : 'export-json', input: readFileSync(file, 'utf8'), logLevel: 'error' });
  const output = what === 'dot' ? response.dot : response.json;
  if (typeof output !== 'string' || output.length === 0) throw new Error(`no ${what} output`);
  process.stdout.write(`${output.length}\n`);
}
