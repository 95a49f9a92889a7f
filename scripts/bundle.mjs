// Bundles the CLI into dist/bundle/, so that a run loads one file instead of
// resolving dozens, and writes V8's code cache for it (bin/load.cjs explains
// why), so that a run does not compile it either. See docs/performance.md.
//
// - argmap.cjs: everything but diagrams, as CommonJS, which Node 20 can load
//   through vm.Script with a code cache (it cannot cache an ES module).
// - graphviz/: the export command's modules, as ES modules with shared chunks,
//   imported only when a diagram is drawn. They import ts-graphviz and the
//   renderers from node_modules, where tests trace those loads to prove that
//   check and tree never make them.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear out the last build's, or they pile up.
rmSync('dist/bundle', { recursive: true, force: true });

// yaml (fmt, lsp) and vscode-languageserver (lsp): loaded from node_modules only by the commands that use them.
const external = ['ts-graphviz', '@ts-graphviz/*', '@resvg/resvg-js', '@hpcc-js/wasm-graphviz', '@expo-google-fonts/arimo', 'yaml', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', '@argdown/core'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Identifiers stay as written so profiles and --debug stack traces are readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  external,
  logLevel: 'warning',
};
/**
 * Node's own modules that a run of check, tree or eval does not use but that
 * something in the bundle imports at its top: commander's child_process (for
 * subcommands run as separate programs, which argmap has none of; with
 * node:dgram), serve's (to open a browser), fs/promises (with readline) and
 * os, for reading and writing files the first run of a command reads
 * synchronously. Each is given a stand-in whose exports are getters that
 * load the real module when first read: at the call, since esbuild's
 * CommonJS output reads `spawn` off the module then and copies an imported
 * CommonJS module's properties as getters. The names are the build's Node's.
 * A few milliseconds of every start (docs/performance.md).
 */
const LAZY_BUILTINS = ['child_process', 'fs/promises', 'os'];

function lazyModuleSource(name) {
  const names = Object.keys(createRequire(import.meta.url)(`node:${name}`)).filter((key) => key !== 'default');
  return [
    'let real;',
    `const load = () => (real ??= require(${JSON.stringify(`node:${name}`)}));`,
    ...names.map((key) => `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => load()[${JSON.stringify(key)}] });`),
  ].join('\n');
}

const GRAPHVIZ = ['to-dot', 'render', 'render-svg', 'render-png', 'system-dot', 'errors'];

await build({
  ...common,
  entryPoints: Object.fromEntries(GRAPHVIZ.map((name) => [`graphviz/${name}`, `src/render/graphviz/${name}.ts`])),
  outdir: 'dist/bundle',
  splitting: true,
  chunkNames: 'graphviz/chunk-[hash]',
  format: 'esm',
});

// The same length as `import`, so the source map stays true.
const IMPORT = 'import("./graphviz/';
const LOADER_IMPORT = '__load("./graphviz/';
await build({
  ...common,
  entryPoints: { argmap: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // js-yaml's CommonJS build, not its ES module build: the latter's parser
  // slows down for good from its ninth call in a process, which rules out
  // parsing a big map in small slices (src/parse/yaml/js-yaml.ts).
  alias: { 'js-yaml': createRequire(import.meta.url).resolve('js-yaml') },
  // Run through vm.Script (bin/load.cjs), the bundle cannot import() by itself
  // in Node 20; the loader hands it an import function, used below instead.
  banner: { js: 'var __load=typeof __argmapImport=="function"?__argmapImport:(specifier)=>import(specifier);' },
  write: false,
  plugins: [
    {
      // chalk works out at load whether the terminal has colour, loading node:tty (and node:net) on every start;
      // argmap decides that itself (src/cli/terminal.ts) and gives chalk the level, so chalk gets its browser version, which looks at nothing.
      name: 'chalk-without-terminal-probe',
      setup(builder) {
        builder.onResolve({ filter: /^#supports-color$/ }, (args) =>
          /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: createRequire(import.meta.url).resolve('chalk').replace(/index\.js$/, 'vendor/supports-color/browser.js') } : undefined,
        );
      },
    },
    {
      // Node modules that most runs never use, each loaded when first used (see LAZY_BUILTINS).
      name: 'lazy-builtins',
      setup(builder) {
        const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.map((name) => name.replace('/', '\\/')).join('|')})$`);
        builder.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: filter.exec(args.path)[2], namespace: 'lazy-builtin' }));
        builder.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({ contents: lazyModuleSource(args.path), loader: 'js' }));
      },
    },
    {
      // The CLI's dynamic imports of the Graphviz modules load the ES modules above.
      name: 'graphviz-modules',
      setup(builder) {
        const pattern = new RegExp(`render/graphviz/(${GRAPHVIZ.join('|')})\\.js$`);
        builder.onResolve({ filter: pattern }, (args) => {
          if (args.kind !== 'dynamic-import') return undefined;
          return { path: `./graphviz/${pattern.exec(args.path)[1]}.js`, external: true };
        });
      },
    },
  ],
}).then(({ outputFiles }) => {
  for (const file of outputFiles) {
    const text = file.path.endsWith('.cjs') ? file.text.replaceAll(IMPORT, LOADER_IMPORT) : file.text;
    if (file.path.endsWith('.cjs') && !text.includes(LOADER_IMPORT)) throw new Error('bundle.mjs: no import of the Graphviz modules found to hand to the loader');
    writeFileSync(file.path, text);
  }
});

// The cache is made by running the CLI once, in a process of its own.
const warm = spawnSync(process.execPath, ['scripts/write-code-cache.cjs'], { stdio: 'inherit' });
if (warm.status !== 0) throw new Error('scripts/write-code-cache.cjs failed');
