// Times quote matching (findQuotes, and its one-pass matcher alone) against the search of an older
// commit (by default the one before it), on repetitive input built to be
// slow for the old search, on the article and on a generated map of 100,000
// statements. Numbers for docs/performance.md ("Quote matching"); a
// measurement, not a test.
//
//   node scripts/bench-quotes.mjs [old-commit]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const oldCommit = process.argv[2] ?? 'f010643';
const work = mkdtempSync(join(tmpdir(), 'argmap-quotes-'));
writeFileSync(join(work, 'old-quotes.ts'), execFileSync('git', ['show', `${oldCommit}:src/check/quotes.ts`], { cwd: root }));
const bundle = async (entry, name) => {
  const outfile = join(work, `${name}.mjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
};
const oldSearch = await bundle(join(work, 'old-quotes.ts'), 'old');
const newSearch = await bundle(join(root, 'src/quotes/search.ts'), 'new');
const { parseMap } = await bundle(join(root, 'src/parse/parse-map.ts'), 'parse');
const { generateMap } = await bundle(join(root, 'bench/generate.ts'), 'generate');

/** Median wall time in ms of `runs` runs (after one warm-up when runs > 1). */
function time(work, runs) {
  if (runs > 1) work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function compare(name, source, quotes, runs) {
  const oldIndex = oldSearch.indexSource(source);
  const newIndex = newSearch.indexSource(source);
  let oldResults;
  let newResults;
  const oldMs = time(() => (oldResults = quotes.map((quote) => oldSearch.findQuote(oldIndex, quote))), runs);
  const newMs = time(() => (newResults = newSearch.findQuotes(newIndex, quotes)), runs);
  let onePassResults;
  const onePassMs = time(() => (onePassResults = newSearch.searchQuotes(newIndex, quotes, 0)), runs);
  for (const results of [newResults, onePassResults]) {
    if (JSON.stringify(oldResults) !== JSON.stringify(results)) throw new Error(`${name}: the results differ`);
  }
  const found = newResults.filter((result) => result.found).length;
  console.log(`${name}: ${quotes.length} quotes (${found} found), ${newIndex.values.length} source tokens: old ${oldMs.toFixed(1)} ms, new ${newMs.toFixed(1)} ms (all in one pass: ${onePassMs.toFixed(1)} ms)`);
}

const quotesOf = (yaml) => parseMap(yaml, 'map.yaml').map.statements.flatMap((statement) => statement.quotes.map((quote) => quote.value));

const run = `${'a '.repeat(3999)}c `;
compare('repetitive, one near miss', run.repeat(100), ['a '.repeat(4000)], 1);
compare('repetitive, 20 near misses sharing a prefix', run.repeat(100), Array.from({ length: 20 }, (_, i) => `${'a '.repeat(3950 + i)}c ... ${'a '.repeat(4000)}`), 1);
compare(
  'article',
  readFileSync(join(root, '../shared/sources/unilateral-concessions.txt'), 'utf8'),
  quotesOf(readFileSync(join(root, 'maps/unilateral-concessions.yaml'), 'utf8')),
  21,
);
const big = generateMap({ statements: 100_000, sourceFile: 'source.txt' });
compare('generated, 100,000 statements', big.source, quotesOf(big.yaml), 5);
