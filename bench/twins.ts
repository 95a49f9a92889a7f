/**
 * `npm run bench:twins`: what each fast twin of plain code gains today, so
 * that docs/performance.md ("Fast twins") can say when to delete one. Each
 * twin is timed against its plain version on the same input, in turns,
 * median of several runs; the slicing and the code cache, whose gain is a
 * whole process's memory or start-up, are timed as whole child processes.
 * A benchmark, not a test: nothing here fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDot } from 'ts-graphviz';
import { layOutFast } from '../src/authoring/format-fast.js';
import { layOutPlain } from '../src/authoring/format-plain.js';
import { writeMapData, writeMapDataPlain } from '../src/authoring/write-data.js';
import { importAif, mapToAifText } from '../src/interchange/index.js';
import { parseMap } from '../src/parse/parse-map.js';
import { readYaml } from '../src/parse/yaml/index.js';
import { parseWhole } from '../src/parse/yaml/tree.js';
import { tokenize } from '../src/quotes/index.js';
import { buildGraphvizModel } from '../src/render/graphviz/model.js';
import { printDot } from '../src/render/graphviz/print-dot.js';
import { renderTree } from '../src/render/tree/index.js';
import { wrapPieces, wrapWords } from '../src/render/tree/wrap.js';
import { generateMap } from './generate.js';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'argmap-twins-'));

/** Median milliseconds of `runs` runs of each, taken in turns after a warm-up. */
function race(runs: number, plain: () => unknown, fast: () => unknown): { plain: number; fast: number } {
  plain();
  fast();
  const times = { plain: [] as number[], fast: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [name, work] of [['plain', plain], ['fast', fast]] as const) {
      const start = performance.now();
      work();
      times[name].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!;
  return { plain: median(times.plain), fast: median(times.fast) };
}

/** Median wall milliseconds and peak RSS (MB) of a child process, in turns with its twin. */
function processes(runs: number, plain: string[], fast: string[], env: NodeJS.ProcessEnv = {}) {
  const probe = join(work, 'probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.PROBE_OUT, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}`); });\n",
  );
  const once = (args: string[]) => {
    const out = join(work, 'rss.txt');
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', probe, ...args], { cwd: root, env: { ...process.env, ...env, PROBE_OUT: out }, stdio: 'ignore' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}`);
    const [rss, cpu] = readFileSync(out, 'utf8').split(' ').map(Number);
    return { ms: performance.now() - start, rss: rss! / 1024, cpu: cpu! };
  };
  type Run = { ms: number; rss: number; cpu: number };
  const results = { plain: [] as Run[], fast: [] as Run[] };
  for (let i = 0; i < runs; i++) {
    results.plain.push(once(plain));
    results.fast.push(once(fast));
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!;
  const summary = (list: Run[]) => ({ ms: median(list.map((r) => r.ms)), rss: median(list.map((r) => r.rss)), cpu: median(list.map((r) => r.cpu)) });
  return { plain: summary(results.plain), fast: summary(results.fast) };
}

const rows: string[] = [];
const gain = (plain: number, fast: number) => `${Math.round((1 - fast / plain) * 100)}%`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

// 1. The tree's ASCII wrapping: every statement's text, wrapped at 80 columns.
const map10k = parseMap(generateMap({ statements: 10_000, seed: 7 }).yaml).map;
const pieces = map10k.statements.map((statement) => [{ text: statement.id, whole: true }, { text: statement.text }]);
const measure = (text: string) => text.length;
const wrap = race(9, () => pieces.forEach((p) => wrapWords(p, 80, measure)), () => pieces.forEach((p) => wrapPieces(p, 80, measure)));
rows.push(`| ASCII wrapping (wrapAscii) | wrapping 10,000 statements | ${ms(wrap.plain)} | ${ms(wrap.fast)} | ${gain(wrap.plain, wrap.fast)} |`);
// What that is worth to the command: the tree of the same map drawn whole, with the twin; without it, the difference more.
const tree = race(5, () => undefined, () => renderTree(map10k, { width: 80 }).lines.length);
const withoutTwin = tree.fast + (wrap.plain - wrap.fast);
rows.push(`| | drawing the tree of those 10,000 statements | ${ms(withoutTwin)} | ${ms(tree.fast)} | ${gain(withoutTwin, tree.fast)} |`);

// 2. The DOT printer: the same ts-graphviz model printed by ts-graphviz and by printDot.
// ts-graphviz's printer stops at 100,000 syntax-tree nodes: 2,000 statements stay under it.
const model = buildGraphvizModel(parseMap(generateMap({ statements: 2_000, seed: 7 }).yaml).map);
const dot = race(5, () => toDot(model), () => printDot(model));
rows.push(`| DOT printer (printDot) | printing 2,000 statements | ${ms(dot.plain)} | ${ms(dot.fast)} | ${gain(dot.plain, dot.fast)} |`);

// 3. The quote tokenizer's ASCII loop: the same text, once with a non-ASCII letter at the end (the Unicode expression).
const article = (() => {
  try {
    return readFileSync(join(root, '../shared/sources/unilateral-concessions.txt'), 'utf8').replace(/[^\x00-\x7f]/g, ' ');
  } catch {
    return map10k.statements.map((statement) => statement.text).join(' ');
  }
})();
const longAscii = article.repeat(Math.ceil(2_000_000 / article.length));
const tokens = race(5, () => tokenize(`${longAscii}é`), () => tokenize(longAscii));
rows.push(`| ASCII tokenizer (scanAscii) | tokenizing 2 MB of ASCII | ${ms(tokens.plain)} | ${ms(tokens.fast)} | ${gain(tokens.plain, tokens.fast)} |`);

// 4. Parsing a big map in slices: in-process time, then whole runs of check for memory.
const big = generateMap({ statements: 100_000, seed: 7 }).yaml;
const sink = { sections: new Set(['statements', 'arguments', 'speakers']), entry: () => undefined, restart: () => undefined };
const slicing = race(3, () => parseWhole(big, sink), () => readYaml(big, sink));
rows.push(`| YAML in slices (readYaml) | the YAML stage of 100,000 statements | ${ms(slicing.plain)} | ${ms(slicing.fast)} | ${gain(slicing.plain, slicing.fast)} |`);
const bigFile = join(work, 'big.yaml');
writeFileSync(bigFile, big);
// The YAML stage alone in a fresh process, for its peak memory: the events of a whole read all live at once.
const yamlStage = (fn: string, module: string) =>
  `import { readFileSync } from 'node:fs'; import { ${fn} } from ${JSON.stringify(join(root, 'dist/parse/yaml', module))};\n` +
  `${fn}(readFileSync(${JSON.stringify(bigFile)}, 'utf8'), { sections: new Set(['statements', 'arguments', 'speakers']), entry() {}, restart() {} });`;
const slicedMemory = processes(3, ['--input-type=module', '-e', yamlStage('parseWhole', 'tree.js')], ['--input-type=module', '-e', yamlStage('readYaml', 'index.js')]);
rows.push(`| | peak RSS of that stage, whole process | ${slicedMemory.plain.rss.toFixed(0)} MB | ${slicedMemory.fast.rss.toFixed(0)} MB | ${gain(slicedMemory.plain.rss, slicedMemory.fast.rss)} |`);

// 5. The V8 code cache for the CLI: check on the article's map, with and without it.
const startUp = processes(
  15,
  ['-e', "require('./bin/load.cjs').loadBundle({ useCache: false }).exports.main(['node', 'argmap', 'check', 'maps/unilateral-concessions.yaml']).then((code) => { process.exitCode = code; })"],
  ['bin/argmap', 'check', 'maps/unilateral-concessions.yaml'],
);
rows.push(`| V8 code cache (bin/load.cjs) | \`check\` on the article's map, whole process, CPU time | ${ms(startUp.plain.cpu)} | ${ms(startUp.fast.cpu)} | ${gain(startUp.plain.cpu, startUp.fast.cpu)} |`);

// 6. fmt's layout, and the same layout written from an import's data: 10,000 statements (the plain versions take tens of seconds at 100,000).
const text10k = generateMap({ statements: 10_000, seed: 7 }).yaml;
const fmt = race(3, () => layOutPlain(text10k), () => layOutFast(text10k));
rows.push(`| fmt's layout (layOutFast) | laying out 10,000 statements | ${ms(fmt.plain)} | ${ms(fmt.fast)} | ${gain(fmt.plain, fmt.fast)} |`);
const imported = importAif(mapToAifText(map10k), 'map.json').document!;
const written = race(3, () => writeMapDataPlain(imported), () => writeMapData(imported));
rows.push(`| import's writer (writeMapData) | writing the import of 10,000 statements | ${ms(written.plain)} | ${ms(written.fast)} | ${gain(written.plain, written.fast)} |`);

console.log('| twin | measured on | plain | fast | gain |\n| --- | --- | ---: | ---: | ---: |');
console.log(rows.join('\n'));
rmSync(work, { recursive: true, force: true });
