'use strict';
// commander requires node:child_process as it loads, for subcommands run as
// separate programs, which argmap has none of. Loading it (and node:net,
// node:dgram with it) is a few milliseconds of every start, so the bundle
// gives commander this stand-in, which loads the real module the first time
// commander touches it (scripts/bundle.mjs; docs/performance.md).
let real;
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      real ??= require('node:child_process');
      return real[key];
    },
  },
);
