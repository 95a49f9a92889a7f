// Bundles the CLI into dist/bundle/ (one file, plus a chunk per lazily loaded
// module), so a run loads one file instead of resolving dozens: `argmap check`
// starts about 20 ms sooner (see docs/performance.md).
import { build } from 'esbuild';

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
  logLevel: 'warning',
});
