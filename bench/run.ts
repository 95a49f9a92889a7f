/**
 * `npm run bench`: cold whole-process timings of the CLI on generated maps of
 * 100 to 100,000 statements (and the article's map), each the median of
 * several runs, with each run's peak memory. Prints a table and rewrites the
 * generated part of docs/performance.md. A benchmark, not a test: nothing here
 * fails on a slow machine.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --quick      # fewer runs, up to 10,000 statements
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateMap } from './generate.js';

// npm runs scripts from the package root; the bundled harness lives in dist/bench.
const root = process.cwd();
const bin = join(root, 'bin', 'argmap');
if (!existsSync(bin)) throw new Error(`Run the benchmark from the argmap folder (npm run bench); no ${bin} here.`);
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
// Each child reports its own peak RSS on exit (Node gives no child rusage).
const rssProbe = join(work, 'rss.mjs');
writeFileSync(
  rssProbe,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.ARGMAP_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
);

interface Measurement {
  seconds: number;
  megabytes: number;
  ok: boolean;
}

function runOnce(args: string[], timeoutSeconds: number): Measurement {
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', rssProbe, ...args], {
    cwd: root,
    env: { ...process.env, ARGMAP_BENCH_RSS: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kilobytes = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
  // Generated maps are valid, so anything but exit 0 means the command did not run.
  return { seconds, megabytes: kilobytes / 1024, ok: run.status === 0 && !run.error };
}

function measure(args: string[], runs: number, timeoutSeconds = 120): Measurement | undefined {
  runOnce(args, timeoutSeconds); // warm the file cache; not counted
  const results: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    const result = runOnce(args, timeoutSeconds);
    if (!result.ok) return undefined;
    results.push(result);
  }
  const seconds = results.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
  return { seconds, megabytes: Math.max(...results.map((r) => r.megabytes)), ok: true };
}

const sizes = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000];
const runsFor = (size: number) => (quick ? 3 : size >= 100_000 ? 3 : size >= 10_000 ? 5 : 9);

const commands: { name: string; args: (map: string) => string[]; maxSize: number }[] = [
  { name: 'check', args: (map) => [bin, 'check', map], maxSize: Infinity },
  { name: 'tree', args: (map) => [bin, 'tree', '--width', '100', map], maxSize: Infinity },
  { name: 'export dot', args: (map) => [bin, 'export', '--format', 'dot', map], maxSize: Infinity },
  // Graphviz layout is superlinear; beyond this it takes minutes.
  { name: 'export svg', args: (map) => [bin, 'export', '-o', join(work, 'out.svg'), map], maxSize: 1_000 },
];

type Row = { label: string; statements: number; results: Map<string, Measurement | undefined> };
const rows: Row[] = [];

const baseline = measure(['-e', '0'], 15)!;
const article = join(root, 'maps', 'unilateral-concessions.yaml');
const articleCheck = existsSync(article) ? measure([bin, 'check', article], 15) : undefined;

for (const size of sizes) {
  const generated = generateMap({ statements: size, seed: 1, sourceFile: `gen-${size}.txt` });
  const map = join(work, `gen-${size}.yaml`);
  writeFileSync(map, generated.yaml);
  writeFileSync(join(work, `gen-${size}.txt`), generated.source);
  const results = new Map<string, Measurement | undefined>();
  for (const command of commands) {
    if (size > command.maxSize) continue;
    results.set(command.name, measure(command.args(map), runsFor(size)));
    process.stderr.write(`  ${size} ${command.name}: ${format(results.get(command.name))}\n`);
  }
  rows.push({ label: size.toLocaleString('en-US'), statements: size, results });
}

function format(m: Measurement | undefined): string {
  return m ? `${m.seconds.toFixed(3)} s, ${Math.round(m.megabytes)} MB` : 'n/a';
}

const header = `| statements | ${commands.map((c) => c.name).join(' | ')} |`;
const table = [
  header,
  `| ---: | ${commands.map(() => '---:').join(' | ')} |`,
  ...rows.map((row) => `| ${row.label} | ${commands.map((c) => (row.results.has(c.name) ? format(row.results.get(c.name)) : '(skipped)')).join(' | ')} |`),
].join('\n');

const at = (size: number, name: string) => rows.find((row) => row.statements === size)?.results.get(name);
const verdict = (value: number | undefined, limit: number, unit = 's') =>
  value === undefined ? 'not measured' : `${value.toFixed(unit === 'MB' ? 0 : 3)} ${unit}: ${value <= limit ? '**met**' : '**not met**'}`;
const targets = [
  `| \`check\` on the article map, relative to \`node -e 0\` | ≤ 1.6× | ${articleCheck ? `${(articleCheck.seconds / baseline.seconds).toFixed(2)}× (${articleCheck.seconds.toFixed(3)} s vs ${baseline.seconds.toFixed(3)} s): ${articleCheck.seconds / baseline.seconds <= 1.6 ? '**met**' : '**not met**'}` : 'not measured (no article map)'} |`,
  `| 10,000: check | < 0.3 s | ${verdict(at(10_000, 'check')?.seconds, 0.3)} |`,
  `| 10,000: tree | < 0.5 s | ${verdict(at(10_000, 'tree')?.seconds, 0.5)} |`,
  `| 10,000: DOT | < 0.5 s | ${verdict(at(10_000, 'export dot')?.seconds, 0.5)} |`,
  `| 100,000: check | < 2.5 s | ${verdict(at(100_000, 'check')?.seconds, 2.5)} |`,
  `| 100,000: tree | < 3 s | ${verdict(at(100_000, 'tree')?.seconds, 3)} |`,
  `| 100,000: DOT | < 3 s | ${verdict(at(100_000, 'export dot')?.seconds, 3)} |`,
  ...['check', 'tree', 'export dot'].map(
    (name) => `| 100,000: ${name} peak memory | < 400 MB | ${verdict(at(100_000, name)?.megabytes, 400, 'MB')} |`,
  ),
  ...['check', 'tree', 'export dot'].map((name) => {
    const small = at(10_000, name)?.seconds;
    const big = at(100_000, name)?.seconds;
    const growth = small && big ? big / small : undefined;
    return `| ${name}: growth from 10,000 to 100,000 | ≤ 12× | ${growth === undefined ? 'not measured' : `${growth.toFixed(1)}×: ${growth <= 12 ? '**met**' : '**not met**'}`} |`;
  }),
].join('\n');

const cpu = cpus();
const report = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${quick ? ' (quick run)' : ''}. Cold whole-process runs of \`bin/argmap\`, median of ${quick ? 3 : '3 to 9'} runs after one warm-up; memory is the highest peak RSS of those runs. \`node -e 0\` takes ${baseline.seconds.toFixed(3)} s here.

${table}

| target | goal | measured |
| --- | --- | --- |
${targets}`;

process.stdout.write(`${report}\n`);
const docs = join(root, 'docs', 'performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
if (current.includes(START) && current.includes(END) && !quick) {
  writeFileSync(docs, `${current.slice(0, current.indexOf(START) + START.length)}\n${report}\n${current.slice(current.indexOf(END))}`);
  process.stderr.write(`wrote ${docs}\n`);
}
rmSync(work, { recursive: true, force: true });
