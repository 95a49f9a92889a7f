'use strict';
// commander requires node:child_process as it loads, for subcommands run as
// separate programs, which argmap has none of; serve needs it only to open a
// browser. Loading it (and node:dgram with it) is a few milliseconds of every
// start, so the bundle gives every module that imports it this stand-in
// (scripts/bundle.mjs; docs/performance.md). Each export is a getter that
// loads the real module when first read: at the call, since esbuild's
// CommonJS output reads `spawn` off the module then, and copies getters as
// getters. test/cli/lazy-modules.test.ts holds the names to the real module's.
let real;
for (const name of ['ChildProcess', '_forkChild', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync']) {
  Object.defineProperty(exports, name, {
    enumerable: true,
    get() {
      real ??= require('node:child_process');
      return real[name];
    },
  });
}
