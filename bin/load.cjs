'use strict';
/**
 * Loads the bundled CLI (dist/bundle/argmap.cjs) with the V8 code cache that
 * the build writes next to it (argmap.cjs.cache): the compiled bytecode of
 * the bundle and of every function a `check` runs. Node 20 compiles modules
 * afresh on every start (its own compile cache arrived in Node 22), and for
 * a CLI whose runs take tens of milliseconds that compiling is a fair share:
 * with the cache, `argmap check` on the article's map starts about 20 ms
 * sooner (docs/performance.md).
 *
 * V8 checks the cache against the source and its own version and flags, and
 * ignores a cache that does not fit (another Node version, say): the bundle
 * is then compiled as usual. With --debug the bundle is simply required,
 * which keeps source maps working.
 */
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'argmap.cjs');
const CACHE = `${BUNDLE}.cache`;

/** The bundle's dynamic imports (of dist/bundle/graphviz/), made from here. */
const importFromBundle = (specifier) => import(pathToFileURL(join(dirname(BUNDLE), specifier)).href);

/** Compiles and runs the bundle; returns its exports, and the script (to write a cache from). */
function loadBundle(options = {}) {
  if (options.plain) return { exports: require(BUNDLE), script: undefined };
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = options.useCache === false ? undefined : readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  // The wrapper Node puts around a CommonJS module, so the bundle runs as one,
  // and the import function it uses (scripts/bundle.mjs).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __argmapImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), importFromBundle);
  return { exports: module.exports, script };
}

module.exports = { loadBundle, CACHE };
