'use strict';
// Writes V8's code cache for the CLI bundle (see bin/load.cjs): loads the
// bundle, runs `argmap check` on the example map once, as a user would, so
// the cache holds the bytecode of every function a check needs, and saves it.
// Run by scripts/bundle.mjs after each build.
const { existsSync, writeFileSync } = require('node:fs');
const { PassThrough, Writable } = require('node:stream');
const { CACHE, loadBundle } = require('../bin/load.cjs');

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const io = { stdout: sink(), stderr: sink(), stdin: new PassThrough(), env: { NO_COLOR: '1' } };

async function main() {
  const { exports: cli, script } = loadBundle({ useCache: false });
  if (!script) {
    console.warn('write-code-cache: this Node cannot load the bundle through vm.Script; no cache written.');
    return;
  }
  if (!existsSync('maps/example.yaml')) {
    console.warn('write-code-cache: maps/example.yaml is missing; no cache written.');
    return;
  }
  const code = await cli.main(['node', 'argmap', 'check', 'maps/example.yaml'], io);
  if (code !== 0) throw new Error(`argmap check maps/example.yaml exited ${code}`);
  writeFileSync(CACHE, script.createCachedData());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
