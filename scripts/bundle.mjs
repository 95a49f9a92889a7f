// Bundles the CLI into dist/bundle/ (one file, plus a chunk per lazily loaded
// module), so a run loads one file instead of resolving dozens: `argmap check`
// starts about 20 ms sooner (see docs/performance.md).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear out the last build's, or they pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { argmap: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Identifiers stay as written so profiles and --debug stack traces are readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  // commander is CommonJS and requires Node built-ins; give the bundle a require.
  banner: { js: "import{createRequire as __argmapRequire}from'node:module';const require=__argmapRequire(import.meta.url);" },
  // The export command's packages (native binaries, WebAssembly, fonts, and
  // ts-graphviz) stay in node_modules and load from there, only when export
  // runs; tests trace those loads to prove check and tree never make them.
  external: ['ts-graphviz', '@ts-graphviz/*', '@resvg/resvg-js', '@hpcc-js/wasm-graphviz', '@expo-google-fonts/arimo'],
  logLevel: 'warning',
});
